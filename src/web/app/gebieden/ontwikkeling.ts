// Development (plans of medewerkers and teams, the ontwikkelbudget): one chunk, loaded on first use.
export { OntwikkelbudgetPage } from '../../routes/ontwikkelbudget';
export { MedewerkerOntwikkelingPage } from '../../routes/ontwikkeling-medewerker';
export { TeamOntwikkelingPage } from '../../routes/ontwikkeling-team';
