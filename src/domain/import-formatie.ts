import { type IsoDatum, plusDagen } from './datum';
import { naarEenheden } from './formatie';
import type { FormatieplaatsActie, HuidigTeam, ImportPlan, PlanOpties } from './import-plan-typen';
import { type FormatieplaatsRij, formatieSleutel, type ImportProbleem } from './import-rijen';
import { isVerTerug } from './terugwerkend';

/**
 * The import plan of a formatieplaatsen file (issue 16: "and formatieplaatsen where those exist").
 * Pure, like import-plan.ts: the service reads the current formatie at once, this compares.
 *
 * The natural key of a place is its team, functie and schaal (case and spacing ignored): HR and
 * finance systems budget "Burgerzaken, Adviseur, schaal 10: 2,5 fte", not numbered chairs, so that
 * triple is what a later file from the same system names again. Among the places that run on the
 * peildatum or start later, at most one may carry a key; two are a problem (the import cannot tell
 * which one the row means).
 *
 * - A key not in Wendbaar is a new place from `van` (default the peildatum), regular funding,
 *   tijdelijk when the row has an end date.
 * - A key in Wendbaar compares fte and (when mapped) the end date. The fte is changed on the place
 *   itself, as the formatie screen does (a place is not effective-dated; its placements stay on it).
 *   `van` of an existing place is not changed by a file.
 * - With `volledig`, a place running on the peildatum whose key is not in the file ends the day
 *   before the peildatum. Placements that would fall outside a place's new end are a problem, as in
 *   the formatie screen: end or move them first.
 */

export interface HuidigeFormatieplaats {
  id: string;
  team_id: string;
  functie_naam: string;
  salarisschaal: string;
  fte: number;
  ingangsdatum: IsoDatum;
  einddatum: IsoDatum | null;
  soort: 'structureel' | 'tijdelijk';
}

export interface HuidigePlaatsing {
  formatieplaats_id: string;
  ingangsdatum: IsoDatum;
  einddatum: IsoDatum | null;
  /** The medewerker's full name, for the message. */
  naam: string;
}

export interface FormatieStand {
  teams: HuidigTeam[];
  /** Places that run on the peildatum or later (einddatum null or on/after it). */
  plaatsen: HuidigeFormatieplaats[];
  /** Placements on those places. */
  plaatsingen: HuidigePlaatsing[];
  terugwerkendeDagen: number;
}

const sleutel = (naam: string) => naam.trim().toLocaleLowerCase('nl');
const plaatsNaam = (team: string, functie: string, schaal: string) =>
  `${team} · ${functie.trim()} · schaal ${schaal}`;

function probleem(rij: number | null, kolom: string | null, code: string, melding: string): ImportProbleem {
  return { rij, kolom, code, melding: rij === null ? melding : `Rij ${rij}: ${melding}` };
}

/** The placements on a place that would run past `einde` (null: none, an open place holds all). */
function buiten(plaatsingen: readonly HuidigePlaatsing[], einde: IsoDatum | null): HuidigePlaatsing[] {
  if (einde === null) return [];
  return plaatsingen.filter((p) => p.einddatum === null || p.einddatum > einde);
}

function plaatsingenMelding(naam: string, lijst: readonly HuidigePlaatsing[], einde: IsoDatum): string {
  const namen = [...new Set(lijst.map((p) => p.naam))].join(', ');
  return `de plaats ${naam} zou eindigen op ${einde}, maar ${namen} ${lijst.length === 1 ? 'staat' : 'staan'} er dan nog op. Beëindig of verplaats die plaatsing${lijst.length === 1 ? '' : 'en'} eerst in Wendbaar.`;
}

