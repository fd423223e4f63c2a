import { createBrowserRouter } from 'react-router';
import { RequireSessie, Toegestaan } from '../access/guards';
import { SessieProvider } from '../access/sessie';
import { HomePage } from '../routes/home';
import { InloggenPage } from '../routes/inloggen/inloggen';
import { TotpPage } from '../routes/inloggen/totp';
import { TotpInstellenPage } from '../routes/inloggen/totp-instellen';
import { WachtwoordWijzigenPage } from '../routes/inloggen/wachtwoord-wijzigen';
import { NotFoundPage, RouteErrorPage } from '../routes/not-found';
import { Layout } from './Layout';
import { pagina } from './lazy-pagina';

// The login steps and the home page are the first pages: in the main chunk. Every other area is a
// chunk of its own, loaded when a page of it is first opened (issue 17: ≤ 200 KB of compressed
// JavaScript for the first page).
const organisatie = () => import('./gebieden/organisatie');
const capaciteit = () => import('./gebieden/capaciteit');
const inzet = () => import('./gebieden/inzet');
const begroting = () => import('./gebieden/begroting');
const beheer = () => import('./gebieden/beheer');
const wendbaar = () => import('./gebieden/wendbaar');
const behoefte = () => import('./gebieden/behoefte');
const formatie = () => import('./gebieden/formatie');
const scenario = () => import('./gebieden/scenario');
const werkdruk = () => import('./gebieden/werkdruk');
const gesprek = () => import('./gebieden/gesprek');
const puls = () => import('./gebieden/puls');
const ontwikkeling = () => import('./gebieden/ontwikkeling');
const mensen = () => import('./gebieden/mensen');
const importeren = () => import('./gebieden/import');
const zoWerkenWe = () => import('./gebieden/zo-werken-we');
const orDossier = () => import('./gebieden/or-dossier');
const verandering = () => import('./gebieden/verandering');
const programma = () => import('./gebieden/programma');
const evaluatie = () => import('./gebieden/evaluatie');
const raadsbrief = () => import('./gebieden/raadsbrief');

const OrganisatiePage = pagina(organisatie, 'OrganisatiePage');
const OrganogramPage = pagina(organisatie, 'OrganogramPage');
const TeamsPage = pagina(organisatie, 'TeamsPage');
const TeamPage = pagina(organisatie, 'TeamPage');
const TeamNieuwPage = pagina(organisatie, 'TeamNieuwPage');
const MedewerkersPage = pagina(organisatie, 'MedewerkersPage');
const MedewerkerPage = pagina(organisatie, 'MedewerkerPage');
const MedewerkerNieuwPage = pagina(organisatie, 'MedewerkerNieuwPage');
const GesprekkenPage = pagina(gesprek, 'GesprekkenPage');
const ExpertisesPage = pagina(organisatie, 'ExpertisesPage');
const ZoekenPage = pagina(organisatie, 'ZoekenPage');

const TeamCapaciteitPage = pagina(capaciteit, 'TeamCapaciteitPage');
const OrganisatieCapaciteitPage = pagina(capaciteit, 'OrganisatieCapaciteitPage');
const ResultaatdoelenPage = pagina(capaciteit, 'ResultaatdoelenPage');
const ResultaatdoelPage = pagina(capaciteit, 'ResultaatdoelPage');

const TeamFormatiePage = pagina(formatie, 'TeamFormatiePage');
const OrganisatieFormatiePage = pagina(formatie, 'OrganisatieFormatiePage');
const SalaristabellenPage = pagina(formatie, 'SalaristabellenPage');

const ScenariosPage = pagina(scenario, 'ScenariosPage');
const ScenarioPage = pagina(scenario, 'ScenarioPage');
const ScenarioVergelijkenPage = pagina(scenario, 'ScenarioVergelijkenPage');

const InzetverzoekenPage = pagina(inzet, 'InzetverzoekenPage');
const BegrotingPage = pagina(begroting, 'BegrotingPage');

