// A table's scrolling region (.app-table-scroll, written by TableScrollTagHelper) is a Tab
// stop only while its table is wider than it, so that a keyboard user can scroll it with the
// arrow keys. A table that fits costs no Tab stop. The server renders every region with
// tabindex="0", which is right without JavaScript; this takes it away where nothing scrolls,
// and gives it back when the window narrows.
const regions = [...document.querySelectorAll('.app-table-scroll')]

function update () {
  for (const region of regions) {
    if (region.scrollWidth > region.clientWidth) {
      region.setAttribute('tabindex', '0')
    } else if (region !== document.activeElement) {
      region.removeAttribute('tabindex')
    }
  }
}

if (regions.length > 0) {
  update()
  window.addEventListener('resize', update)
}
