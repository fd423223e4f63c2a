import { createBrowserRouter } from 'react-router';
import { RequireSessie, Toegestaan } from '../access/guards';
import { SessieProvider } from '../access/sessie';
import { BegrotingPage } from '../routes/begroting';
import { AccountPage } from '../routes/beheer/account';
import { AccountNieuwPage } from '../routes/beheer/account-nieuw';
import { AccountsPage } from '../routes/beheer/accounts';
import { AuditPage } from '../routes/beheer/audit';
import { TeamCapaciteitPage } from '../routes/capaciteit';
import { OrganisatieCapaciteitPage } from '../routes/capaciteit-organisatie';
import { ResultaatdoelenPage } from '../routes/capaciteit-resultaatdoelen';
import { ExpertisesPage } from '../routes/expertises';
import { InloggenPage } from '../routes/inloggen/inloggen';
import { TotpPage } from '../routes/inloggen/totp';
import { TotpInstellenPage } from '../routes/inloggen/totp-instellen';
import { WachtwoordWijzigenPage } from '../routes/inloggen/wachtwoord-wijzigen';
import { InzetverzoekenPage } from '../routes/inzetverzoeken';
import { MedewerkerPage } from '../routes/medewerker';
import { MedewerkerNieuwPage } from '../routes/medewerker-nieuw';
import { MedewerkersPage } from '../routes/medewerkers';
import { NotFoundPage, RouteErrorPage } from '../routes/not-found';
import { OrganisatiePage } from '../routes/organisatie';
import { OrganogramPage } from '../routes/organogram';
import { ResultaatdoelPage } from '../routes/resultaatdoel';
import { TeamPage } from '../routes/team';
import { TeamNieuwPage } from '../routes/team-nieuw';
import { TeamsPage } from '../routes/teams';
import { AmbitiePage } from '../routes/wendbaar/ambitie';
import { AmbitiesPage } from '../routes/wendbaar/ambities';
import { BestuursopdrachtPage } from '../routes/wendbaar/bestuursopdracht';
import { BestuursopdrachtNieuwPage } from '../routes/wendbaar/bestuursopdracht-nieuw';
import { BestuursopdrachtenPage } from '../routes/wendbaar/bestuursopdrachten';
import { CollegePage } from '../routes/wendbaar/college';
import { InzetPerTeamPage } from '../routes/wendbaar/inzet-per-team';
import { KandidatenPage } from '../routes/wendbaar/kandidaten';
import { WendbaarLayout } from '../routes/wendbaar/layout';
import { OpgavePage } from '../routes/wendbaar/opgave';
import { OpgavenPage } from '../routes/wendbaar/opgaven';
import { PortfolioPage } from '../routes/wendbaar/portfolio';
import { ProgrammasPage } from '../routes/wendbaar/programmas';
import { VerdeelvoorstelPage } from '../routes/wendbaar/verdeelvoorstel';
import { VerdeelvoorstellenPage } from '../routes/wendbaar/verdeelvoorstellen';
import { ZoekenPage } from '../routes/zoeken';
import { Layout } from './Layout';

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
          {
            index: true,
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
