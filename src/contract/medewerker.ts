import { z } from 'zod';
import { MAX_CONTRACTUREN_PER_WEEK } from '../domain/contracturen';
import { leiderschapSchema } from './leiderschap';
import { lijstQuery, lijstSchema } from './lijst';
import { redenVeld, terugwerkendVeld } from './terugwerkend';
import { datum, idVeld, links, optioneleTekst, tekst } from './velden';

export const urenPerWeek = z
  .number({ error: 'Geef het aantal uren per week als getal.' })
  .min(0, { error: 'Contracturen kunnen niet negatief zijn.' })
  .max(MAX_CONTRACTUREN_PER_WEEK, { error: `Hoogstens ${MAX_CONTRACTUREN_PER_WEEK} uur per week.` })
  .multipleOf(0.01, { error: 'Gebruik hoogstens twee decimalen.' });

const schaal = z
  .number({ error: 'Geef de schaal als geheel getal.' })
  .int({ error: 'Geef de schaal als geheel getal.' })
  .min(1, { error: 'Schaal loopt van 1 tot en met 18.' })
  .max(18, { error: 'Schaal loopt van 1 tot en met 18.' });
const trede = z
  .number({ error: 'Geef de trede als geheel getal.' })
  .int({ error: 'Geef de trede als geheel getal.' })
  .min(0, { error: 'Trede loopt van 0 tot en met 20.' })
  .max(20, { error: 'Trede loopt van 0 tot en met 20.' });
const eMail = z.email({ error: 'Geef een geldig e-mailadres.' }).max(254);

export const contracturenSchema = z
  .object({
    id: z.string(),
    urenPerWeek: z.number(),
    fte: z.number(),
    ingangsdatum: z.string(),
    einddatum: z.string().nullable(),
  })
  .meta({ id: 'Contracturen' });

export const teamlidmaatschapSchema = z
  .object({
    id: z.string(),
    teamId: z.string(),
    teamNaam: z.string(),
    ingangsdatum: z
      .string()
      .nullable()
      .describe(
        'Leeg (null), net als einddatum, als u de datum in en uit dienst van deze medewerker niet mag zien (zicht): de data van de teamhistorie verraden die',
      ),
    einddatum: z
      .string()
      .nullable()
      .describe('Leeg bij een lopend lidmaatschap, of als de data verborgen zijn'),
  })
  .meta({ id: 'Teamlidmaatschap' });

export const medewerkerExpertiseSchema = z
  .object({
    expertiseId: z.string(),
    naam: z.string(),
    categorie: z.string(),
    niveau: z.number().int(),
    ambitie: z.boolean(),
    versie: z.number().int(),
  })
  .meta({ id: 'MedewerkerExpertise' });

/** What of a medewerker the caller sees (src/http/zicht.ts): everything, hours and expertise, or basics. */
export const ZICHTEN = ['volledig', 'inzetbaarheid', 'basis'] as const;

const medewerkerVelden = {
  id: z.string(),
  personeelsnummer: z.string(),
  voornaam: z.string(),
  tussenvoegsel: z.string().nullable(),
  achternaam: z.string(),
  naam: z.string(),
  eMail: z.string(),
  functie: z.string(),
  schaal: z.number().int().nullable().describe('Leeg als u deze persoonsgegevens niet mag zien'),
  trede: z.number().int().nullable(),
  inDienst: z.string().nullable(),
  uitDienst: z.string().nullable(),
  team: z.object({ id: z.string(), naam: z.string() }).nullable(),
  urenPerWeek: z.number().nullable(),
  fte: z.number().nullable(),
  zicht: z
    .enum(ZICHTEN)
    .describe('Wat u van deze medewerker ziet: alles, uren en expertise, of de basisgegevens'),
  versie: z.number().int(),
  _links: links,
};

export const medewerkerSchema = z.object(medewerkerVelden).meta({ id: 'Medewerker' });
export const medewerkerDetailSchema = z
  .object({
    ...medewerkerVelden,
    teamhistorie: z.array(teamlidmaatschapSchema),
    contracthistorie: z.array(contracturenSchema),
    expertises: z.array(medewerkerExpertiseSchema),
    leidinggevende: z.array(leiderschapSchema),
  })
  .meta({ id: 'MedewerkerDetail' });
export const medewerkerLijstSchema = lijstSchema(medewerkerSchema);

export const medewerkersQuery = z.strictObject({
  ...lijstQuery,
  teamId: idVeld.optional(),
  zoek: z.string().max(100).optional(),
  functie: z.string().max(120).optional(),
  status: z.enum(['in-dienst', 'uit-dienst', 'alle']).default('in-dienst'),
  expertiseId: idVeld.optional(),
  minNiveau: z.coerce.number().int().min(1).max(4).optional(),
});

