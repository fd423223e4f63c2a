import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import { weekdag } from './kalender';
import {
  ACTIE_SOORTEN,
  ACTIE_STATUSSEN,
  type ActieStand,
  actieProblemen,
  faseProblemen,
  gereedOp,
  heleWeken,
  isVerlopen,
  lidProblemen,
  THEMA_STATUSSEN,
  telActies,
  themaStand,
  volgendeMijlpaal,
} from './veranderprogramma';

const vandaag = '2026-12-06';
const a = (soort: 'actie' | 'mijlpaal', datum: string | null, status: 'open' | 'gereed' = 'open') => ({
  soort,
  datum,
  status,
});

describe('overdue actions and milestones', () => {
  it('marks an open action dated before today, never a done one or one due today', () => {
    expect(isVerlopen(a('actie', '2026-12-05'), vandaag)).toBe(true);
    expect(isVerlopen(a('actie', vandaag), vandaag)).toBe(false);
    expect(isVerlopen(a('mijlpaal', '2026-01-01', 'gereed'), vandaag)).toBe(false);
    expect(isVerlopen(a('actie', null), vandaag)).toBe(false);
  });

  it('counts open, done and overdue', () => {
    const acties = [a('actie', '2026-01-01'), a('mijlpaal', '2027-01-01'), a('actie', null, 'gereed')];
    expect(telActies(acties, vandaag)).toEqual({ open: 2, gereed: 1, verlopen: 1 });
  });

  it('names the earliest open dated milestone as the next one', () => {
    const m1 = a('mijlpaal', '2027-03-01');
    const m2 = a('mijlpaal', '2026-11-01');
    expect(volgendeMijlpaal([a('actie', '2026-01-01'), m1, m2, a('mijlpaal', '2026-01-01', 'gereed')])).toBe(
      m2,
    );
    expect(volgendeMijlpaal([a('mijlpaal', null)])).toBeNull();
  });
});

describe('where a theme stands', () => {
  it('is behind with anything overdue, on schedule otherwise', () => {
    expect(themaStand('actief', [a('actie', '2026-01-01')], vandaag)).toBe('achter');
    expect(themaStand('actief', [a('actie', '2027-01-01')], vandaag)).toBe('op-schema');
    expect(themaStand('actief', [], vandaag)).toBe('op-schema');
  });
  it('is done when closed or when every action is done', () => {
    expect(themaStand('afgerond', [a('actie', '2026-01-01')], vandaag)).toBe('gereed');
    expect(themaStand('actief', [a('actie', null, 'gereed')], vandaag)).toBe('gereed');
    expect(themaStand('gepauzeerd', [a('actie', '2026-01-01')], vandaag)).toBe('gepauzeerd');
  });
});

describe('validation', () => {
  it('lists every problem of a phase at once', () => {
    const p = faseProblemen({ volgnummer: 2, van: '2026-05-01', tot: '2026-04-01', status: 'lopend' }, [
      { volgnummer: 2, naam: 'Ontwerp', van: null, tot: null, status: 'gepland' },
      { volgnummer: 3, naam: 'Inrichting', van: null, tot: null, status: 'lopend' },
    ]);
    expect(p.map((x) => x.code)).toEqual(['voor-begin', 'bestaat-al', 'al-een-lopende-fase']);
  });
  it('checks a member and an action', () => {
    expect(lidProblemen({ van: '2026-02-01', tot: '2026-01-01', urenPerWeek: 0 }).map((x) => x.veld)).toEqual(
      ['tot', 'urenPerWeek'],
    );
    expect(
      actieProblemen(
        { soort: 'mijlpaal', datum: null, status: 'gereed', gereedOp: '2026-12-07' },
        vandaag,
      ).map((x) => x.veld),
    ).toEqual(['datum', 'gereedOp']);
    expect(gereedOp('gereed', undefined, vandaag)).toBe(vandaag);
    expect(gereedOp('open', '2026-01-01', vandaag)).toBeNull();
  });
  it('rounds a period to whole weeks', () => {
    expect(heleWeken('2026-12-09', '2026-12-09')).toEqual({ van: '2026-12-07', tot: '2026-12-13' });
  });
});

// --- properties ---------------------------------------------------------------------------------------

const dagArb = fc.integer({ min: -800, max: 800 }).map((n) => plusDagen(vandaag, n));
const actieArb: fc.Arbitrary<ActieStand> = fc.record({
  soort: fc.constantFrom(...ACTIE_SOORTEN),
  datum: fc.option(dagArb, { nil: null }),
  status: fc.constantFrom(...ACTIE_STATUSSEN),
});

describe('properties', () => {
  it('open + done is every action; overdue ones are open', () => {
    fc.assert(
      fc.property(fc.array(actieArb), dagArb, (acties, dag) => {
        const t = telActies(acties, dag);
        expect(t.open + t.gereed).toBe(acties.length);
        expect(t.verlopen).toBeLessThanOrEqual(t.open);
      }),
    );
  });

  it('an active theme is behind exactly when something is overdue and not all is done', () => {
    fc.assert(
      fc.property(fc.array(actieArb), dagArb, fc.constantFrom(...THEMA_STATUSSEN), (acties, dag, status) => {
        const stand = themaStand(status, acties, dag);
        const t = telActies(acties, dag);
        if (status === 'actief') expect(stand === 'achter').toBe(t.verlopen > 0);
        if (stand === 'gereed') expect(status === 'afgerond' || t.open === 0).toBe(true);
      }),
    );
  });

  it('the next milestone is open, dated and no later than any other open dated milestone', () => {
    fc.assert(
      fc.property(fc.array(actieArb), (acties) => {
        const m = volgendeMijlpaal(acties);
        const kandidaten = acties.filter((x) => x.soort === 'mijlpaal' && x.status === 'open' && x.datum);
        if (kandidaten.length === 0) expect(m).toBeNull();
        else for (const k of kandidaten) expect((m?.datum as string) <= (k.datum as string)).toBe(true);
      }),
    );
  });

  it('whole weeks start on a monday, end on a sunday and hold the period', () => {
    fc.assert(
      fc.property(dagArb, fc.integer({ min: 0, max: 400 }), (van, n) => {
        const tot = plusDagen(van, n);
        const w = heleWeken(van, tot);
        expect(weekdag(w.van)).toBe(1);
        expect(weekdag(w.tot)).toBe(7);
        expect(w.van <= van && w.tot >= tot).toBe(true);
      }),
    );
  });
});