/** Plans a formatieplaatsen file against the current formatie; see the module comment for the rules. */
export function planFormatieplaatsen(
  stand: FormatieStand,
  rijen: readonly FormatieplaatsRij[],
  opties: PlanOpties,
): ImportPlan {
  const { peildatum, vandaag, volledig } = opties;
  const reden = opties.reden?.trim() ? opties.reden : null;
  const teVerTerug = (d: IsoDatum) => reden === null && isVerTerug(d, vandaag, stand.terugwerkendeDagen);
  const terugMelding = (d: IsoDatum) =>
    `de wijziging gaat in op ${d}, meer dan ${stand.terugwerkendeDagen} dagen terug. Kies een latere datum of geef een reden op voor wijzigingen met terugwerkende kracht.`;
  const problemen: ImportProbleem[] = [];
  const acties: FormatieplaatsActie[] = [];
  let ongewijzigd = 0;
  const teams = new Map<string, HuidigTeam>();
  for (const t of stand.teams) if (t.opgeheven_op === null) teams.set(sleutel(t.naam), t);
  const teamOpId = new Map(stand.teams.map((t) => [t.id, t]));
  const plaatsenOpSleutel = new Map<string, HuidigeFormatieplaats[]>();
  for (const p of stand.plaatsen) {
    if (p.einddatum !== null && p.einddatum < peildatum) continue;
    const k = formatieSleutel(teamOpId.get(p.team_id)?.naam ?? p.team_id, p.functie_naam, p.salarisschaal);
    plaatsenOpSleutel.set(k, [...(plaatsenOpSleutel.get(k) ?? []), p]);
  }
  const plaatsingenVan = new Map<string, HuidigePlaatsing[]>();
  for (const p of stand.plaatsingen)
    plaatsingenVan.set(p.formatieplaats_id, [...(plaatsingenVan.get(p.formatieplaats_id) ?? []), p]);
  const sleutelsInBestand = new Set(opties.sleutelsInBestand ?? []);

  for (const r of rijen) {
    const k = formatieSleutel(r.team, r.functie, r.schaal);
    sleutelsInBestand.add(k);
    const team = teams.get(sleutel(r.team));
    if (!team) {
      const opgeheven = stand.teams.find(
        (t) => t.opgeheven_op !== null && sleutel(t.naam) === sleutel(r.team),
      );
      problemen.push(
        opgeheven
          ? probleem(
              r.rij,
              'team',
              'team-opgeheven',
              `het team "${opgeheven.naam}" is opgeheven per ${opgeheven.opgeheven_op}.`,
            )
          : probleem(
              r.rij,
              'team',
              'onbekend-team',
              `het team "${r.team.trim()}" bestaat niet in Wendbaar. Voeg het eerst toe (of importeer eerst de teams) of corrigeer de naam.`,
            ),
      );
      continue;
    }
    const naam = plaatsNaam(team.naam, r.functie, r.schaal);
    const bestaand = plaatsenOpSleutel.get(k) ?? [];
    if (bestaand.length > 1) {
      problemen.push(
        probleem(
          r.rij,
          'functie',
          'plaats-meermaals-in-wendbaar',
          `${team.naam} heeft in Wendbaar ${bestaand.length} plaatsen ‘${r.functie.trim()}’ in schaal ${r.schaal}; de import weet niet welke deze rij bedoelt. Voeg ze in Wendbaar samen tot één plaats.`,
        ),
      );
      continue;
    }
    const huidig = bestaand[0];
    if (!huidig) {
      const van = r.van ?? peildatum;
      const tot = r.tot ?? null;
      if (tot !== null && tot < van) {
        problemen.push(
          probleem(r.rij, 'tot', 'einde-voor-begin', `de einddatum ${tot} ligt vóór de ingangsdatum ${van}.`),
        );
        continue;
      }
      if (team.opgeheven_op !== null) continue;
      if (teVerTerug(van)) problemen.push(probleem(r.rij, 'van', 'te-ver-terug', terugMelding(van)));
      const soort = tot === null ? 'structureel' : 'tijdelijk';
      acties.push({
        soort: 'nieuw',
        rij: r.rij,
        naam,
        plaatsId: null,
        ingangsdatum: van,
        wijzigingen: [
          { veld: 'fte', oud: null, nieuw: r.fte },
          { veld: 'van', oud: null, nieuw: van },
          ...(tot ? [{ veld: 'tot', oud: null, nieuw: tot }] : []),
        ],
        nieuw: {
          teamId: team.id,
          functie_naam: r.functie.trim(),
          salarisschaal: r.schaal,
          fte: r.fte,
          ingangsdatum: van,
          einddatum: tot,
          soort,
        },
      });
      continue;
    }

    const actie: FormatieplaatsActie = {
      soort: 'gewijzigd',
      rij: r.rij,
      naam: plaatsNaam(team.naam, huidig.functie_naam, huidig.salarisschaal),
      plaatsId: huidig.id,
      ingangsdatum: null,
      wijzigingen: [],
      set: {},
    };
    if (naarEenheden(r.fte) !== naarEenheden(huidig.fte)) {
      actie.set!.fte = r.fte;
      actie.wijzigingen.push({ veld: 'fte', oud: huidig.fte, nieuw: r.fte });
    }
    if (r.tot !== undefined && r.tot !== huidig.einddatum) {
      const tot = r.tot;
      if (tot !== null && tot < huidig.ingangsdatum) {
        problemen.push(
          probleem(
            r.rij,
            'tot',
            'einde-voor-begin',
            `de einddatum ${tot} ligt vóór de ingangsdatum ${huidig.ingangsdatum} van deze plaats.`,
          ),
        );
        continue;
      }
      const lijst = buiten(plaatsingenVan.get(huidig.id) ?? [], tot);
      if (tot !== null && lijst.length > 0)
        problemen.push(
          probleem(r.rij, 'tot', 'plaatsingen-buiten', plaatsingenMelding(actie.naam, lijst, tot)),
        );
      if (tot !== null && teVerTerug(plusDagen(tot, 1)))
        problemen.push(probleem(r.rij, 'tot', 'te-ver-terug', terugMelding(plusDagen(tot, 1))));
      actie.set!.einddatum = tot;
      // A temporary place always has an end (migration 0012); without one it is structural again.
      if (tot === null && huidig.soort === 'tijdelijk') actie.set!.soort = 'structureel';
      actie.wijzigingen.push({ veld: 'tot', oud: huidig.einddatum, nieuw: tot });
    }
    if (actie.wijzigingen.length === 0) ongewijzigd++;
    else acties.push(actie);
  }

  if (volledig) {
    const einde = plusDagen(peildatum, -1);
    for (const p of stand.plaatsen) {
      if (p.ingangsdatum > peildatum || (p.einddatum !== null && p.einddatum < peildatum)) continue;
      const team = teamOpId.get(p.team_id);
      const k = formatieSleutel(team?.naam ?? p.team_id, p.functie_naam, p.salarisschaal);
      if (sleutelsInBestand.has(k)) continue;
      const naam = plaatsNaam(team?.naam ?? '', p.functie_naam, p.salarisschaal);
      if (p.ingangsdatum > einde) {
        problemen.push(
          probleem(
            null,
            null,
            'niet-in-bestand',
            `De plaats ${naam} staat niet in het bestand maar begint pas op ${p.ingangsdatum}; neem haar op of kies een andere peildatum.`,
          ),
        );
        continue;
      }
      const lijst = buiten(plaatsingenVan.get(p.id) ?? [], einde);
      if (lijst.length > 0)
        problemen.push(
          probleem(
            null,
            null,
            'plaatsingen-buiten',
            `Niet in het bestand: ${plaatsingenMelding(naam, lijst, einde)}`,
          ),
        );
      if (teVerTerug(peildatum))
        problemen.push(probleem(null, 'peildatum', 'te-ver-terug', `${terugMelding(peildatum)}`));
      acties.push({
        soort: 'beeindigd',
        rij: null,
        naam,
        plaatsId: p.id,
        ingangsdatum: peildatum,
        wijzigingen: [{ veld: 'tot', oud: p.einddatum, nieuw: einde }],
        set: { einddatum: einde },
      });
    }
  }
  const gezien = new Set<string>();
  return {
    medewerkers: [],
    teams: [],
    formatieplaatsen: acties,
    ongewijzigd,
    problemen: problemen.filter((p) => {
      const k = `${p.rij}|${p.code}|${p.melding}`;
      if (gezien.has(k)) return false;
      gezien.add(k);
      return true;
    }),
    waarschuwingen: [],
  };
}
