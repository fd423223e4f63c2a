import { z } from 'zod';

/**
 * Changing the past is deliberate (src/domain/terugwerkend.ts): a write that takes effect further
 * back than the organisation's limit needs `reden`, and its answer says which periods' figures
 * changed. Shared by every write that can change the past.
 */
export const redenVeld = z
  .string({ error: 'Geef de reden als tekst.' })
  .trim()
  .min(1, { error: 'Vul een reden in, of laat het veld weg.' })
  .max(500, { error: 'Gebruik hoogstens 500 tekens.' })
  .optional()
  .describe(
    'Reden van de wijziging; verplicht als die verder terug ingaat dan de instelling terugwerkendeDagen',
  );

export const terugwerkendSchema = z
  .object({
    reden: z.string().nullable().describe('De opgegeven reden (leeg als die niet nodig was)'),
    vanaf: z.string().describe('Eerste dag waarvan de cijfers veranderen'),
    tot: z.string().describe('Laatste dag tot vandaag waarvan de cijfers veranderen'),
    maanden: z.array(z.string()).describe("Kalendermaanden ('JJJJ-MM') waarvan de cijfers veranderen"),
    weken: z
      .object({ van: z.string(), tot: z.string() })
      .describe("ISO-weken ('JJJJ-Www') waarvan de cijfers veranderen, als bereik"),
  })
  .meta({ id: 'Terugwerkend' });

/** In the answer of a write that can change the past. */
export const terugwerkendVeld = terugwerkendSchema
  .nullable()
  .describe(
    'Leeg als de wijziging vandaag of later ingaat; anders de perioden waarvan de cijfers veranderen',
  );

export type TerugwerkendAntwoord = z.output<typeof terugwerkendVeld>;
