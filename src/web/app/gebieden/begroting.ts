// The budget area: one chunk, loaded on first use.
export { BegrotingPage } from '../../routes/begroting';
