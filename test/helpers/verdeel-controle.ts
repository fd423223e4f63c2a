/**
 * An independent checker for verdeelvoorstellen, written apart from the optimiser and its domain
 * module on purpose (it imports only their types): it recomputes every constraint and the objective
 * from the instance as the issue states them, so a shared bug cannot hide in both.
 */
import type { Toewijzing, VerdeelInstantie } from '../../src/domain/verdeling';

const EPS = 1e-6;

/** `stap`: when given, every amount must also be a whole number of steps of that many hours. */
export function overtredingen(
  inst: VerdeelInstantie,
  voorstel: readonly Toewijzing[],
  stap?: number,
): string[] {
  const fouten: string[] = [];
  const mw = new Map(inst.medewerkers.map((m) => [m.id, m]));
  const vr = new Map(inst.vragen.map((v) => [v.id, v]));
  const team = new Map(inst.teams.map((t) => [t.id, t]));
  const perMw = new Map<string, number>();
  const perTeam = new Map<string, number>();
  const perVraag = new Map<string, number>();
  const nieuweDossiers = new Map<string, Set<string>>();
  const gezien = new Set<string>();
  for (const t of voorstel) {
    const m = mw.get(t.medewerkerId);
    const v = vr.get(t.vraagId);
    if (!m || !v) {
      fouten.push(`onbekende medewerker of vraag: ${t.medewerkerId}/${t.vraagId}`);
      continue;
    }
    const paar = `${t.medewerkerId}|${t.vraagId}`;
    if (gezien.has(paar)) fouten.push(`dubbel paar ${paar}`);
    gezien.add(paar);
    const g = inst.geschiktheden.find((x) => x.medewerkerId === m.id && x.vraagId === v.id);
    if (!g || g.niveau < v.minimumNiveau) fouten.push(`${paar}: niveau onder het minimum`);
    if (!(t.urenPerWeek > 0) || t.urenPerWeek < inst.minimumUren - EPS)
      fouten.push(`${paar}: ${t.urenPerWeek} u onder het minimum`);
    if (stap !== undefined && Math.abs(t.urenPerWeek / stap - Math.round(t.urenPerWeek / stap)) > EPS)
      fouten.push(`${paar}: ${t.urenPerWeek} u is geen veelvoud van ${stap} u`);
    perMw.set(m.id, (perMw.get(m.id) ?? 0) + t.urenPerWeek);
    perTeam.set(m.teamId, (perTeam.get(m.teamId) ?? 0) + t.urenPerWeek);
    perVraag.set(v.id, (perVraag.get(v.id) ?? 0) + t.urenPerWeek);
    if (!m.dossiers.includes(v.dossierId)) {
      const s = nieuweDossiers.get(m.id) ?? new Set<string>();
      s.add(v.dossierId);
      nieuweDossiers.set(m.id, s);
    }
  }
  for (const [id, uren] of perMw)
    if (uren > mw.get(id)!.vrij + EPS) fouten.push(`${id}: ${uren} u > ${mw.get(id)!.vrij} vrij`);
  for (const [id, uren] of perTeam) {
    const ruimte = team.get(id)?.ruimte ?? 0;
    if (uren > ruimte + EPS) fouten.push(`team ${id}: ${uren} u > ruimte ${ruimte}`);
  }
  for (const [id, uren] of perVraag)
    if (uren > vr.get(id)!.urenPerWeek + EPS) fouten.push(`${id}: ${uren} u > gevraagd`);
  for (const [id, s] of nieuweDossiers) {
    const totaal = mw.get(id)!.dossiers.length + s.size;
    if (totaal > inst.maxDossiers) fouten.push(`${id}: ${totaal} dossiers > ${inst.maxDossiers}`);
  }
  return fouten;
}

/** Σ prioriteit × fit × uren, fit = 1 + ¼ per niveau above the minimum + 0.1 for ambitie, ×1.2 if already on the dossier. */
export function opbrengst(inst: VerdeelInstantie, voorstel: readonly Toewijzing[]): number {
  let som = 0;
  for (const t of voorstel) {
    const m = inst.medewerkers.find((x) => x.id === t.medewerkerId)!;
    const v = inst.vragen.find((x) => x.id === t.vraagId)!;
    const g = inst.geschiktheden.find((x) => x.medewerkerId === m.id && x.vraagId === v.id)!;
    const fit = 1 + 0.25 * (g.niveau - v.minimumNiveau) + (g.ambitie ? 0.1 : 0);
    som += v.prioriteit * fit * (m.dossiers.includes(v.dossierId) ? 1.2 : 1) * t.urenPerWeek;
  }
  return som;
}
