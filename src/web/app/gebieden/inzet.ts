// The inzetverzoeken a teamleider answers: its own chunk, the first page most teamleiders open after home.
export { InzetverzoekenPage } from '../../routes/inzetverzoeken';