const AccountsPage = pagina(beheer, 'AccountsPage');
const AccountPage = pagina(beheer, 'AccountPage');
const AccountNieuwPage = pagina(beheer, 'AccountNieuwPage');
const AuditPage = pagina(beheer, 'AuditPage');
const GegevensbeheerPage = pagina(beheer, 'GegevensbeheerPage');

const WendbaarLayout = pagina(wendbaar, 'WendbaarLayout');
const PortfolioPage = pagina(wendbaar, 'PortfolioPage');
const OpgavenPage = pagina(wendbaar, 'OpgavenPage');
const OpgavePage = pagina(wendbaar, 'OpgavePage');
const AmbitiesPage = pagina(wendbaar, 'AmbitiesPage');
const AmbitiePage = pagina(wendbaar, 'AmbitiePage');
const BestuursopdrachtenPage = pagina(wendbaar, 'BestuursopdrachtenPage');
const BestuursopdrachtNieuwPage = pagina(wendbaar, 'BestuursopdrachtNieuwPage');
const BestuursopdrachtPage = pagina(wendbaar, 'BestuursopdrachtPage');
const CollegePage = pagina(wendbaar, 'CollegePage');
const ProgrammasPage = pagina(wendbaar, 'ProgrammasPage');
const KandidatenPage = pagina(wendbaar, 'KandidatenPage');
const VerdeelvoorstellenPage = pagina(wendbaar, 'VerdeelvoorstellenPage');
const VerdeelvoorstelPage = pagina(wendbaar, 'VerdeelvoorstelPage');
const InzetPerTeamPage = pagina(wendbaar, 'InzetPerTeamPage');

const TeamBehoeftePage = pagina(behoefte, 'TeamBehoeftePage');
const WerkdrukOrganisatiePage = pagina(werkdruk, 'WerkdrukOrganisatiePage');
const WerkdrukTeamPage = pagina(werkdruk, 'WerkdrukTeamPage');
const OrganisatieBehoeftePage = pagina(behoefte, 'OrganisatieBehoeftePage');

const MedewerkerOntwikkelingPage = pagina(ontwikkeling, 'MedewerkerOntwikkelingPage');
const TeamOntwikkelingPage = pagina(ontwikkeling, 'TeamOntwikkelingPage');
const OntwikkelbudgetPage = pagina(ontwikkeling, 'OntwikkelbudgetPage');
const PulsRondesPage = pagina(puls, 'PulsRondesPage');
const PulsInvullenPage = pagina(puls, 'PulsInvullenPage');
const PulsResultatenPage = pagina(puls, 'PulsResultatenPage');
const MensenPage = pagina(mensen, 'MensenPage');
const ImportPage = pagina(importeren, 'ImportPage');
const OrDossierPage = pagina(orDossier, 'OrDossierPage');
const VeranderingPage = pagina(verandering, 'VeranderingPage');
const VeranderprogrammaPage = pagina(programma, 'VeranderprogrammaPage');
const EvaluatiesPage = pagina(evaluatie, 'EvaluatiesPage');
const EvaluatiePage = pagina(evaluatie, 'EvaluatiePage');
const RaadsbrievenPage = pagina(raadsbrief, 'RaadsbrievenPage');
const RaadsbriefPage = pagina(raadsbrief, 'RaadsbriefPage');
const OrVerzoekPage = pagina(orDossier, 'OrVerzoekPage');
const OrOverlegPage = pagina(orDossier, 'OrOverlegPage');
const ZoWerkenWePage = pagina(zoWerkenWe, 'ZoWerkenWePage');
const ZoWerkenWePaginaPage = pagina(zoWerkenWe, 'ZoWerkenWePaginaPage');

function AppRoot() {
  return (
    <SessieProvider>
      <Layout />
    </SessieProvider>
  );
}

