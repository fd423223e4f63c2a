import { z } from 'zod';
import { LIKERT_MAX, LIKERT_MIN } from '../domain/puls-anonimiteit';
import { optioneleTekst, tekst } from './velden';

/**
 * The pulsmeting (issue 14, item 5). No answer names a person and no aggregate rests on fewer than
 * five answers (src/domain/puls-anonimiteit.ts); a single answer is never returned by any route.
 */
export const pulsStatus = z.enum(['concept', 'open', 'gesloten']);

export const pulsVraagSchema = z.object({ code: z.string(), tekst: z.string() }).meta({ id: 'PulsVraag' });

export const pulsRondeMag = z.object({
  wijzigen: z.boolean(),
  openen: z.boolean(),
  sluiten: z.boolean(),
  resultatenZien: z.boolean(),
});

export const pulsRondeSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    status: pulsStatus,
    vragen: z.array(pulsVraagSchema),
    openVraag: z.string().nullable(),
    geopendOp: z.string().nullable(),
    geslotenOp: z.string().nullable(),
    /** How many answered, only once that is at least five (null below). */
    aantalAntwoorden: z.number().int().nullable(),
    versie: z.number().int(),
    mag: pulsRondeMag,
  })
  .meta({ id: 'PulsRonde' });

export const pulsRondesSchema = z
  .object({ resultaten: z.array(pulsRondeSchema), mag: z.object({ aanmaken: z.boolean() }) })
  .meta({ id: 'PulsRondes' });

const vraagCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'Gebruik kleine letters, cijfers en _ (begin met een letter).' });
const vragenVeld = z
  .array(z.strictObject({ code: vraagCode, tekst: tekst(300) }), { error: 'Geef een lijst met vragen.' })
  .min(1, { error: 'Een ronde heeft minstens één vraag.' })
  .max(10, { error: 'Gebruik hoogstens tien vragen.' })
  .refine((v) => new Set(v.map((x) => x.code)).size === v.length, {
    error: 'Elke vraag heeft een eigen code.',
  });

/** A new round; without `vragen` it gets the four standard questions (werkdruk, energie, steun, plezier). */
export const nieuwePulsRondeSchema = z.strictObject({
  titel: tekst(200),
  vragen: vragenVeld.optional(),
  openVraag: optioneleTekst(500),
});
/** Only a round still in concept can be changed: the questions are what people answer. */
export const pulsRondeWijzigingSchema = z.strictObject({
  titel: tekst(200).optional(),
  vragen: vragenVeld.optional(),
  openVraag: optioneleTekst(500),
});
export const pulsRondeStapSchema = z.strictObject({
  naar: z.enum(['open', 'gesloten'], { error: "Kies 'open' of 'gesloten'." }),
});

/** One answer: a score 1..5 for every question of the round, and optionally the open answer. */
export const pulsAntwoordInvoerSchema = z.strictObject({
  scores: z.record(
    z.string(),
    z
      .number({ error: `Kies een score van ${LIKERT_MIN} tot en met ${LIKERT_MAX}.` })
      .int({ error: `Kies een score van ${LIKERT_MIN} tot en met ${LIKERT_MAX}.` })
      .min(LIKERT_MIN, { error: `Kies een score van ${LIKERT_MIN} tot en met ${LIKERT_MAX}.` })
      .max(LIKERT_MAX, { error: `Kies een score van ${LIKERT_MIN} tot en met ${LIKERT_MAX}.` }),
    { error: 'Geef de scores als { code: score }.' },
  ),
  openAntwoord: optioneleTekst(2000),
});

/** The answer to answering: only that it was received, never the answer back (it has no owner). */
export const pulsDeelnameSchema = z
  .object({ rondeId: z.string(), beantwoord: z.literal(true) })
  .meta({ id: 'PulsDeelname' });

/** The current user's open rounds, answered or not. */
export const mijnPulsRondesSchema = z
  .object({
    resultaten: z.array(
      z.object({
        id: z.string(),
        titel: z.string(),
        beantwoord: z.boolean(),
        /** Could answer: has a medewerker record and has not answered yet. */
        kanInvullen: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'MijnPulsRondes' });

export const pulsScoreSchema = z.object({ code: z.string(), gemiddelde: z.number().nullable() });
export const pulsGroepSchema = z
  .object({ aantal: z.number().int(), scores: z.array(pulsScoreSchema) })
  .meta({ id: 'PulsGroep' });

export const pulsResultatenSchema = z
  .object({
    ronde: z.object({
      id: z.string(),
      titel: z.string(),
      status: pulsStatus,
      geslotenOp: z.string().nullable(),
    }),
    vragen: z.array(pulsVraagSchema),
    /** The number of answers, null below five. */
    aantalAntwoorden: z.number().int().nullable(),
    /** The organisation's figures; null while the round is open or below five answers. */
    organisatie: pulsGroepSchema.nullable(),
    /** Teams with at least five answers that the caller may see. */
    teams: z.array(pulsGroepSchema.extend({ teamId: z.string(), teamNaam: z.string() })),
    /** Small teams and those without a basisteam, merged so no subtraction gives a small group. */
    overig: pulsGroepSchema.extend({ aantalTeams: z.number().int() }).nullable(),
    /** The caller's own teams whose figures are not shown (too few answers, merged into overig). */
    eigenTeamsZonderUitslag: z.array(z.object({ teamId: z.string(), teamNaam: z.string() })),
    /** Organisation level only, in random order; null for who may not see them or below eight. */
    openAntwoorden: z.array(z.string()).nullable(),
    toelichting: z.string(),
  })
  .meta({ id: 'PulsResultaten' });

export const pulsTrendSchema = z
  .object({
    rondes: z.array(z.object({ id: z.string(), titel: z.string(), geslotenOp: z.string().nullable() })),
    vragen: z.array(z.string()),
    organisatie: z.array(pulsGroepSchema.nullable()),
    /** Per team one entry per round (null where the team had fewer than five answers). */
    teams: z.array(
      z.object({ teamId: z.string(), teamNaam: z.string(), reeks: z.array(pulsGroepSchema.nullable()) }),
    ),
  })
  .meta({ id: 'PulsTrend' });

export type PulsRonde = z.output<typeof pulsRondeSchema>;
export type PulsRondes = z.output<typeof pulsRondesSchema>;
export type NieuwePulsRonde = z.output<typeof nieuwePulsRondeSchema>;
export type PulsRondeWijziging = z.output<typeof pulsRondeWijzigingSchema>;
export type PulsAntwoordInvoer = z.output<typeof pulsAntwoordInvoerSchema>;
export type MijnPulsRondes = z.output<typeof mijnPulsRondesSchema>;
export type PulsGroep = z.output<typeof pulsGroepSchema>;
export type PulsResultaten = z.output<typeof pulsResultatenSchema>;
export type PulsTrend = z.output<typeof pulsTrendSchema>;
