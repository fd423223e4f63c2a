// The werkdruk signal (heatmap and a team's parts): one chunk, loaded on first use.
export { WerkdrukOrganisatiePage } from '../../routes/werkdruk-organisatie';
export { WerkdrukTeamPage } from '../../routes/werkdruk-team';
