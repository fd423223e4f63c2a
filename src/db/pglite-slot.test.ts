import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  beoordeelHouder,
  beschrijfOpdracht,
  bezetMelding,
  DataMapBezetError,
  leesHouder,
  neemSlot,
  type PgliteSlot,
  SLOT_BESTAND,
  type SlotHouder,
} from './pglite-slot';

const houder: SlotHouder = {
  pid: 4321,
  host: 'server-1',
  opdracht: 'wendbaar start',
  sinds: '2026-03-12T09:15:03.000Z',
};

describe('beschrijfOpdracht', () => {
  it('names the wendbaar command by its subcommand words, without options (they can hold an e-mail address)', () => {
    expect(beschrijfOpdracht(['/usr/bin/node', '/app/bin/wendbaar.mjs', 'start'])).toBe('wendbaar start');
    expect(
      beschrijfOpdracht(['node', '/app/bin/wendbaar.mjs', 'account', 'aanmaken', '--e-mail', 'a@b.nl']),
    ).toBe('wendbaar account aanmaken');
    expect(beschrijfOpdracht(['node', '/app/node_modules/.bin/wendbaar', 'audit', 'verify'])).toBe(
      'wendbaar audit verify',
    );
    expect(beschrijfOpdracht(['node', '/app/bench/startup.ts'])).toBe('startup.ts');
    expect(beschrijfOpdracht(['node'])).toBe('node');
  });
});

describe('leesHouder', () => {
  it('reads a lock file as written', () => {
    expect(leesHouder(`${JSON.stringify(houder)}\n`)).toEqual(houder);
  });
  it.each(['', '{"pid":12', '{}', '{"pid":0,"host":"h","opdracht":"o","sinds":"s"}', '[1]', 'null'])(
    'gives null for %j',
    (tekst) => {
      expect(leesHouder(tekst)).toBeNull();
    },
  );
});

describe('beoordeelHouder', () => {
  const hier = (over: Partial<Parameters<typeof beoordeelHouder>[1]> = {}) => ({
    host: 'server-1',
    pid: 100,
    houdtZelf: false,
    leeft: () => true,
    ...over,
  });

  it('holds while its process runs on this host', () => {
    expect(beoordeelHouder(houder, hier())).toEqual({ soort: 'bezet' });
  });
  it('is stale when its process is gone', () => {
    const oordeel = beoordeelHouder(houder, hier({ leeft: (pid) => pid !== 4321 }));
    expect(oordeel).toEqual({ soort: 'verouderd', reden: 'dat proces draait niet meer' });
  });
  it('holds when it comes from another host, whose processes cannot be checked', () => {
    expect(beoordeelHouder(houder, hier({ host: 'server-2', leeft: () => false }))).toEqual({
      soort: 'bezet',
    });
  });
  it('holds for a folder this process has open, and is stale for a previous life of its pid', () => {
    expect(beoordeelHouder(houder, hier({ pid: 4321, houdtZelf: true }))).toEqual({ soort: 'bezet' });
    expect(beoordeelHouder(houder, hier({ pid: 4321, houdtZelf: false })).soort).toBe('verouderd');
  });
  it('is stale when unreadable', () => {
    expect(beoordeelHouder(null, hier()).soort).toBe('verouderd');
  });
});

describe('bezetMelding', () => {
  it('names the process, since when, and what to do', () => {
    const melding = bezetMelding('/srv/data', houder, 'server-1');
    expect(melding).toContain('Wendbaar draait al op deze map (pid 4321: wendbaar start, sinds ');
    expect(melding).toContain('2026');
    expect(melding).toContain('Stop de server eerst, of gebruik de API.');
    expect(melding).toContain(join('/srv/data', SLOT_BESTAND));
    expect(melding).not.toContain('op computer');
  });
  it('names the other host', () => {
    expect(bezetMelding('/srv/data', houder, 'server-2')).toContain('pid 4321 op computer server-1');
  });
});

describe('neemSlot', () => {
  const mappen: string[] = [];
  const sloten: PgliteSlot[] = [];
  afterEach(() => {
    for (const slot of sloten.splice(0)) slot.release();
    for (const map of mappen.splice(0)) rmSync(map, { recursive: true, force: true });
  });
  const nieuweMap = () => {
    const map = mkdtempSync(join(tmpdir(), 'wendbaar-slot-'));
    mappen.push(map);
    return map;
  };
  const neem = (map: string, meld?: (regel: string) => void) => {
    const slot = neemSlot(map, { opdracht: 'wendbaar start', ...(meld ? { meld } : {}) });
    sloten.push(slot);
    return slot;
  };
  const schrijfSlot = (map: string, h: SlotHouder | string) =>
    writeFileSync(join(map, SLOT_BESTAND), typeof h === 'string' ? h : JSON.stringify(h));
  /** The pid of a process that has ended. */
  const dodePid = () => spawnSync(process.execPath, ['-e', '']).pid;

  it('writes who holds the folder, refuses a second claim naming the first, and frees it on release', () => {
    const map = nieuweMap();
    const slot = neem(map);
    expect(leesHouder(readFileSync(slot.pad, 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
      opdracht: 'wendbaar start',
    });
    let fout: unknown;
    try {
      neem(map);
    } catch (error) {
      fout = error;
    }
    expect(fout).toBeInstanceOf(DataMapBezetError);
    expect((fout as Error).message).toContain(`Wendbaar draait al op deze map (pid ${process.pid}`);
    slot.release();
    expect(existsSync(slot.pad)).toBe(false);
    slot.release();
    neem(map);
    // No temporary files are left behind.
    expect(readdirSync(map)).toEqual([SLOT_BESTAND]);
  });

  it('refuses while the holding process runs, and leaves its lock alone', () => {
    const map = nieuweMap();
    const levend = { ...houder, host: hostname(), pid: process.ppid };
    schrijfSlot(map, levend);
    expect(() => neem(map)).toThrow(`pid ${process.ppid}`);
    expect(leesHouder(readFileSync(join(map, SLOT_BESTAND), 'utf8'))).toEqual(levend);
  });

  it('refuses a lock from another host', () => {
    const map = nieuweMap();
    schrijfSlot(map, { ...houder, host: `${hostname()}-elders`, pid: dodePid() });
    expect(() => neem(map)).toThrow(DataMapBezetError);
  });

  it.each([
    ['a dead pid', () => ({ ...houder, host: hostname(), pid: dodePid() }), 'dat proces draait niet meer'],
    [
      'its own pid from a previous life',
      () => ({ ...houder, host: hostname(), pid: process.pid }),
      'eerder proces met hetzelfde pid',
    ],
    ['an unreadable lock', () => '{"pid":', 'onleesbaar'],
  ])('takes over a stale lock with %s, saying so', (_, maak, reden) => {
    const map = nieuweMap();
    schrijfSlot(map, maak());
    const regels: string[] = [];
    const slot = neem(map, (regel) => regels.push(regel));
    expect(regels).toHaveLength(1);
    expect(regels[0]).toContain(`Verouderd slot op ${map} overgenomen (`);
    expect(regels[0]).toContain(reden);
    expect(leesHouder(readFileSync(slot.pad, 'utf8'))?.pid).toBe(process.pid);
    expect(readdirSync(map)).toEqual([SLOT_BESTAND]);
  });

  it('does not remove a lock that is no longer its own on release', () => {
    const map = nieuweMap();
    const slot = neem(map);
    const ander = JSON.stringify({ ...houder, host: hostname(), pid: process.ppid });
    schrijfSlot(map, ander);
    slot.release();
    expect(readFileSync(slot.pad, 'utf8')).toBe(ander);
  });
});
