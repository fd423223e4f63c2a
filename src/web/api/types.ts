/**
 * Types of the organisation part of the API (`/api/v1`): names for the generated types in
 * ./schema.d.ts (`npm run api:types`). The one shape written here is a 400's `invalidParams`, which the
 * API's schema does not declare. Dates are `YYYY-MM-DD` strings, timestamps ISO 8601 UTC strings, ids
 * opaque strings.
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from './contract';

/** One field error of a 400 answer. */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/**
 * A problem+json answer as the client holds it. `invalidParams` is the one shape written out by hand
 * in the web app: the NL API Design Rules linter (nlgov:problem-schema-members) allows only type,
 * title, status, detail and instance as properties of `Problem`, so the API describes it in text; partial, because a network failure or an error
 * answer that is not problem+json gives less (see ./http.ts).
 */
export type Problem = Partial<Schemas['Problem']> & { invalidParams?: InvalidParam[] };

// ---------------------------------------------------------------- teams

export type Team = Schemas['Team'];
export type TeamSoort = Team['soort'];
export type Leiderschap = Schemas['Leiderschap'];
export type LeiderschapRol = Leiderschap['rol'];
/** The answer to appointing or ending a leader: with the successor, the team's new versie and `terugwerkend`. */
export type LeiderschapWijziging = Schemas['LeiderschapWijziging'];
export type TeamLid = Schemas['Teamlid'];
export type ExpertiseMatrix = Schemas['ExpertiseMatrix'];

export type TeamListParams = QueryParams<'listTeams'>;
export type NewTeam = RequestBody<'createTeam'>;
export type TeamPatch = RequestBody<'updateTeam'>;
export type NewLeiderschap = RequestBody<'addLeidinggevende'>;

// ---------------------------------------------------------------- medewerkers

export type Medewerker = Schemas['Medewerker'];
/** What the caller sees of a person; fields the caller may not see are null. */
export type Zicht = Medewerker['zicht'];
export type MedewerkerDetail = Schemas['MedewerkerDetail'];
export type Teamlidmaatschap = Schemas['Teamlidmaatschap'];
export type Contracturen = Schemas['Contracturen'];
export type MedewerkerExpertise = Schemas['MedewerkerExpertise'];

export type MedewerkerListParams = QueryParams<'listMedewerkers'>;
export type MedewerkerStatus = NonNullable<MedewerkerListParams['status']>;
export type NewMedewerker = RequestBody<'createMedewerker'>;
export type MedewerkerPatch = RequestBody<'updateMedewerker'>;
export type NewContracturen = RequestBody<'addContracturen'>;
export type NewTeamlidmaatschap = RequestBody<'moveToTeam'>;
export type LidmaatschapEinde = RequestBody<'endTeamlidmaatschap'>;
/** Which periods' figures a change with retroactive effect changed. */
export type Terugwerkend = Schemas['Terugwerkend'];
export type NewMedewerkerExpertise = RequestBody<'addMedewerkerExpertise'>;
export type MedewerkerExpertisePatch = RequestBody<'updateMedewerkerExpertise'>;

// ---------------------------------------------------------------- expertises

export type Expertise = Schemas['Expertise'];
export type ExpertiseDetail = Schemas['ExpertiseDetail'];

export type ExpertiseListParams = QueryParams<'listExpertises'>;
export type ExpertiseStatus = NonNullable<ExpertiseListParams['status']>;
export type NewExpertise = RequestBody<'createExpertise'>;
export type ExpertisePatch = RequestBody<'updateExpertise'>;

// ---------------------------------------------------------------- organisation

export type Organisatie = Schemas['Organisatieoverzicht'];
export type WijzigingSoort = Organisatie['openWijzigingen'][number]['soort'];
export type Organogram = Schemas['Organogram'];
export type OrganogramTeam = Organogram['teamsZonderTeamleider'][number];
export type Zoekresultaten = ResponseBody<'search'>;
export type Zoektreffer = Zoekresultaten['medewerkers'][number];
