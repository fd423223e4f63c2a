import { diffLines, diffWordsWithSpace } from 'diff';

/**
 * The difference between two versions of a "Zo werken we" page, for people reading what changed:
 * first by line (so an untouched paragraph is one unchanged part), then, where lines were replaced,
 * by word within them (so a changed word is shown, not a whole removed and re-added paragraph).
 *
 * The parts in order rebuild both texts: the unchanged and removed parts give the old text, the
 * unchanged and added parts the new one (`herbouw`). A text compared with itself has no changes.
 */
export type VerschilSoort = 'gelijk' | 'toegevoegd' | 'verwijderd';
export interface VerschilDeel {
  soort: VerschilSoort;
  tekst: string;
}

export function verschil(oud: string, nieuw: string): VerschilDeel[] {
  const delen: VerschilDeel[] = [];
  const regels = diffLines(oud, nieuw);
  for (let i = 0; i < regels.length; i++) {
    const r = regels[i]!;
    const volgende = regels[i + 1];
    if (r.removed && volgende?.added) {
      for (const w of diffWordsWithSpace(r.value, volgende.value)) {
        voegToe(delen, w.added ? 'toegevoegd' : w.removed ? 'verwijderd' : 'gelijk', w.value);
      }
      i++;
      continue;
    }
    voegToe(delen, r.added ? 'toegevoegd' : r.removed ? 'verwijderd' : 'gelijk', r.value);
  }
  return delen;
}

/** Adjacent parts of one kind are one part; empty parts are none. */
function voegToe(delen: VerschilDeel[], soort: VerschilSoort, tekst: string): void {
  if (tekst === '') return;
  const laatste = delen.at(-1);
  if (laatste?.soort === soort) laatste.tekst += tekst;
  else delen.push({ soort, tekst });
}

/** The old or the new text, rebuilt from the parts. */
export function herbouw(delen: readonly VerschilDeel[], kant: 'oud' | 'nieuw'): string {
  const weg = kant === 'oud' ? 'toegevoegd' : 'verwijderd';
  return delen
    .filter((d) => d.soort !== weg)
    .map((d) => d.tekst)
    .join('');
}

/** How many changed parts of each kind: what a summary above the difference says. */
export function telVerschil(delen: readonly VerschilDeel[]): { toegevoegd: number; verwijderd: number } {
  return {
    toegevoegd: delen.filter((d) => d.soort === 'toegevoegd').length,
    verwijderd: delen.filter((d) => d.soort === 'verwijderd').length,
  };
}
