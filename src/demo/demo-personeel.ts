import { faker } from '@faker-js/faker/locale/nl';
import { contracturenVerdeling, type ExpertiseCategorie, type FunctieSjabloon } from './demo-catalogus';
import type { DemoExpertise, DemoMedewerker, DemoOrganisatie } from './demo-rijen';
import { firstDayOf } from './kalendermaand';

/*
 * Staff of the demo municipality: the people themselves and the rows that belong to each of them.
 * All randomness comes from the seeded faker, in call order, so the generator stays deterministic.
 */

/** Contract hours drawn from the part-time mix of the catalogue. */
export function pickUren(): number {
  return faker.helpers.weightedArrayElement(
    contracturenVerdeling.map((c) => ({ weight: c.gewicht, value: c.uren })),
  );
}

export type People = ReturnType<typeof createPeople>;

/** Hiring and the rows that come with a medewerker: unique numbers and e-mail, expertises, history. */
export function createPeople(org: DemoOrganisatie, nu: number) {
  const emails = new Set<string>();
  const perCategorie = new Map<string, DemoExpertise[]>();
  for (const e of org.expertises)
    perCategorie.set(e.categorie, [...(perCategorie.get(e.categorie) ?? []), e]);

  const uniqueEmail = (voornaam: string, tussenvoegsel: string | null, achternaam: string) => {
    const local = `${voornaam}.${tussenvoegsel ?? ''}${achternaam}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]/g, '');
    let candidate = local;
    for (let n = 2; emails.has(candidate); n++) candidate = `${local}${n}`;
    emails.add(candidate);
    return `${candidate}@demo-gemeente.nl`;
  };

  const giveExpertises = (medewerkerId: string, categorieen: readonly ExpertiseCategorie[]) => {
    const eigen = categorieen.flatMap((c) => perCategorie.get(c) ?? []);
    const gekozen = new Map<string, boolean>();
    const aantal = faker.number.int({ min: 2, max: 6 });
    while (gekozen.size < aantal) {
      const inVak = faker.number.float() < 0.7;
      const expertise = faker.helpers.arrayElement(inVak ? eigen : org.expertises);
      if (!gekozen.has(expertise.id)) gekozen.set(expertise.id, eigen.includes(expertise));
    }
    for (const [expertise_id, vak] of gekozen) {
      const niveau = faker.helpers.weightedArrayElement(
        (vak ? [10, 30, 40, 20] : [40, 35, 20, 5]).map((weight, i) => ({ weight, value: i + 1 })),
      );
      const ambitie = faker.number.float() < (niveau <= 2 ? 0.25 : 0.08);
      org.medewerker_expertise.push({ medewerker_id: medewerkerId, expertise_id, niveau, ambitie });
    }
  };

  return {
    hire(
      functie: FunctieSjabloon,
      inMaand: number,
      categorieen: readonly ExpertiseCategorie[],
    ): DemoMedewerker {
      const voornaam = herstelCodering(faker.person.firstName());
      // Dutch surnames come as "van den Heuvel": the lowercase words in front are the tussenvoegsel.
      const [, voor, achternaam = ''] =
        /^((?:[a-z']+ )*)(.+)$/.exec(herstelCodering(faker.person.lastName())) ?? [];
      const tussenvoegsel = voor ? voor.trim() : null;
      const m: DemoMedewerker = {
        id: faker.string.uuid(),
        personeelsnummer: `P${10001 + org.medewerkers.length}`,
        voornaam,
        tussenvoegsel,
        achternaam,
        e_mail: uniqueEmail(voornaam, tussenvoegsel, achternaam),
        functie: functie.functie,
        schaal: faker.number.int({ min: functie.schaal[0], max: functie.schaal[1] }),
        // Hired on a step that fits experience, then one step up per year of service, up to 12.
        trede: Math.min(
          12,
          faker.number.int({ min: 0, max: 3 }) + Math.max(0, Math.floor((nu - inMaand) / 12)),
        ),
        in_dienst: firstDayOf(inMaand),
        uit_dienst: null,
      };
      org.medewerkers.push(m);
      giveExpertises(m.id, categorieen);
      return m;
    },
    join(m: DemoMedewerker, team_id: string, ingangsdatum: string, einddatum: string | null) {
      org.teamlidmaatschappen.push({
        id: faker.string.uuid(),
        medewerker_id: m.id,
        team_id,
        ingangsdatum,
        einddatum,
      });
    },
    contract(m: DemoMedewerker, uren_per_week: number, ingangsdatum: string, einddatum: string | null) {
      org.contracturen.push({
        id: faker.string.uuid(),
        medewerker_id: m.id,
        uren_per_week,
        ingangsdatum,
        einddatum,
      });
    },
  };
}

/**
 * A few names in faker's Dutch list were stored UTF-8-encoded twice ("Ã\u0096mer" for "Ömer"); decode
 * those once more, so the demo shows the name a person would write.
 */
export function herstelCodering(naam: string): string {
  if (!/[\u00c2\u00c3][\u0080-\u00bf]/.test(naam)) return naam;
  const bytes = Uint8Array.from([...naam].map((c) => c.charCodeAt(0) & 0xff));
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
