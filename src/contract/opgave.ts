import { z } from 'zod';
import { BETROKKENHEID, EIGENAARSCHAP, INVLOED, OPGAVE_STATUSSEN, OVERHEIDSROLLEN } from '../domain/opgave';
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
      eigenaarschap: z.enum(EIGENAARSCHAP),
      overheidsrolPrimair: rol,
      overheidsrolSecundair: z.array(rol),
      datum: z.string(),
      besluit: z.string().describe('Kenmerk van het collegebesluit'),
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
  datum,
  besluit: tekst(200).describe('Kenmerk van het collegebesluit'),
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
