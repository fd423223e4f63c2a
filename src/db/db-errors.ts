import { ConflictError, type DomainError, ValidationError } from '../domain/probleem';

interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
}

/** Unique constraints a user can run into, with the field and the sentence that explains it. */
const UNIEK: Record<string, { veld: string; melding: string }> = {
  medewerker_personeelsnummer_key: {
    veld: 'personeelsnummer',
    melding: 'Dit personeelsnummer is al in gebruik.',
  },
  medewerker_e_mail_uniek: { veld: 'eMail', melding: 'Dit e-mailadres is al in gebruik.' },
  team_naam_uniek: { veld: 'naam', melding: 'Er is al een team met deze naam.' },
  expertise_naam_uniek: { veld: 'naam', melding: 'Er is al een expertise met deze naam.' },
  medewerker_expertise_pkey: { veld: 'expertiseId', melding: 'De medewerker heeft deze expertise al.' },
  programma_naam_key: { veld: 'naam', melding: 'Er is al een programma met deze naam.' },
  begrotingsprogramma_begrotingsjaar_code_key: {
    veld: 'code',
    melding: 'Dit begrotingsjaar heeft al een programma met deze code.',
  },
};

/** Exclusion constraints by name, where the rule behind them has words of its own. */
const UITSLUITING: Record<string, string> = {
  teamlidmaatschap_een_team:
    'De medewerker is in die periode al lid van een team: een medewerker hoort op elke datum bij precies één team. ' +
    'Gebruik een teamwissel (die beëindigt het lopende lidmaatschap de dag ervoor) of laad de gegevens opnieuw.',
  leiderschap_een_gemeentesecretaris:
    'Er is in die periode al een gemeentesecretaris; er is er één tegelijk. Beëindig dat leiderschap eerst, of laad de gegevens opnieuw.',
};

const OVERLAP: Record<string, string> = {
  teamlidmaatschap:
    'De medewerker is in die periode al lid van een team; een medewerker hoort op elke datum bij één team.',
  contracturen: 'Er gelden in die periode al contracturen voor deze medewerker.',
  leiderschap: 'Dit team heeft in die periode al een teamleider, of deze persoon leidt het team al.',
  plaatsing:
    'Deze medewerker staat in die periode al op deze formatieplaats; wijzig die plaatsing in plaats van een tweede te maken.',
  inzet: 'Voor deze medewerker en dit resultaatdoel staan in die weken al uren. Laad het rooster opnieuw.',
};

/**
 * Turns a constraint violation into the domain error a user understands. Services check first; this
 * is the safety net for two requests racing each other, where the database has the last word.
 * Anything else is returned unchanged (and becomes a 500: a bug, not bad input).
 */
export function translateDbError(error: unknown): unknown {
  const e = error as PgError;
  if (typeof e !== 'object' || e === null || typeof e.code !== 'string') return error;
  const mapped: DomainError | undefined = (() => {
    switch (e.code) {
      case '23505': {
        const u = e.constraint ? UNIEK[e.constraint] : undefined;
        return u
          ? new ValidationError([{ veld: u.veld, code: 'bestaat-al', melding: u.melding }])
          : new ConflictError('Deze gegevens bestaan al.', 'bestaat-al');
      }
      case '23P01':
        return new ConflictError(
          (e.constraint && UITSLUITING[e.constraint]) ??
            (e.table && OVERLAP[e.table]) ??
            'Deze periode overlapt met een bestaande periode.',
          'overlap',
        );
      case '23503':
        return new ConflictError(
          'Een gegeven waarnaar verwezen wordt bestaat niet (meer). Laad de gegevens opnieuw.',
          'verwijzing-ontbreekt',
        );
      case '55000':
        // Raised by the trigger that keeps submitted versions of a bestuursopdracht immutable.
        return new ConflictError(
          'Een ingediende versie verandert nooit meer. Wijzig het concept en dien opnieuw in.',
          'vastgelegd',
        );
      case '40001':
      case '40P01':
        return new ConflictError(
          'Een gelijktijdige wijziging zat in de weg. Probeer het opnieuw.',
          'intussen-gewijzigd',
        );
      default:
        return undefined;
    }
  })();
  return mapped ?? error;
}

/** Runs a database action and rethrows violations as domain errors. */
export async function withDbErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw translateDbError(error);
  }
}
