// The formatie area (team and organisation formatie, loonsom, salary tables): one chunk, loaded on first use.
export { OrganisatieFormatiePage } from '../../routes/formatie-organisatie';
export { TeamFormatiePage } from '../../routes/formatie-team';
export { SalaristabellenPage } from '../../routes/salaristabellen';
