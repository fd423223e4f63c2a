import type {
  Geschiktheid,
  VerdeelInstantie,
  VerdeelMedewerker,
  VerdeelTeam,
  VerdeelVraag,
} from '../domain/verdeling';

/**
 * Random but reproducible verdeel-instances (a seed gives the same instance everywhere), shaped like
 * a municipality: teams of about twenty, a catalogue of some forty expertises, most people holding
 * two or three of them, a third of them with no free hours this period, and demand spread over
 * dossiers of a few capaciteitsvragen each. For the benchmark and the property tests.
 */
export function genereerInstantie(opties: {
  medewerkers: number;
  vragen: number;
  seed: number;
  expertises?: number;
}): VerdeelInstantie {
  let s = opties.seed >>> 0 || 1;
  const rnd = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const E = opties.expertises ?? 40;
  const aantalTeams = Math.max(1, Math.round(opties.medewerkers / 20));
  const aantalDossiers = Math.max(1, Math.round(opties.vragen / 3));
  const medewerkers: VerdeelMedewerker[] = [];
  const expertiseVan: { e: number; niveau: number; ambitie: boolean }[][] = [];
  for (let i = 0; i < opties.medewerkers; i++) {
    const dossiers = new Set<string>();
    const n = rnd() < 0.6 ? 0 : int(1, 3);
    for (let k = 0; k < n; k++) dossiers.add(`d${int(0, aantalDossiers - 1)}`);
    medewerkers.push({
      id: `m${i}`,
      teamId: `t${i % aantalTeams}`,
      vrij: rnd() < 0.3 ? 0 : Math.round(rnd() * 16 * 10) / 10,
      dossiers: [...dossiers],
    });
    const eigen = new Map<number, { e: number; niveau: number; ambitie: boolean }>();
    for (let k = int(1, 4); k > 0; k--) {
      const e = int(0, E - 1);
      eigen.set(e, { e, niveau: int(1, 4), ambitie: rnd() < 0.2 });
    }
    expertiseVan.push([...eigen.values()]);
  }
  const teams: VerdeelTeam[] = Array.from({ length: aantalTeams }, (_, t) => {
    const som = medewerkers.filter((_, i) => i % aantalTeams === t).reduce((a, m) => a + m.vrij, 0);
    return { id: `t${t}`, ruimte: Math.round(som * (0.5 + rnd() * 0.4) * 10) / 10 };
  });
  const vragen: VerdeelVraag[] = Array.from({ length: opties.vragen }, (_, j) => ({
    id: `v${j}`,
    dossierId: `d${j % aantalDossiers}`,
    expertiseId: `e${int(0, E - 1)}`,
    minimumNiveau: [1, 2, 2, 3, 3, 4][int(0, 5)]!,
    urenPerWeek: int(4, 40),
    prioriteit: int(1, 5),
  }));
  const perExpertise = new Map<string, number[]>();
  vragen.forEach((v, j) => {
    const lijst = perExpertise.get(v.expertiseId);
    if (lijst) lijst.push(j);
    else perExpertise.set(v.expertiseId, [j]);
  });
  const geschiktheden: Geschiktheid[] = [];
  expertiseVan.forEach((lijst, i) => {
    for (const x of lijst) {
      for (const j of perExpertise.get(`e${x.e}`) ?? []) {
        geschiktheden.push({ medewerkerId: `m${i}`, vraagId: `v${j}`, niveau: x.niveau, ambitie: x.ambitie });
      }
    }
  });
  return { medewerkers, vragen, teams, geschiktheden, maxDossiers: 3, minimumUren: 4 };
}
