import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js';
import '/js/table-scroll.js';
import '/js/radios-reveal.js';

initAll();
