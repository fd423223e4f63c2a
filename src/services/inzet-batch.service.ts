import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Gebruiker } from '../access/gebruiker';
import { inzetInvoerSchema } from '../contract/inzet';
import { idVeld } from '../contract/velden';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/inzet-batch.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { zetUren } from '../domain/inzet';
import type { Week } from '../domain/inzet-toets';
import { type Probleem, ValidationError } from '../domain/probleem';
import { bereik } from './beschikbaarheid.service';
import { assertMagDoelPlannen, type InzetInvoer, toetsInzetRij } from './inzet.service';

/**
 * One row of a batch: what PUT /resultaatdoelen/{id}/inzet/{medewerkerId} takes in its path, body and
 * If-Match (0 when the pair has no hours yet).
 */
export type InzetBatchRij = InzetInvoer & { versie: number };

/** The row as the single path's route checks its path, body and If-Match. */
const rijSchema = inzetInvoerSchema.extend({
  medewerkerId: idVeld,
  resultaatdoelId: idVeld,
  versie: z.number().int().min(0),
});

/** A batch is a team's quarter or a few; more is a mistake, not a plan. */
export const MAX_BATCH = 5000;

/**
 * Books many rows of inzet on resultaatdoelen in one transaction, each row under exactly the rules of
 * zetInzet (same authorisation, same checks, same run cutting, same version guard). All or nothing:
 * when any row is wrong nothing is written and the ValidationError lists every problem of every row,
 * its field prefixed with the row's index (`rijen.3.vanWeek`). A stale version is a problem of its
 * row here rather than a 412, so the caller sees all of them at once. Two rows for the same
 * (medewerker, goal) pair are refused: their order would silently decide the result.
 */
export async function zetInzetBatch(
  db: Kysely<Database>,
  g: Gebruiker,
  rijen: readonly InzetBatchRij[],
): Promise<{ aantal: number }> {
  if (rijen.length > MAX_BATCH)
    throw new ValidationError([
      { veld: 'rijen', code: 'te-veel', melding: `Boek hoogstens ${MAX_BATCH} regels tegelijk.` },
    ]);
  const problemen: Probleem[] = [];
  const probleem = (i: number, p: Probleem) => problemen.push({ ...p, veld: `rijen.${i}.${p.veld}` });

  // The rows as the route would parse them, with their weeks.
  const geldig: { i: number; rij: InzetBatchRij; van: string; tot: string; weken: Week[] }[] = [];
  const gezien = new Set<string>();
  for (const [i, ruw] of rijen.entries()) {
    const r = rijSchema.safeParse(ruw);
    if (!r.success) {
      for (const issue of r.error.issues) {
        // An unknown field is named on its own, as the HTTP layer does for a body.
        const velden = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.join('.') || 'rij'];
        for (const veld of velden) probleem(i, { veld, code: issue.code, melding: issue.message });
      }
      continue;
    }
    const sleutel = repo.paarSleutel(r.data.medewerkerId, r.data.resultaatdoelId);
    if (gezien.has(sleutel)) {
      probleem(i, {
        veld: 'medewerkerId',
        code: 'dubbel',
        melding: 'Deze medewerker staat al eerder in de lijst met hetzelfde resultaatdoel.',
      });
      continue;
    }
    gezien.add(sleutel);
    try {
      const { van, tot, perioden } = bereik('week', r.data.vanWeek, r.data.totWeek);
      geldig.push({ i, rij: r.data, van, tot, weken: perioden });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // bereik names its fields van/tot; the row's are vanWeek/totWeek.
      for (const p of error.problemen) probleem(i, { ...p, veld: `${p.veld}Week` });
    }
  }

  const doelen = new Map(
    (await repo.findResultaatdoelTeams(db, [...new Set(geldig.map((x) => x.rij.resultaatdoelId))])).map(
      (d) => [d.id, d.team_id],
    ),
  );
  // The planner must be allowed on every team of the batch, as on each single row.
  for (const teamId of new Set(doelen.values())) assertMagDoelPlannen(g, teamId);

  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const ids = [...new Set(geldig.map((x) => x.rij.medewerkerId))];
      const medewerkers = await repo.lockMedewerkers(trx, ids);
      const contracturen = await repo.findContracturenVan(trx, ids);
      const lidmaatschappen = await repo.findLidmaatschappenVan(trx, ids);
      const medewerker = new Map(medewerkers.map((m) => [m.id, m]));
      const perMedewerker = <T extends { medewerker_id: string }>(rows: T[]) => {
        const m = new Map<string, T[]>();
        for (const r of rows) m.set(r.medewerker_id, [...(m.get(r.medewerker_id) ?? []), r]);
        return m;
      };
      const contractVan = perMedewerker(contracturen);
      const lidVan = perMedewerker(lidmaatschappen);

      const teBoeken: typeof geldig = [];
      for (const x of geldig) {
        const teamId = doelen.get(x.rij.resultaatdoelId);
        const m = medewerker.get(x.rij.medewerkerId);
        if (!teamId)
          probleem(x.i, {
            veld: 'resultaatdoelId',
            code: 'bestaat-niet',
            melding: 'Dit resultaatdoel bestaat niet.',
          });
        if (!m)
          probleem(x.i, {
            veld: 'medewerkerId',
            code: 'bestaat-niet',
            melding: 'Deze medewerker bestaat niet.',
          });
        if (!teamId || !m) continue;
        const eigen = toetsInzetRij({
          urenPerWeek: x.rij.urenPerWeek,
          dienstverband: m,
          contracturen: contractVan.get(m.id) ?? [],
          lidmaatschappen: lidVan.get(m.id) ?? [],
          van: x.van,
          tot: x.tot,
          weken: x.weken,
          teamId,
        });
        for (const p of eigen) probleem(x.i, p);
        if (eigen.length === 0) teBoeken.push(x);
      }

      const versies = await repo.lockReeksVersies(
        trx,
        teBoeken.map((x) => x.rij),
      );
      for (const x of teBoeken) {
        const huidig = versies.get(repo.paarSleutel(x.rij.medewerkerId, x.rij.resultaatdoelId)) ?? 0;
        if (huidig !== x.rij.versie)
          probleem(x.i, {
            veld: 'versie',
            code: 'verouderd',
            melding: `Intussen gewijzigd: de huidige versie is ${huidig}. Lees de inzet opnieuw.`,
          });
      }
      // Nothing is written when any row is wrong; the made versions roll back with the error.
      if (problemen.length > 0) {
        const rij = (p: Probleem) => Number(p.veld.split('.')[1]);
        throw new ValidationError(problemen.sort((a, b) => rij(a) - rij(b)));
      }

      const bestaand = await repo.findReeksenVan(
        trx,
        teBoeken.map((x) => x.rij),
      );
      await repo.pasBewerkingenToe(
        trx,
        teBoeken.map((x) => ({
          medewerkerId: x.rij.medewerkerId,
          resultaatdoelId: x.rij.resultaatdoelId,
          bewerking: zetUren(
            (bestaand.get(repo.paarSleutel(x.rij.medewerkerId, x.rij.resultaatdoelId)) ?? []).map((r) => ({
              id: r.id,
              van: r.van,
              tot: r.tot,
              urenPerWeek: Number(r.uren_per_week),
            })),
            x.van,
            x.tot,
            x.rij.urenPerWeek,
          ),
        })),
      );
      return { aantal: teBoeken.length };
    }),
  );
}
