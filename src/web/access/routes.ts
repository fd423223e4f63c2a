/**
 * The routes of the API by their policy key (`PATCH /teams/{teamId}`), derived from the generated
 * OpenAPI types: a key that is not a route of the API is a type error. The server tells each session
 * which of them it may call (`routes` of `GET /sessies/huidig`); the web app keeps no table of roles.
 */
import type { paths } from '../api/schema';

type Methode = 'get' | 'put' | 'post' | 'patch' | 'delete';

export type RouteSleutel = {
  [P in keyof paths & string]: {
    [M in Methode]: [NonNullable<paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P}`;
  }[Methode];
}[keyof paths & string];
