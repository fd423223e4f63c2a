// Need against capacity (team and organisation): one chunk, loaded on first use.
export { OrganisatieBehoeftePage, TeamBehoeftePage } from '../../routes/behoefte';
