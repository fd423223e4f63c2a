import { z } from 'zod';
import { kwartaal } from './dossier';
import { idVeld } from './velden';

const dossierRef = z.object({
  soort: z.enum(['opgave', 'bestuursopdracht']),
  id: z.string(),
  titel: z.string(),
});
const regelSchema = z.object({
  index: z.number().int(),
  medewerker: z.object({ id: z.string(), naam: z.string() }),
  team: z.object({ id: z.string(), naam: z.string() }),
  capaciteitsvraag: z.object({
    id: z.string(),
    expertise: z.string(),
    dossier: dossierRef,
    prioriteit: z.number(),
  }),
  urenPerWeek: z.number(),
  reden: z.string(),
  passendheid: z.number(),
  inzetverzoek: z
    .object({ id: z.string(), status: z.string() })
    .nullable()
    .describe('Het inzetverzoek dat uit deze regel is gemaakt, als dat er is'),
});
const resultaatSchema = z.object({
  regels: z.array(regelSchema),
  onvervuld: z.array(
    z.object({ expertise: z.object({ id: z.string(), naam: z.string() }), urenPerWeek: z.number() }),
  ),
  knelpunten: z.array(
    z.object({
      capaciteitsvraag: z.object({ id: z.string(), expertise: z.string(), dossier: dossierRef }),
      openPerWeek: z.number(),
      knelpunt: z.string(),
      uitleg: z.string(),
    }),
  ),
  overgeslagen: z.array(z.object({ vraagId: z.string(), reden: z.string() })),
  stand: z
    .object({
      soort: z.enum(['niets-gevraagd', 'alles-verdeeld', 'deels-verdeeld']),
      gevraagdPerWeek: z.number(),
      verdeeldPerWeek: z.number(),
      openPerWeek: z.number(),
    })
    .describe(
      'De ene stand waar elke melding over dit voorstel van afhangt: niets gevraagd, alles verdeeld, of deels verdeeld met de uren per week die open blijven',
    ),
  vanWeek: z.string().describe('Eerste geplande week: de week waarin het voorstel is berekend, of later'),
  totWeek: z.string().describe('Laatste geplande week'),
  weken: z.number().int().describe('Aantal geplande weken'),
  voorbij: z
    .number()
    .int()
    .describe('Weken van het kwartaal die bij het berekenen al voorbij waren en dus niet zijn gepland'),
  stapUren: z
    .number()
    .describe('De uren per week komen in stappen van zoveel uur (instelling verdeelStapUren)'),
  doelwaarde: z.number(),
  grens: z.number(),
  gap: z.number().describe('Bewezen afstand tot de bovengrens, als fractie (0,001 = 0,1%)'),
  gretig: z.number().describe('Doelwaarde van de gretige verdeling op hetzelfde probleem'),
  status: z.string(),
  seconden: z.number(),
  paren: z.number().int(),
});
export const verdeelvoorstelSchema = z
  .object({
    id: z.string(),
    periode: z.string(),
    status: z.enum(['rekent', 'klaar', 'mislukt']),
    parameters: z.object({
      periode: z.string(),
      capaciteitsvraagIds: z.array(z.string()).optional(),
      maxDossiers: z.number().optional(),
      minimumUren: z.number().optional(),
      tijdslimietSeconden: z.number().optional(),
    }),
    voortgang: z
      .record(z.string(), z.number().nullable())
      .nullable()
      .describe('Tijdens het rekenen: seconden, gap, beste en grens'),
    resultaat: resultaatSchema.nullable(),
    fout: z.string().nullable(),
    aangemaaktOp: z.string(),
    klaarOp: z.string().nullable(),
  })
  .meta({ id: 'Verdeelvoorstel' });
export const verdeelvoorstelSamenvattingSchema = verdeelvoorstelSchema
  .pick({
    id: true,
    periode: true,
    status: true,
    parameters: true,
    fout: true,
    aangemaaktOp: true,
    klaarOp: true,
  })
  .extend({
    samenvatting: z
      .object({
        regels: z.number().int(),
        urenPerWeek: z.number(),
        doelwaarde: z.number(),
        gap: z.number(),
        gretig: z.number(),
      })
      .nullable()
      .describe(
        'Zodra het voorstel klaar is: aantal regels, uren per week, doelwaarde, gap en gretige doelwaarde',
      ),
  })
  .meta({ id: 'VerdeelvoorstelSamenvatting' });
export const verdeelvoorstellenSchema = z.object({ resultaten: z.array(verdeelvoorstelSamenvattingSchema) });

export const nieuwVerdeelvoorstelSchema = z.strictObject({
  periode: kwartaal,
  capaciteitsvraagIds: z.array(idVeld).min(1).max(5000).optional(),
  maxDossiers: z.number().int().min(1, { error: 'Minstens één dossier.' }).max(10).optional(),
  minimumUren: z.number().min(0.5, { error: 'Minstens een half uur.' }).max(40).optional(),
  tijdslimietSeconden: z.number().int().min(1).max(300).optional(),
});
export const omzettingSchema = z.strictObject({
  regels: z.array(z.number().int().min(0)).min(1, { error: 'Kies minstens één regel.' }).max(5000),
});
export const omgezetSchema = z.object({
  aangemaakt: z.number().int(),
  inzetverzoekIds: z.array(z.string()),
  vanWeek: z.string().describe('Eerste week van de gemaakte verzoeken: nooit een week die al voorbij is'),
  totWeek: z.string(),
  ingekort: z
    .boolean()
    .describe('Waar als het voorstel eerder begon dan deze week: de voorbije weken zijn niet aangevraagd'),
  melding: z.string().nullable().describe('Zegt welke weken zijn weggelaten, als dat zo is'),
});

export type Verdeelvoorstel = z.output<typeof verdeelvoorstelSchema>;
export type VerdeelvoorstelSamenvatting = z.output<typeof verdeelvoorstelSamenvattingSchema>;
/** The result as computed and stored, before the lines learn which inzetverzoek they became. */
export type VerdeelResultaat = Omit<z.output<typeof resultaatSchema>, 'regels' | 'stand'> & {
  regels: Omit<z.output<typeof regelSchema>, 'inzetverzoek'>[];
};
export type VerdeelParameters = z.output<typeof nieuwVerdeelvoorstelSchema>;
export type Omgezet = z.output<typeof omgezetSchema>;
