import type { Kysely } from 'kysely';
import type {
  Begrotingsprogramma,
  BegrotingsprogrammaInvoer,
  BeleidsdoelInvoer,
} from '../contract/begroting';
import * as repo from '../db/begroting.repository';
import { withDbErrors } from '../db/db-errors';
import type { Database } from '../db/schema';
import { NotFoundError } from '../domain/probleem';

function view(p: Awaited<ReturnType<typeof repo.findProgrammas>>[number]): Begrotingsprogramma {
  return {
    id: p.id,
    begrotingsjaar: p.begrotingsjaar,
    code: p.code,
    naam: p.naam,
    beleidsdoelen: p.beleidsdoelen.map((b) => ({ id: b.id, naam: b.naam, omschrijving: b.omschrijving })),
  };
}

export async function listProgrammas(db: Kysely<Database>, begrotingsjaar?: number) {
  return (await repo.findProgrammas(db, begrotingsjaar)).map(view);
}

export async function createProgramma(db: Kysely<Database>, invoer: BegrotingsprogrammaInvoer) {
  const p = await withDbErrors(() =>
    repo.insertProgramma(db, { ...invoer, code: invoer.code.trim(), naam: invoer.naam.trim() }),
  );
  return view({ ...p, beleidsdoelen: [] });
}

export async function addBeleidsdoel(db: Kysely<Database>, programmaId: string, invoer: BeleidsdoelInvoer) {
  const p = await repo.findProgramma(db, programmaId);
  if (!p) throw new NotFoundError('Begrotingsprogramma', programmaId);
  await repo.insertBeleidsdoel(db, {
    begrotingsprogramma_id: programmaId,
    naam: invoer.naam.trim(),
    omschrijving: invoer.omschrijving?.trim() || null,
  });
  return view((await repo.findProgrammas(db, p.begrotingsjaar)).find((x) => x.id === programmaId)!);
}
