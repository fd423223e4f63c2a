import { z } from 'zod';
import { BESLUIT_UITKOMSTEN, BESTUURSOPDRACHT_STATUSSEN, PC_MOMENTEN } from '../domain/bestuursopdracht';
import { capaciteitsvraagSchema } from './capaciteitsvraag';
import { overgangSchema, stapInvoer } from './dossier';
import { datum, idVeld, optioneleTekst, tekst } from './velden';

const status = z.enum(BESTUURSOPDRACHT_STATUSSEN);
const uitkomst = z.enum(BESLUIT_UITKOMSTEN, { error: `Kies een van: ${BESLUIT_UITKOMSTEN.join(', ')}.` });
const korteTekst = optioneleTekst(8000);

const verkenning = z.strictObject({
  doel: korteTekst.transform((x) => x ?? null),
  wens: korteTekst.transform((x) => x ?? null),
  probleemEnOorzaak: korteTekst.transform((x) => x ?? null),
  beeldVanSucces: korteTekst.transform((x) => x ?? null),
  gewensteAanpak: korteTekst.transform((x) => x ?? null),
  collegeleden: z.array(tekst(200)).max(12).default([]),
});
const secties = {
  verkenning: verkenning.optional(),
  doelstellingen: z
    .array(
      z.strictObject({
        omschrijving: tekst(2000),
        indicator: optioneleTekst(500).transform((x) => x ?? null),
      }),
    )
    .max(50)
    .optional(),
  mijlpalen: z
    .array(z.strictObject({ titel: tekst(300), datum }))
    .max(100)
    .optional(),
  budget: z
    .array(
      z.strictObject({
        begrotingsprogrammaId: idVeld,
        bedrag: z
          .number({ error: 'Geef het bedrag in euro als getal.' })
          .min(0, { error: 'Een bedrag kan niet negatief zijn.' })
          .max(1_000_000_000),
        toelichting: optioneleTekst(2000).transform((x) => x ?? null),
      }),
    )
    .max(50)
    .optional(),
  rollen: z
    .strictObject({
      bestuurlijkOpdrachtgever: optioneleTekst(200).transform((x) => x ?? null),
      ambtelijkOpdrachtgever: optioneleTekst(200).transform((x) => x ?? null),
      opdrachtnemer: optioneleTekst(200).transform((x) => x ?? null),
      teams: z
        .array(z.strictObject({ teamId: idVeld, rol: tekst(500) }))
        .max(50)
        .default([]),
    })
    .optional(),
  verantwoording: z
    .array(
      z.strictObject({
        moment: z.enum(PC_MOMENTEN, { error: `Kies een van: ${PC_MOMENTEN.join(', ')}.` }),
        omschrijving: tekst(2000),
      }),
    )
    .max(50)
    .optional(),
  besluitvormingsproces: korteTekst,
};
const koppelingen = { ambitieId: idVeld.nullable().optional(), programmaId: idVeld.nullable().optional() };

const probleem = z.object({ veld: z.string(), code: z.string(), melding: z.string() });
export const besluitSchema = z
  .object({
    id: z.string(),
    versie: z.number().int(),
    uitkomst,
    besluitnummer: z.string(),
    datum: z.string(),
    voorwaarden: z.string().nullable(),
  })
  .meta({ id: 'Besluit' });
export const versieSamenvattingSchema = z.object({
  nummer: z.number().int(),
  sha256: z.string(),
  ingediendOp: z.string(),
  besluit: besluitSchema.nullable(),
});
const kort = {
  id: z.string(),
  titel: z.string(),
  status,
  volgendeStatussen: z.array(status),
  bewerkbaar: z.boolean().describe('Alleen een concept of verkende opdracht kan worden gewijzigd'),
  ambitie: z.object({ id: z.string(), titel: z.string() }).nullable(),
  programma: z.object({ id: z.string(), naam: z.string() }).nullable(),
  bestuurlijkOpdrachtgever: z.string().nullable(),
  ambtelijkOpdrachtgever: z.string().nullable(),
  mijlpalen: z.array(z.object({ titel: z.string(), datum: z.string() })),
  ingediendeVersie: z.number().int().nullable().describe('Nummer van de laatst ingediende versie'),
  versie: z.number().int(),
  mag: z
    .object({
      wijzigen: z.boolean(),
      stappen: z.array(status).describe('De volgende fasen waarnaar de vrager de opdracht mag brengen'),
      besluiten: z.boolean().describe('Of de vrager nu het collegebesluit mag vastleggen'),
    })
    .describe('Wat de vrager nu met deze bestuursopdracht mag'),
};
export const bestuursopdrachtSamenvattingSchema = z.object(kort).meta({ id: 'BestuursopdrachtSamenvatting' });
export const bestuursopdrachtSchema = z
  .object({
    ...kort,
    verkenning: z.object({
      doel: z.string().nullable(),
      wens: z.string().nullable(),
      probleemEnOorzaak: z.string().nullable(),
      beeldVanSucces: z.string().nullable(),
      gewensteAanpak: z.string().nullable(),
      collegeleden: z.array(z.string()),
    }),
    doelstellingen: z.array(z.object({ omschrijving: z.string(), indicator: z.string().nullable() })),
    budget: z.array(
      z.object({ begrotingsprogrammaId: z.string(), bedrag: z.number(), toelichting: z.string().nullable() }),
    ),
    rollen: z.object({
      bestuurlijkOpdrachtgever: z.string().nullable(),
      ambtelijkOpdrachtgever: z.string().nullable(),
      opdrachtnemer: z.string().nullable(),
      teams: z.array(z.object({ teamId: z.string(), rol: z.string() })),
    }),
    verantwoording: z.array(z.object({ moment: z.enum(PC_MOMENTEN), omschrijving: z.string() })),
    besluitvormingsproces: z.string().nullable(),
    capaciteitsvragen: z.array(capaciteitsvraagSchema),
    ontbreektVoorIndiening: z
      .array(probleem)
      .describe('Wat nog ontbreekt voordat de opdracht naar het college kan'),
    versies: z.array(versieSamenvattingSchema),
    besluiten: z.array(besluitSchema),
    overgangen: z.array(overgangSchema),
  })
  .meta({ id: 'Bestuursopdracht' });
