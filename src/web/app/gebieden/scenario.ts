// The scenario area (scenario's, their comparison and the onderbouwd voorstel): one chunk, loaded on first use.
export { ScenarioPage } from '../../routes/scenario';
export { ScenarioVergelijkenPage } from '../../routes/scenario-vergelijken';
export { ScenariosPage } from '../../routes/scenarios';
