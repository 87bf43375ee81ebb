// Turns each organisation or outlet picker (data-module="app-autocomplete") into an accessible
// autocomplete over the force-scoped search. The text box keeps its id and name, so the form
// posts the same fields with or without JavaScript; the hidden id is set only when a suggestion
// is chosen, and cleared when the text no longer matches it.
/* global accessibleAutocomplete */
for (const picker of document.querySelectorAll('[data-module="app-autocomplete"]')) {
  const original = picker.querySelector('input[type="text"]')
  const hidden = picker.querySelector('input[type="hidden"]')
  const source = picker.dataset.source
  const describedBy = original.getAttribute('aria-describedby')
  const hadError = original.classList.contains('govuk-input--error')
  let chosen = hidden.value ? original.value : null
  let latest = 0
  const container = document.createElement('div')
  picker.insertBefore(container, original)
  original.remove()
  accessibleAutocomplete({
    element: container,
    id: original.id,
    name: original.name,
    defaultValue: original.value,
    minLength: 2,
    showNoOptionsFound: true,
    confirmOnBlur: false,
    displayMenu: 'overlay',
    tNoResults: () => 'No match: add it as a new one below',
    templates: {
      inputValue: (option) => (option ? option.name : ''),
      suggestion: (option) => (typeof option === 'string' ? option : option.name)
    },
    // Each key press asks the server again, and answers can come back out of order. Only the
    // answer to the latest query fills the list, and only while the box still holds that
    // query: an older answer would show suggestions for text no longer in the box, and would
    // drop the suggestion the user has just moved to. (Below two characters, or once a
    // suggestion is chosen, nothing is asked, so the latest answer can be out of date too.)
    // aria-busy stays on the autocomplete's container until the latest answer has arrived.
    source: (query, populate) => {
      const request = ++latest
      container.setAttribute('aria-busy', 'true')
      fetch(`${source}&q=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then((response) => (response.ok ? response.json() : []))
        .catch(() => [])
        .then((options) => {
          if (request !== latest) {
            return
          }
          container.removeAttribute('aria-busy')
          if (input.value === query) {
            populate(options)
          }
        })
    },
    onConfirm: (option) => {
      if (option) {
        hidden.value = option.id
        chosen = option.name
      }
    }
  })
  const input = container.querySelector('input')
  if (describedBy) {
    input.setAttribute('aria-describedby', `${describedBy} ${input.getAttribute('aria-describedby') || ''}`.trim())
  }
  if (hadError) {
    input.classList.add('govuk-input--error')
  }
  input.addEventListener('input', () => {
    if (input.value !== chosen) {
      hidden.value = ''
    }
  })
}
