/**
 * The one script of ordinary pages (kept under 2 KB gzip, and loading nothing from Pagefind):
 * the search shortcuts and highlighting (./search-entry), and the colour-scheme picker in the footer.
 */
import './search/entry';
import { setUpColourSchemePicker } from './colour-scheme';

const picker = document.querySelector<HTMLElement>('[data-colour-scheme-picker]');
const select = picker?.querySelector('select');
if (picker && select) setUpColourSchemePicker(select, picker);
