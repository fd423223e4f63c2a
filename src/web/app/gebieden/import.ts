// Import from the HR system: one chunk, loaded on first use.
export { ImportPage } from '../../routes/importeren';
