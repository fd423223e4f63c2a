import { createBrowserRouter } from 'react-router';
import { ExpertisesPage } from '../routes/expertises';
import { MedewerkerPage } from '../routes/medewerker';
import { MedewerkerNieuwPage } from '../routes/medewerker-nieuw';
import { MedewerkersPage } from '../routes/medewerkers';
import { NotFoundPage, RouteErrorPage } from '../routes/not-found';
import { OrganisatiePage } from '../routes/organisatie';
import { OrganogramPage } from '../routes/organogram';
import { TeamPage } from '../routes/team';
import { TeamNieuwPage } from '../routes/team-nieuw';
import { TeamsPage } from '../routes/teams';
import { ZoekenPage } from '../routes/zoeken';
import { Layout } from './Layout';

export const routes = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <OrganisatiePage /> },
      { path: 'teams', element: <TeamsPage /> },
      { path: 'teams/nieuw', element: <TeamNieuwPage /> },
      { path: 'teams/:teamId', element: <TeamPage /> },
      { path: 'medewerkers', element: <MedewerkersPage /> },
      { path: 'medewerkers/nieuw', element: <MedewerkerNieuwPage /> },
      { path: 'medewerkers/:medewerkerId', element: <MedewerkerPage /> },
      { path: 'organogram', element: <OrganogramPage /> },
      { path: 'expertises', element: <ExpertisesPage /> },
      { path: 'zoeken', element: <ZoekenPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