export const bestuursopdrachtenSchema = z.object({ resultaten: z.array(bestuursopdrachtSamenvattingSchema) });
export const versiesSchema = z.object({ resultaten: z.array(versieSamenvattingSchema) });
export const besluitenVanOpdrachtSchema = z.object({ resultaten: z.array(besluitSchema) });

export const bestuursopdrachtVersieSchema = z
  .object({
    nummer: z.number().int(),
    sha256: z.string(),
    ingediendOp: z.string(),
    tekst: z.string().describe('De versie als canonieke JSON, byte voor byte zoals ingediend'),
    inhoud: z.record(z.string(), z.unknown()),
    besluit: besluitSchema.nullable(),
  })
  .meta({ id: 'BestuursopdrachtVersie' });

export const verschillenSchema = z.object({
  van: z.number().int(),
  naar: z.union([z.number().int(), z.literal('concept')]),
  verschillen: z.array(
    z.object({
      veld: z.string(),
      oud: z.union([z.string(), z.number(), z.boolean()]).nullable(),
      nieuw: z.union([z.string(), z.number(), z.boolean()]).nullable(),
    }),
  ),
});

/** Every besluit of the college, with the opdracht it is about (GET /besluiten, in the portfolio). */
export const besluitenSchema = z.object({
  resultaten: z.array(
    z.object({
      id: z.string(),
      bestuursopdracht: z.object({ id: z.string(), titel: z.string() }),
      versie: z.number().int(),
      uitkomst: z.enum(BESLUIT_UITKOMSTEN),
      besluitnummer: z.string(),
      datum: z.string(),
      voorwaarden: z.string().nullable(),
    }),
  ),
});

export const collegevoorstelSchema = z.any().describe('DOCX');

export const bestuursopdrachtenQuery = z.strictObject({ status: status.optional() });
export const verschillenQuery = z.strictObject({
  met: z
    .union([z.literal('concept'), z.coerce.number().int().min(1).max(100_000)], {
      error: "Geef een versienummer of 'concept'.",
    })
    .default('concept'),
});
export const collegevoorstelQuery = z.strictObject({
  versie: z.coerce.number().int().min(1).max(100_000).optional(),
});

export const nieuweBestuursopdrachtSchema = z.strictObject({ titel: tekst(300), ...koppelingen, ...secties });
export const bestuursopdrachtWijzigingSchema = z.strictObject({
  titel: tekst(300).optional(),
  ...koppelingen,
  ...secties,
});
export const bestuursopdrachtStapSchema = stapInvoer(BESTUURSOPDRACHT_STATUSSEN);
export const nieuwBesluitSchema = z.strictObject({
  versie: z.number({ error: 'Noem het nummer van de versie waarover besloten is.' }).int().min(1),
  uitkomst,
  besluitnummer: tekst(100),
  datum,
  voorwaarden: optioneleTekst(8000),
});

export type Bestuursopdracht = z.output<typeof bestuursopdrachtSchema>;
export type BestuursopdrachtSamenvatting = z.output<typeof bestuursopdrachtSamenvattingSchema>;
/** What the caller may do with a bestuursopdracht now: added per caller after the view is built. */
export type BestuursopdrachtMag = Bestuursopdracht['mag'];
export type Besluit = z.output<typeof besluitSchema>;
export type VersieSamenvatting = z.output<typeof versieSamenvattingSchema>;
export type BestuursopdrachtVersie = z.output<typeof bestuursopdrachtVersieSchema>;
export type Verschillen = z.output<typeof verschillenSchema>;
export type BesluitInLijst = z.output<typeof besluitenSchema>['resultaten'][number];
export type BestuursopdrachtInvoer = z.output<typeof nieuweBestuursopdrachtSchema>;
export type BestuursopdrachtWijziging = z.output<typeof bestuursopdrachtWijzigingSchema>;
export type BesluitInvoer = z.output<typeof nieuwBesluitSchema>;