export const routes = [
  {
    path: '/',
    element: <AppRoot />,
    errorElement: <RouteErrorPage />,
    children: [
      // The login steps: open without (a complete) session.
      { path: 'inloggen', element: <InloggenPage /> },
      { path: 'inloggen/tweestapsverificatie', element: <TotpPage /> },
      { path: 'inloggen/tweestapsverificatie-instellen', element: <TotpInstellenPage /> },
      { path: 'wachtwoord-wijzigen', element: <WachtwoordWijzigenPage /> },
      {
        element: <RequireSessie />,
        children: [
          // Each role starts at its own work; the organisation overview is one click away.
          {
            index: true,
            element: (
              <Toegestaan route="GET /mijn-werk">
                <HomePage />
              </Toegestaan>
            ),
          },
          {
            path: 'organisatie',
            element: (
              <Toegestaan route="GET /organisatie">
                <OrganisatiePage />
              </Toegestaan>
            ),
          },
          { path: 'teams', element: <TeamsPage /> },
          {
            path: 'teams/nieuw',
            element: (
              <Toegestaan route="POST /teams">
                <TeamNieuwPage />
              </Toegestaan>
            ),
          },
          { path: 'teams/:teamId', element: <TeamPage /> },
          {
            path: 'teams/:teamId/capaciteit',
            element: (
              <Toegestaan route="GET /teams/{teamId}/beschikbaarheid">
                <TeamCapaciteitPage />
              </Toegestaan>
            ),
          },
          {
            path: 'teams/:teamId/resultaatdoelen',
            element: (
              <Toegestaan route="GET /teams/{teamId}/resultaatdoelen">
                <ResultaatdoelenPage />
              </Toegestaan>
            ),
          },
          {
            path: 'resultaatdoelen/:resultaatdoelId',
            element: (
              <Toegestaan route="GET /resultaatdoelen/{resultaatdoelId}">
                <ResultaatdoelPage />
              </Toegestaan>
            ),
          },
          {
            path: 'begroting',
            element: (
              <Toegestaan route="GET /begrotingsprogrammas">
                <BegrotingPage />
              </Toegestaan>
            ),
          },
          {
            path: 'teams/:teamId/formatie',
            element: (
              <Toegestaan route="GET /teams/{teamId}/formatie">
                <TeamFormatiePage />
              </Toegestaan>
            ),
          },
          {
            // The hub of issue 14: every role sees something there (at least the pulse).
            path: 'mensen',
            element: (
              <Toegestaan route="GET /mijn-puls-rondes">
                <MensenPage />
              </Toegestaan>
            ),
          },
          {
            path: 'mensen/werkdruk',
            element: (
              <Toegestaan route="GET /organisatie/werkdruk">
                <WerkdrukOrganisatiePage />
              </Toegestaan>
            ),
          },
          {
            path: 'teams/:teamId/werkdruk',
            element: (
              <Toegestaan route="GET /teams/{teamId}/werkdruk">
                <WerkdrukTeamPage />
              </Toegestaan>
            ),
          },
          {
            path: 'organisatie/formatie',
            element: (
              <Toegestaan route="GET /organisatie/formatie">
                <OrganisatieFormatiePage />
              </Toegestaan>
            ),
          },
          {
            path: 'organisatie/scenarios',
            element: (
              <Toegestaan route="GET /scenarios">
                <ScenariosPage />
              </Toegestaan>
            ),
          },
          {
            path: 'organisatie/scenarios/vergelijken',
            element: (
              <Toegestaan route="GET /scenario-vergelijking">
                <ScenarioVergelijkenPage />
              </Toegestaan>
            ),
          },
          {
            path: 'organisatie/scenarios/:scenarioId',
            element: (
              <Toegestaan route="GET /scenarios/{scenarioId}">
                <ScenarioPage />
              </Toegestaan>
            ),
          },
          {
            path: 'organisatie/salaristabellen',
            element: (
              <Toegestaan route="GET /salaristabellen">
                <SalaristabellenPage />
              </Toegestaan>
            ),
          },
          {
            path: 'teams/:teamId/behoefte',
            element: (
              <Toegestaan route="GET /teams/{teamId}/behoefte">
                <TeamBehoeftePage />
              </Toegestaan>
            ),
          },
          {
            path: 'medewerkers/:medewerkerId/ontwikkeling',
            element: (
              <Toegestaan route="GET /medewerkers/{medewerkerId}/ontwikkelplannen">
                <MedewerkerOntwikkelingPage />
              </Toegestaan>
            ),
          },
          {
            path: 'teams/:teamId/ontwikkeling',
            element: (
              <Toegestaan route="GET /teams/{teamId}/ontwikkelplannen">
                <TeamOntwikkelingPage />
              </Toegestaan>
            ),
          },
          {
            path: 'mensen/ontwikkelbudget',
            element: (
              <Toegestaan route="GET /organisatie/ontwikkelbudget">
                <OntwikkelbudgetPage />
              </Toegestaan>
            ),
          },
          {
            path: 'importeren',
            element: (
              <Toegestaan route="POST /import-proeven">
                <ImportPage />
              </Toegestaan>
            ),
          },
          {
            path: 'mensen/puls',
            element: (
              <Toegestaan route="GET /puls-rondes">
                <PulsRondesPage />
              </Toegestaan>
            ),
          },
          {
            path: 'mensen/puls/:rondeId/invullen',
            element: (
              <Toegestaan route="POST /puls-rondes/{rondeId}/antwoorden">
                <PulsInvullenPage />
              </Toegestaan>
            ),
          },
          {
            path: 'verandering',
            element: (
              <Toegestaan route="GET /zo-werken-we-paginas">
                <VeranderingPage />
              </Toegestaan>
            ),
          },
          {
            path: 'verandering/programma',
            element: (
              <Toegestaan route="GET /veranderprogramma">
                <VeranderprogrammaPage />
              </Toegestaan>
            ),
          },
          {
            path: 'verandering/evaluaties',
            element: (
              <Toegestaan route="GET /evaluaties">
                <EvaluatiesPage />
              </Toegestaan>
            ),
          },
          {
            path: 'verandering/evaluaties/:evaluatieId',
            element: (
              <Toegestaan route="GET /evaluaties/{evaluatieId}">
                <EvaluatiePage />
              </Toegestaan>
            ),
          },
          {
            path: 'raadsbrieven',
            element: (
              <Toegestaan route="GET /raadsbrieven">
                <RaadsbrievenPage />
              </Toegestaan>
            ),
          },
          {
            path: 'raadsbrieven/:raadsbriefId',
            element: (
              <Toegestaan route="GET /raadsbrieven/{raadsbriefId}">
                <RaadsbriefPage />
              </Toegestaan>
            ),
          },
          {
            path: 'or-dossier',
            element: (
              <Toegestaan route="GET /or-verzoeken">
                <OrDossierPage />
              </Toegestaan>
            ),
          },
          {
            path: 'or-dossier/overleg/:orOverlegId',
            element: (
              <Toegestaan route="GET /or-overleggen/{orOverlegId}">
                <OrOverlegPage />
              </Toegestaan>
            ),
          },
          {
            path: 'or-dossier/:orVerzoekId',
            element: (
              <Toegestaan route="GET /or-verzoeken/{orVerzoekId}">
                <OrVerzoekPage />
              </Toegestaan>
            ),
          },
          {
            path: 'zo-werken-we',
            element: (
              <Toegestaan route="GET /zo-werken-we-paginas">
                <ZoWerkenWePage />
              </Toegestaan>
            ),
          },
          {
            path: 'zo-werken-we/:paginaId',
            element: (
              <Toegestaan route="GET /zo-werken-we-paginas/{paginaId}">
                <ZoWerkenWePaginaPage />
              </Toegestaan>
            ),
          },
          {
            path: 'mensen/puls/:rondeId',
            element: (
              <Toegestaan route="GET /puls-rondes/{rondeId}/resultaten">
                <PulsResultatenPage />
              </Toegestaan>
            ),
          },
          {
            path: 'organisatie/behoefte',
            element: (
              <Toegestaan route="GET /organisatie/behoefte">
                <OrganisatieBehoeftePage />
              </Toegestaan>
            ),
          },
          {
            path: 'organisatie/capaciteit',
            element: (
              <Toegestaan route="GET /organisatie/capaciteit">
                <OrganisatieCapaciteitPage />
              </Toegestaan>
            ),
          },
          {
            path: 'medewerkers',
            element: (
              <Toegestaan route="GET /medewerkers">
                <MedewerkersPage />
              </Toegestaan>
            ),
          },
          {
            path: 'medewerkers/nieuw',
            element: (
              <Toegestaan route="POST /medewerkers">
                <MedewerkerNieuwPage />
              </Toegestaan>
            ),
          },
          {
            path: 'medewerkers/:medewerkerId',
            element: (
              <Toegestaan route="GET /medewerkers">
                <MedewerkerPage />
              </Toegestaan>
            ),
          },
          {
            path: 'medewerkers/:medewerkerId/gesprekken',
            element: (
              <Toegestaan route="GET /medewerkers/{medewerkerId}/gesprekken">
                <GesprekkenPage />
              </Toegestaan>
            ),
          },
          { path: 'organogram', element: <OrganogramPage /> },
          { path: 'expertises', element: <ExpertisesPage /> },
          {
            path: 'zoeken',
            element: (
              <Toegestaan route="GET /zoekresultaten">
                <ZoekenPage />
              </Toegestaan>
            ),
          },
          {
            path: 'inzetverzoeken',
            element: (
              <Toegestaan route="GET /inzetverzoeken">
                <InzetverzoekenPage />
              </Toegestaan>
            ),
          },
          {
            // The agile side: one frame (access and sub-navigation) around its pages.
            path: 'wendbaar',
            element: <WendbaarLayout />,
            children: [
              { index: true, element: <PortfolioPage /> },
              { path: 'opgaven', element: <OpgavenPage /> },
              { path: 'opgaven/:opgaveId', element: <OpgavePage /> },
              { path: 'ambities', element: <AmbitiesPage /> },
              { path: 'ambities/:ambitieId', element: <AmbitiePage /> },
              { path: 'bestuursopdrachten', element: <BestuursopdrachtenPage /> },
              {
                path: 'bestuursopdrachten/nieuw',
                element: (
                  <Toegestaan route="POST /bestuursopdrachten">
                    <BestuursopdrachtNieuwPage />
                  </Toegestaan>
                ),
              },
              { path: 'bestuursopdrachten/:bestuursopdrachtId', element: <BestuursopdrachtPage /> },
              { path: 'college', element: <CollegePage /> },
              { path: 'programmas', element: <ProgrammasPage /> },
              {
                path: 'capaciteitsvragen/:capaciteitsvraagId/kandidaten',
                element: (
                  <Toegestaan route="GET /capaciteitsvragen/{capaciteitsvraagId}/kandidaten">
                    <KandidatenPage />
                  </Toegestaan>
                ),
              },
              {
                path: 'verdeelvoorstellen',
                element: (
                  <Toegestaan route="GET /verdeelvoorstellen">
                    <VerdeelvoorstellenPage />
                  </Toegestaan>
                ),
              },
              {
                path: 'verdeelvoorstellen/:verdeelvoorstelId',
                element: (
                  <Toegestaan route="GET /verdeelvoorstellen">
                    <VerdeelvoorstelPage />
                  </Toegestaan>
                ),
              },
              {
                path: 'inzet-per-team',
                element: (
                  <Toegestaan route="GET /organisatie/inzetverzoeken">
                    <InzetPerTeamPage />
                  </Toegestaan>
                ),
              },
            ],
          },
          {
            path: 'beheer/accounts',
            element: (
              <Toegestaan route="GET /accounts">
                <AccountsPage />
              </Toegestaan>
            ),
          },
          {
            path: 'beheer/accounts/nieuw',
            element: (
              <Toegestaan route="GET /accounts">
                <AccountNieuwPage />
              </Toegestaan>
            ),
          },
          {
            path: 'beheer/accounts/:accountId',
            element: (
              <Toegestaan route="GET /accounts">
                <AccountPage />
              </Toegestaan>
            ),
          },
          {
            path: 'beheer/audit',
            element: (
              <Toegestaan route="GET /auditregels">
                <AuditPage />
              </Toegestaan>
            ),
          },
          {
            path: 'beheer/gegevens',
            element: (
              <Toegestaan route="GET /beheer/backup">
                <GegevensbeheerPage />
              </Toegestaan>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
