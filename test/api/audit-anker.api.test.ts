/**
 * `GET /auditregels/verificatie` with a key and an anchor file, as the server runs it: records the
 * requests append are keyed, the answer shows the latest anchor, and removing the newest record shows
 * against it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSleutel } from '../../src/access/audit-keten';
import { gebruikAuditSleutel } from '../../src/db/audit.repository';
import { gebruikAnkerPad, schrijfAnker } from '../../src/services/audit.service';
import { onEngine } from '../helpers/engine';
import { type Api, buildTeam, call, startApi } from './support';

const SLEUTEL = auditSleutel(Buffer.alloc(32, 0x33));
let api: Api;
let map: string;
beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'wendbaar-anker-api-'));
  gebruikAuditSleutel(SLEUTEL);
  gebruikAnkerPad(join(map, 'anker.jsonl'));
  api = await startApi();
});
afterAll(async () => {
  await api.close();
  gebruikAuditSleutel(null);
  gebruikAnkerPad(null);
  rmSync(map, { recursive: true, force: true });
});

describe(onEngine('the audit verification with key and anchor'), () => {
  it('keys what requests append, shows the latest anchor, and reports truncation against it', async () => {
    await buildTeam(api.app);
    const voor = await call(api.app, 'GET', '/api/v1/auditregels/verificatie');
    expect(voor.data).toMatchObject({ intact: true, gesleuteld: true, ankerIngesteld: true, anker: null });
    const sleutels = await api.db.selectFrom('audit_log').select('sleutel_id').execute();
    expect(new Set(sleutels.map((r) => r.sleutel_id))).toEqual(new Set([SLEUTEL.id]));

    const anker = await schrijfAnker(api.db, join(map, 'anker.jsonl'));
    const na = await call(api.app, 'GET', '/api/v1/auditregels/verificatie');
    expect(na.data).toMatchObject({
      intact: true,
      fouten: [],
      anker: { tijdstip: anker.tijdstip, laatsteId: anker.laatsteId, hash: anker.hash, aantal: anker.aantal },
    });

    await sql`alter table audit_log disable trigger audit_log_geen_wijziging`.execute(api.eigenaar);
    await sql`delete from audit_log where id >= ${anker.laatsteId}`.execute(api.eigenaar);
    await sql`alter table audit_log enable trigger audit_log_geen_wijziging`.execute(api.eigenaar);
    const kapot = await call(api.app, 'GET', '/api/v1/auditregels/verificatie');
    expect(kapot.data.intact).toBe(false);
    expect(kapot.data.fouten).toEqual([
      expect.objectContaining({ id: anker.laatsteId, soort: 'anker-ontbreekt' }),
    ]);
  });
});
