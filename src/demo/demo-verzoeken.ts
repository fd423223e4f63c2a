import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type { Database } from '../db/schema';
import { plusDagen } from '../domain/datum';
import { periodeVan, sleutelVan, wekenVanKwartaal } from '../domain/kalender';
import { ConflictError, ValidationError } from '../domain/probleem';
import * as capaciteit from '../services/capaciteitsvraag.service';
import { vraagInzetAan } from '../services/inzetverzoek.service';

/** The expertise the warmtenet asks of the teamleider's people, and what else will do. */
const GEVRAAGD = 'Participatie en inwonersbetrokkenheid';
const UREN_PER_WEEK = 4;
const AANTAL = 3;

/**
 * Requests that wait for the demo teamleider: the warmtenet opgave asks her people for its
 * bewonersavonden next quarter, so her home and the menu show inzetverzoeken to answer, each with
 * the person's free hours and the effect on her team's reservering. Asked through the service as
 * the programmaregisseur would; next quarter, so the weeks lie ahead whatever day the demo loads.
 */
export async function loadDemoVerzoeken(
  db: Kysely<Database>,
  {
    opgaveId,
    teamIds,
    regisseur,
    nu,
  }: { opgaveId: string; teamIds: string[]; regisseur: Gebruiker; nu: string },
): Promise<void> {
  if (teamIds.length === 0) return;
  const volgend = sleutelVan(
    'kwartaal',
    plusDagen(periodeVan('kwartaal', sleutelVan('kwartaal', nu)).tot, 1),
  );
  const { van: kwartaalStart, tot: kwartaalEind } = periodeVan('kwartaal', volgend);
  // Her people who hold a communication expertise at level 2 or more, the one asked for first.
  const kandidaten = await db
    .selectFrom('medewerker_expertise as me')
    .innerJoin('expertise as e', 'e.id', 'me.expertise_id')
    .innerJoin('teamlidmaatschap as l', 'l.medewerker_id', 'me.medewerker_id')
    .innerJoin('medewerker as m', 'm.id', 'me.medewerker_id')
    .select(['me.medewerker_id', 'me.expertise_id', 'e.naam'])
    .where('l.team_id', 'in', teamIds)
    .where('l.ingangsdatum', '<=', kwartaalStart)
    .where((w) => w.or([w('l.einddatum', 'is', null), w('l.einddatum', '>=', kwartaalEind)]))
    .where((w) => w.or([w('m.uit_dienst', 'is', null), w('m.uit_dienst', '>=', kwartaalEind)]))
    .where('e.categorie', '=', 'Communicatie')
    .where('me.niveau', '>=', 2)
    .orderBy('me.medewerker_id')
    .execute();
  const perExpertise = new Map<string, typeof kandidaten>();
  for (const k of kandidaten)
    perExpertise.set(k.expertise_id, [...(perExpertise.get(k.expertise_id) ?? []), k]);
  const gekozen = [...perExpertise.values()].sort(
    (a, b) => Number(b[0]!.naam === GEVRAAGD) - Number(a[0]!.naam === GEVRAAGD) || b.length - a.length,
  )[0];
  if (!gekozen) return;

  const { vanWeek, totWeek, weken } = wekenVanKwartaal(volgend);
  const mensen = gekozen.slice(0, AANTAL);
  const vraag = await capaciteit.addCapaciteitsvraag(
    db,
    { soort: 'opgave', id: opgaveId },
    {
      expertiseId: gekozen[0]!.expertise_id,
      minimumNiveau: 2,
      periode: volgend,
      // What the requests below ask together, rounded up to tens as a regisseur would write it.
      uren: Math.ceil((mensen.length * UREN_PER_WEEK * weken) / 10) * 10,
    },
  );
  for (const m of mensen) {
    await vraagInzetAan(
      db,
      vraag.id,
      {
        medewerkerId: m.medewerker_id,
        urenPerWeek: UREN_PER_WEEK,
        vanWeek,
        totWeek,
        toelichting: 'Voor de bewonersavonden over het warmtenet en de vragen van inwoners daarna.',
      },
      regisseur,
    ).catch((fout: unknown) => {
      // Someone whose week is already full, or who leaves within the quarter: ask the others.
      if (!(fout instanceof ValidationError || fout instanceof ConflictError)) throw fout;
    });
  }
}
