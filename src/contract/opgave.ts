import { z } from 'zod';
import {
  BETROKKENHEID,
  EIGENAARSCHAP,
  INVLOED,
  OPGAVE_STATUSSEN,
  OVERHEIDSROLLEN,
  ROLBEPALING_STATUSSEN,
} from '../domain/opgave';
import { capaciteitsvraagSchema } from './capaciteitsvraag';
import { overgangSchema, persoonRef, stapInvoer } from './dossier';
import { datum, idVeld, optioneleTekst, tekst } from './velden';

const status = z.enum(OPGAVE_STATUSSEN);
const rol = z.enum(OVERHEIDSROLLEN, { error: `Kies een van: ${OVERHEIDSROLLEN.join(', ')}.` });

const velden = {
  omschrijving: optioneleTekst(8000),
  programmaId: idVeld.nullable().optional(),
  programmaregisseurMedewerkerId: idVeld.nullable().optional(),
  strategie: optioneleTekst(8000),
  aanpak: optioneleTekst(8000),
  evaluatie: optioneleTekst(8000),
  ambitieIds: z.array(idVeld).max(50).optional(),
};

/** Who did something and when; `door` is the account's name (null once that account is gone). */
const handeling = z.object({ door: z.string().nullable(), op: z.string() });

const opgaveKort = {
  id: z.string(),
  titel: z.string(),
  omschrijving: z.string().nullable(),
  status,
  volgendeStatussen: z.array(status).describe('De stappen die vanuit de huidige fase mogelijk zijn'),
  programma: z.object({ id: z.string(), naam: z.string() }).nullable(),
  programmaregisseur: persoonRef.nullable(),
  rolbepaling: z
    .object({
      status: z
        .enum(ROLBEPALING_STATUSSEN)
        .describe(
          'voorgesteld: een voorstel dat het college nog bevestigt; besloten: het besluit van het college',
        ),
      eigenaarschap: z.enum(EIGENAARSCHAP),
      overheidsrolPrimair: rol,
      overheidsrolSecundair: z.array(rol),
      datum: z.string().nullable().describe('Datum van het collegebesluit; leeg zolang het een voorstel is'),
      besluit: z
        .string()
        .nullable()
        .describe('Kenmerk van het collegebesluit; leeg zolang het een voorstel is'),
      voorgesteld: handeling.nullable().describe('Wie het voorstel deed en wanneer'),
      besloten: handeling.nullable().describe('Wie namens het college besloot of bevestigde, en wanneer'),
    })
    .nullable(),
  strategie: z.string().nullable(),
  aanpak: z.string().nullable(),
  evaluatie: z.string().nullable(),
  urenGevraagd: z.number().describe('Som van de capaciteitsvragen'),
  versie: z.number().int(),
  mag: z
    .object({
      wijzigen: z.boolean(),
      stappen: z.array(status).describe('De volgende fasen waarnaar de vrager de opgave mag brengen'),
      rolbepalingVoorstellen: z
        .boolean()
        .describe('De vrager mag de rolbepaling voorstellen (het college bevestigt haar)'),
      rolbepalingBesluiten: z
        .boolean()
        .describe('De vrager mag de rolbepaling namens het college vastleggen'),
      rolbepalingBevestigen: z
        .boolean()
        .describe('Er ligt een voorstel dat de vrager namens het college mag bevestigen'),
    })
    .describe('Wat de vrager nu met deze opgave mag'),
};
export const opgaveSamenvattingSchema = z.object(opgaveKort).meta({ id: 'OpgaveSamenvatting' });
export const opgaveSchema = z
  .object({
    ...opgaveKort,
    stakeholders: z.array(
      z.object({
        id: z.string(),
        naam: z.string(),
        soort: z.enum(['intern', 'extern']),
        belang: z.string().nullable(),
        invloed: z.enum(INVLOED),
        betrokkenheid: z.enum(BETROKKENHEID),
      }),
    ),
    bevindingen: z.array(z.object({ id: z.string(), datum: z.string(), tekst: z.string() })),
    ambities: z.array(z.object({ id: z.string(), titel: z.string() })),
    capaciteitsvragen: z.array(capaciteitsvraagSchema),
    overgangen: z.array(overgangSchema),
  })
  .meta({ id: 'Opgave' });
export const opgavenSchema = z.object({ resultaten: z.array(opgaveSamenvattingSchema) });

export const opgavenQuery = z.strictObject({ status: status.optional(), programmaId: idVeld.optional() });
export const nieuweOpgaveSchema = z.strictObject({ titel: tekst(300), ...velden });
export const opgaveWijzigingSchema = z.strictObject({ titel: tekst(300).optional(), ...velden });
export const opgaveStapSchema = stapInvoer(OPGAVE_STATUSSEN);

export const nieuweStakeholderSchema = z.strictObject({
  naam: tekst(200),
  soort: z.enum(['intern', 'extern'], { error: 'Kies intern of extern.' }),
  belang: optioneleTekst(2000),
  invloed: z.enum(INVLOED, { error: 'Kies laag, midden of hoog.' }),
  betrokkenheid: z.enum(BETROKKENHEID, { error: `Kies een van: ${BETROKKENHEID.join(', ')}.` }),
});
export const nieuweBevindingSchema = z.strictObject({ datum: datum.optional(), tekst: tekst(8000) });
export const bevindingWijzigingSchema = z.strictObject({
  datum: datum.optional(),
  tekst: tekst(8000).optional(),
});
export const rolbepalingSchema = z.strictObject({
  eigenaarschap: z.enum(EIGENAARSCHAP, { error: 'Kies laag, midden of hoog.' }),
  overheidsrolPrimair: rol,
  overheidsrolSecundair: z.array(rol).max(3).default([]),
  datum: datum
    .optional()
    .describe('Datum van het collegebesluit: verplicht voor het college, niet bij een voorstel'),
  besluit: optioneleTekst(200).describe(
    'Kenmerk van het collegebesluit (met zijn nummer): verplicht voor het college, niet bij een voorstel',
  ),
});
/** The college confirms a proposal: with the date and the kenmerk of its besluit. */
export const rolbepalingBevestigingSchema = z.strictObject({
  datum,
  besluit: tekst(200).describe('Kenmerk van het collegebesluit, met zijn nummer (bijvoorbeeld B&W 2026/041)'),
});

export type Opgave = z.output<typeof opgaveSchema>;
export type OpgaveSamenvatting = z.output<typeof opgaveSamenvattingSchema>;
/** What the caller may do with an opgave now: added per caller after the view is built. */
export type OpgaveMag = Opgave['mag'];
export type OpgaveFilter = z.output<typeof opgavenQuery>;
export type OpgaveInvoer = z.output<typeof nieuweOpgaveSchema>;
export type OpgaveWijziging = z.output<typeof opgaveWijzigingSchema>;
export type StakeholderInvoer = z.output<typeof nieuweStakeholderSchema>;
export type BevindingInvoer = z.output<typeof nieuweBevindingSchema>;
export type BevindingWijziging = z.output<typeof bevindingWijzigingSchema>;
export type RolbepalingInvoer = z.output<typeof rolbepalingSchema>;
export type RolbepalingBevestiging = z.output<typeof rolbepalingBevestigingSchema>;
