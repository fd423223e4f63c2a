// The capacity area (team and organisation grids, resultaatdoelen): one chunk, loaded on first use.
export { TeamCapaciteitPage } from '../../routes/capaciteit';
export { OrganisatieCapaciteitPage } from '../../routes/capaciteit-organisatie';
export { ResultaatdoelenPage } from '../../routes/capaciteit-resultaatdoelen';
export { ResultaatdoelPage } from '../../routes/resultaatdoel';
