// The OR-dossier (requests to the works council and its meetings): one chunk, loaded on first use.
export { OrDossierPage } from '../../routes/or-dossier';
export { OrVerzoekPage } from '../../routes/or-verzoek';
