// GOV.UK Frontend marks a radio that reveals a follow-up question (conditional reveal) with
// aria-expanded, which ARIA does not allow on a radio (axe-core: aria-allowed-attr). The
// revealed question follows its radio in reading order and aria-controls still names it, so the
// attribute is taken off each time GOV.UK Frontend sets it.
const strip = () => {
  for (const radio of document.querySelectorAll('input[type="radio"][aria-expanded]')) {
    radio.removeAttribute('aria-expanded')
  }
}

new MutationObserver(strip).observe(document.body, { subtree: true, attributeFilter: ['aria-expanded'] })
strip()
