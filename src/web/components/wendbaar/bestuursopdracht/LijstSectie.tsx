import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Bestuursopdracht, BestuursopdrachtInvoer } from '../../../api/wendbaar.types';
import { Empty } from '../../Empty';
import { Section } from '../../Section';
import { Tabel } from '../../Tabel';
import { type Kolom, type Rij, RijenEditor, rijLabels } from '../RijenEditor';
import { boSectieId, SectieForm, type SectieProps } from './SectieForm';

/**
 * A section of the working copy that is a list of rows (goals, milestones, budget lines, reporting
 * moments): a table to read, rows to edit. `uit` turns the stored list into rows of text, `naarPatch`
 * the rows back into the PATCH body (it may throw for a number that is not one).
 */
export function LijstSectie({
  opdracht,
  bewerken,
  onSaved,
  haalActueel,
  sectie,
  naam,
  titel,
  uitleg,
  kolommen,
  rijNaam,
  toevoegenLabel,
  leeg,
  uit,
  naarPatch,
  toon,
  level = 2,
  children,
}: SectieProps & {
  /** The key of the section (`doelstellingen`): its anchor and the API name of the list. */
  sectie: string;
  naam: string;
  titel: string;
  uitleg?: string;
  kolommen: Kolom[];
  rijNaam(nummer: number): string;
  toevoegenLabel: string;
  leeg: string;
  uit(opdracht: Bestuursopdracht): Rij[];
  naarPatch(rijen: Rij[]): BestuursopdrachtInvoer;
  /** How a stored value shows in the table (e.g. a date, a programme's name). */
  toon?: (sleutel: string, waarde: string) => ReactNode;
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const rijen = uit(opdracht);
  return (
    <Section title={titel} level={level} anchorId={boSectieId(sectie)}>
      {uitleg && <Paragraph>{uitleg}</Paragraph>}
      {children}
      {bewerken ? (
        <SectieForm<{ rijen: Rij[] }>
          opdracht={opdracht}
          sectie={titel}
          onSaved={onSaved}
          haalActueel={haalActueel}
          beginWaarden={(o) => ({ rijen: uit(o) })}
          labels={(w) => ({ [naam]: titel, ...rijLabels(naam, kolommen, w.rijen.length, rijNaam) })}
          naarPatch={(w) => naarPatch(w.rijen)}
          velden={(form, w, zet) => (
            <RijenEditor
              form={form}
              legend={titel}
              naam={naam}
              kolommen={kolommen}
              rijen={w.rijen}
              onChange={(nieuw) => zet({ rijen: nieuw })}
              rijNaam={rijNaam}
              toevoegenLabel={toevoegenLabel}
            />
          )}
        />
      ) : rijen.length === 0 ? (
        <Paragraph>{leeg}</Paragraph>
      ) : (
        <Tabel caption={titel}>
          <TableHeader>
            <TableRow>
              {kolommen.map((k) => (
                <TableHeaderCell key={k.sleutel} scope="col" numericColumn={k.soort === 'getal'}>
                  {k.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rijen.map((rij, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
              <TableRow key={index}>
                {kolommen.map((k) => (
                  <TableCell key={k.sleutel} numericColumn={k.soort === 'getal'}>
                    {rij[k.sleutel] ? (
                      toon ? (
                        toon(k.sleutel, rij[k.sleutel] as string)
                      ) : (
                        rij[k.sleutel]
                      )
                    ) : (
                      <Empty />
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
    </Section>
  );
}
