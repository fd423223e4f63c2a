import type { Kysely } from 'kysely';
import type { Portfolio, PortfolioDossier } from '../contract/portfolio';
import { findMijlpalen, findVraagPerPeriode } from '../db/portfolio.repository';
import type { Database } from '../db/schema';
import { periodenTussen, periodeVan } from '../domain/kalender';
import { assertGeenProblemen, type Probleem } from '../domain/probleem';
import { listBestuursopdrachten } from './bestuursopdracht.service';
import { listOpgaven } from './opgave.service';

/**
 * The agile portfolio: every opgave and bestuursopdracht with its state, owners and the hours it
 * asks per quarter, the totals per quarter, and the milestones in the range.
 */
export async function portfolio(db: Kysely<Database>, van: string, tot: string): Promise<Portfolio> {
  const problemen: Probleem[] = [];
  const lees = (k: string, veld: string) => {
    try {
      return periodeVan('kwartaal', k);
    } catch {
      problemen.push({ veld, code: 'ongeldige-periode', melding: 'Geef een kwartaal als 2026-Q2.' });
      return undefined;
    }
  };
  const a = lees(van, 'van');
  const b = lees(tot, 'tot');
  if (a && b && b.tot < a.van)
    problemen.push({ veld: 'tot', code: 'voor-van', melding: 'Het einde ligt vóór het begin.' });
  assertGeenProblemen(problemen);
  const perioden = periodenTussen('kwartaal', a!.van, b!.tot);
  if (perioden.length > 20) {
    assertGeenProblemen([
      { veld: 'tot', code: 'te-lang', melding: 'Kies hoogstens 20 kwartalen (vijf jaar).' },
    ]);
  }
  const [opgaven, opdrachten, vraag, mijlpalen] = await Promise.all([
    listOpgaven(db, {}),
    listBestuursopdrachten(db),
    findVraagPerPeriode(db, van, tot),
    findMijlpalen(db, a!.van, b!.tot),
  ]);
  const sleutel = (o: string | null, bo: string | null, p: string | null) =>
    `${o ?? ''}|${bo ?? ''}|${p ?? ''}`;
  const uren = new Map(vraag.map((v) => [sleutel(v.opgave_id, v.bestuursopdracht_id, v.periode), v.uren]));
  const perPeriode = (o: string | null, bo: string | null) =>
    perioden.map((p) => ({ periode: p.sleutel, uren: uren.get(sleutel(o, bo, p.sleutel)) ?? 0 }));
  return {
    perioden,
    dossiers: [
      ...opgaven.map(
        (o): PortfolioDossier => ({
          soort: 'opgave',
          id: o.id,
          titel: o.titel,
          status: o.status,
          programma: o.programma,
          eigenaar: o.programmaregisseur?.naam ?? null,
          vraag: perPeriode(o.id, null),
          totaalUren: uren.get(sleutel(o.id, null, null)) ?? 0,
        }),
      ),
      ...opdrachten.map(
        (b): PortfolioDossier => ({
          soort: 'bestuursopdracht',
          id: b.id,
          titel: b.titel,
          status: b.status,
          programma: b.programma,
          eigenaar: b.ambtelijkOpdrachtgever ?? b.bestuurlijkOpdrachtgever,
          vraag: perPeriode(null, b.id),
          totaalUren: uren.get(sleutel(null, b.id, null)) ?? 0,
        }),
      ),
    ],
    totalen: perioden.map((p) => ({
      periode: p.sleutel,
      uren: uren.get(sleutel(null, null, p.sleutel)) ?? 0,
    })),
    mijlpalen: mijlpalen.map((m) => ({
      bestuursopdracht: { id: m.bestuursopdracht_id, titel: m.dossier_titel },
      titel: m.titel,
      datum: m.datum,
    })),
  };
}
