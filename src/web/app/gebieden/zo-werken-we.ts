// "Zo werken we" (the organisation philosophy): one chunk, loaded on first use.
export { ZoWerkenWePage } from '../../routes/zo-werken-we';
export { ZoWerkenWePaginaPage } from '../../routes/zo-werken-we-pagina';
