import { describe, expect, it } from 'vitest';
import { BESTUURSOPDRACHT_STATUSSEN } from '../../../domain/bestuursopdracht';
import { OPGAVE_STATUSSEN } from '../../../domain/opgave';
import {
  dossierStatusWoord,
  faseStatusWoord,
  maandWoord,
  themaStandWoord,
} from '../../../domain/raadsbrief-woorden';
import { FASE_STATUSSEN, THEMA_STANDEN } from '../../../domain/veranderprogramma';
import { createI18n } from '../../i18n/i18n';
import { dossierStatusTekst, faseStatusTekst, maandTekst, themaStandTekst } from './voorbeeld-woorden';

const nl = createI18n('nl', () => {});
const en = createI18n('en', () => {});

describe('the raadsbrief page says the codes in words', () => {
  it('in Dutch and in English', () => {
    expect(dossierStatusTekst(nl.t, 'bestuursopdracht', 'in-uitvoering')).toBe('In uitvoering');
    expect(dossierStatusTekst(en.t, 'bestuursopdracht', 'in-uitvoering')).toBe('In progress');
    expect(dossierStatusTekst(nl.t, 'opgave', 'uitvoering')).toBe('Uitvoering');
    expect(faseStatusTekst(nl.t, 'lopend')).toBe('lopend');
    expect(themaStandTekst(nl.t, 'op-schema')).toBe('Op schema');
    expect(themaStandTekst(en.t, 'achter')).toBe('Behind');
    expect(maandTekst('nl-NL', '2026-11')).toBe('november 2026');
    expect(maandTekst('en-GB', '2026-11')).toBe('November 2026');
  });

  it('a code it does not know, still readably; a month that is none, as it is', () => {
    expect(dossierStatusTekst(nl.t, 'opgave', 'in-uitvoering')).toBe('in uitvoering');
    expect(themaStandTekst(nl.t, 'ver_achter')).toBe('ver achter');
    expect(faseStatusTekst(nl.t, 'toString')).toBe('tostring');
    expect(maandTekst('nl-NL', '2026-13')).toBe('2026-13');
  });

  it('says in Dutch exactly what the letter says (only the capital may differ)', () => {
    const zelfde = (pagina: string, brief: string) => expect(pagina.toLowerCase()).toBe(brief);
    for (const s of OPGAVE_STATUSSEN)
      zelfde(dossierStatusTekst(nl.t, 'opgave', s), dossierStatusWoord('opgave', s));
    for (const s of BESTUURSOPDRACHT_STATUSSEN)
      zelfde(dossierStatusTekst(nl.t, 'bestuursopdracht', s), dossierStatusWoord('bestuursopdracht', s));
    for (const s of FASE_STATUSSEN) zelfde(faseStatusTekst(nl.t, s), faseStatusWoord(s));
    for (const s of THEMA_STANDEN) zelfde(themaStandTekst(nl.t, s), themaStandWoord(s));
    for (let m = 1; m <= 12; m++) {
      const maand = `2026-${String(m).padStart(2, '0')}`;
      zelfde(maandTekst('nl-NL', maand), maandWoord(maand));
    }
  });
});