export const nieuweMedewerkerSchema = z.strictObject({
  personeelsnummer: tekst(20),
  voornaam: tekst(100),
  tussenvoegsel: optioneleTekst(20),
  achternaam: tekst(100),
  eMail,
  functie: tekst(120),
  schaal,
  trede,
  inDienst: datum,
  uitDienst: datum.nullable().optional(),
  teamId: idVeld,
  urenPerWeek,
});

export const medewerkerWijzigingSchema = z.strictObject({
  voornaam: tekst(100).optional(),
  tussenvoegsel: optioneleTekst(20),
  achternaam: tekst(100).optional(),
  eMail: eMail.optional(),
  functie: tekst(120).optional(),
  schaal: schaal.optional(),
  trede: trede.optional(),
  uitDienst: datum.nullable().optional(),
  reden: redenVeld,
});

/** The answer to a change of a medewerker: the detail, and which periods' figures changed. */
export const medewerkerWijzigingAntwoordSchema = z
  .object({
    ...medewerkerDetailSchema.shape,
    terugwerkend: terugwerkendVeld,
  })
  .meta({ id: 'MedewerkerWijzigingAntwoord' });

/** The nested resources of a medewerker: contracturen, teamlidmaatschappen and expertises. */
const niveau = z
  .number({ error: 'Geef het niveau als getal van 1 tot en met 4.' })
  .int({ error: 'Geef het niveau als getal van 1 tot en met 4.' })
  .min(1, { error: 'Niveau loopt van 1 tot en met 4.' })
  .max(4, { error: 'Niveau loopt van 1 tot en met 4.' });

export const contracturenLijstSchema = z.object({ resultaten: z.array(contracturenSchema) });
export const nieuweContracturenSchema = z.strictObject({
  urenPerWeek,
  ingangsdatum: datum,
  reden: redenVeld,
});
export const contracturenWijzigingSchema = z
  .object({ ...contracturenSchema.shape, terugwerkend: terugwerkendVeld })
  .meta({ id: 'ContracturenWijziging' });
export const teamlidmaatschappenSchema = z.object({
  resultaten: z.array(teamlidmaatschapSchema),
  zicht: z
    .enum(ZICHTEN)
    .describe(
      'Wat u van deze medewerker ziet; alleen bij volledig staan de data van de lidmaatschappen erbij',
    ),
});
export const teamwisselSchema = z.strictObject({ teamId: idVeld, ingangsdatum: datum, reden: redenVeld });
export const lidmaatschapEindeSchema = z.strictObject({
  einddatum: datum,
  volgendTeamId: idVeld
    .optional()
    .describe('Het team vanaf de dag na de einddatum: zo is het einde een teamwissel en blijft er geen gat'),
  reden: redenVeld,
});
/** The answer to a move or an end: the membership written, the next one (if any), what changed. */
export const teamlidmaatschapWijzigingSchema = z
  .object({
    ...teamlidmaatschapSchema.shape,
    volgend: teamlidmaatschapSchema
      .nullable()
      .describe('Het lidmaatschap van het volgende team, als dat genoemd is'),
    terugwerkend: terugwerkendVeld,
  })
  .meta({ id: 'TeamlidmaatschapWijziging' });
export const medewerkerExpertisesSchema = z.object({ resultaten: z.array(medewerkerExpertiseSchema) });
export const nieuweMedewerkerExpertiseSchema = z.strictObject({
  expertiseId: idVeld,
  niveau,
  ambitie: z.boolean().optional(),
});
export const medewerkerExpertiseWijzigingSchema = z.strictObject({
  niveau: niveau.optional(),
  ambitie: z.boolean().optional(),
});

export type Medewerker = z.output<typeof medewerkerSchema>;
export type MedewerkerDetail = z.output<typeof medewerkerDetailSchema>;
export type Zicht = Medewerker['zicht'];
export type Contracturen = z.output<typeof contracturenSchema>;
export type Teamlidmaatschap = z.output<typeof teamlidmaatschapSchema>;
export type MedewerkerExpertise = z.output<typeof medewerkerExpertiseSchema>;
export type NieuweMedewerker = z.output<typeof nieuweMedewerkerSchema>;
export type MedewerkerWijziging = z.output<typeof medewerkerWijzigingSchema>;
export type NieuweContracturen = z.output<typeof nieuweContracturenSchema>;
export type Teamwissel = z.output<typeof teamwisselSchema>;
export type LidmaatschapEinde = z.output<typeof lidmaatschapEindeSchema>;
export type TeamlidmaatschapWijziging = z.output<typeof teamlidmaatschapWijzigingSchema>;
export type ContracturenWijziging = z.output<typeof contracturenWijzigingSchema>;
export type NieuweMedewerkerExpertise = z.output<typeof nieuweMedewerkerExpertiseSchema>;
export type MedewerkerExpertiseWijziging = z.output<typeof medewerkerExpertiseWijzigingSchema>;
