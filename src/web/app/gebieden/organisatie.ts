// The organisation area (teams, medewerkers, organogram, expertises, zoeken): one chunk, loaded on first use.
export { ExpertisesPage } from '../../routes/expertises';
export { MedewerkerPage } from '../../routes/medewerker';
export { MedewerkerNieuwPage } from '../../routes/medewerker-nieuw';
export { MedewerkersPage } from '../../routes/medewerkers';
export { OrganisatiePage } from '../../routes/organisatie';
export { OrganogramPage } from '../../routes/organogram';
export { TeamPage } from '../../routes/team';
export { TeamNieuwPage } from '../../routes/team-nieuw';
export { TeamsPage } from '../../routes/teams';
export { ZoekenPage } from '../../routes/zoeken';
