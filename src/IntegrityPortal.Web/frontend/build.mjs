// Builds the Integrity Portal front-end assets into ../wwwroot/lib/govuk-frontend/ and
// copies Chart.js into ../wwwroot/lib/chartjs/.
//
//   portal.min.css          GOV.UK Frontend + portal styles (system fonts, no GDS Transport)
//   govuk-frontend.min.js   GOV.UK Frontend ES module bundle (+ its source map)
//   assets/images/*         GOV.UK Frontend images
//   assets/manifest.json    GOV.UK Frontend web app manifest
//
// The GOV.UK fonts folder is deliberately never copied.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as sass from 'sass'

const here = dirname(fileURLToPath(import.meta.url))
const pkgDist = join(here, 'node_modules', 'govuk-frontend', 'dist')
const govuk = join(pkgDist, 'govuk')
const out = join(here, '..', 'wwwroot', 'lib', 'govuk-frontend')

const { version } = JSON.parse(readFileSync(join(here, 'node_modules', 'govuk-frontend', 'package.json'), 'utf8'))

// Start from a clean output folder so nothing stale (for example fonts) lingers.
rmSync(out, { recursive: true, force: true })
mkdirSync(join(out, 'assets'), { recursive: true })

// 1. CSS
const result = sass.compile(join(here, 'portal.scss'), {
  loadPaths: [pkgDist],
  style: 'compressed',
  quietDeps: true,
  sourceMap: false
})
const css = result.css

// Guard: the typeface belongs to GOV.UK alone and must never ship.
for (const forbidden of ['GDS Transport', '.woff', '@font-face']) {
  if (css.includes(forbidden)) {
    throw new Error(`Compiled CSS unexpectedly contains "${forbidden}"`)
  }
}
writeFileSync(join(out, 'portal.min.css'), css + '\n')

// 2. JavaScript (ES module bundle) and its source map
for (const file of ['govuk-frontend.min.js', 'govuk-frontend.min.js.map']) {
  cpSync(join(govuk, file), join(out, file))
}

// 3. Assets: images and manifest only, never fonts
cpSync(join(govuk, 'assets', 'images'), join(out, 'assets', 'images'), { recursive: true })
if (existsSync(join(govuk, 'assets', 'manifest.json'))) {
  cpSync(join(govuk, 'assets', 'manifest.json'), join(out, 'assets', 'manifest.json'))
}
if (existsSync(join(govuk, 'assets', 'rebrand'))) {
  // Older 5.x releases kept the refreshed brand images here; copy images only.
  const rebrand = join(govuk, 'assets', 'rebrand')
  for (const entry of readdirSync(rebrand)) {
    if (entry !== 'fonts') {
      cpSync(join(rebrand, entry), join(out, 'assets', 'rebrand', entry), { recursive: true })
    }
  }
}

writeFileSync(
  join(out, 'VERSION.txt'),
  `govuk-frontend ${version} (MIT licence, Crown copyright). Built by src/IntegrityPortal.Web/frontend (npm run build).\n` +
    'Font family replaced by arial, sans-serif; the GOV.UK typeface and fonts folder are not shipped.\n'
)

console.log(`Built GOV.UK Frontend ${version} assets into ${out} (portal.min.css ${css.length} bytes)`)

// 4. Chart.js: the built UMD file and its licence, served from the portal (no CDN), for the
// governance dashboard's charts. Its own folder, so emptying the GOV.UK folder leaves it be.
const chartPkg = join(here, 'node_modules', 'chart.js')
const chartOut = join(here, '..', 'wwwroot', 'lib', 'chartjs')
const chartVersion = JSON.parse(readFileSync(join(chartPkg, 'package.json'), 'utf8')).version
rmSync(chartOut, { recursive: true, force: true })
mkdirSync(chartOut, { recursive: true })
cpSync(join(chartPkg, 'dist', 'chart.umd.min.js'), join(chartOut, 'chart.umd.min.js'))
cpSync(join(chartPkg, 'LICENSE.md'), join(chartOut, 'LICENSE.md'))
writeFileSync(join(chartOut, 'VERSION.txt'), `chart.js ${chartVersion} (MIT licence). Copied by src/IntegrityPortal.Web/frontend (npm run build).\n`)
console.log(`Copied Chart.js ${chartVersion} into ${chartOut}`)

// 5. accessible-autocomplete: the organisation and outlet pickers' enhancement, served from
// the portal (no CDN). Its own folder, like Chart.js.
const autoPkg = join(here, 'node_modules', 'accessible-autocomplete')
const autoOut = join(here, '..', 'wwwroot', 'lib', 'accessible-autocomplete')
const autoVersion = JSON.parse(readFileSync(join(autoPkg, 'package.json'), 'utf8')).version
rmSync(autoOut, { recursive: true, force: true })
mkdirSync(autoOut, { recursive: true })
for (const file of ['accessible-autocomplete.min.js', 'accessible-autocomplete.min.css']) {
  cpSync(join(autoPkg, 'dist', file), join(autoOut, file))
}
cpSync(join(autoPkg, 'LICENSE.txt'), join(autoOut, 'LICENSE.txt'))
writeFileSync(join(autoOut, 'VERSION.txt'), `accessible-autocomplete ${autoVersion} (MIT licence). Copied by src/IntegrityPortal.Web/frontend (npm run build).\n`)
console.log(`Copied accessible-autocomplete ${autoVersion} into ${autoOut}`)
