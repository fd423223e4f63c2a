import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Verkenning } from '../../../api/wendbaar.types';
import { type Translate, useT } from '../../../i18n/i18n';
import { Empty } from '../../Empty';
import { TextareaField } from '../../FormFields';
import { Section } from '../../Section';
import { Gegevens, ofNull, Tekst, tekst } from '../Gegevens';
import { type Kolom, type Rij, RijenEditor, rijLabels } from '../RijenEditor';
import { boSectieId, SectieForm, type SectieProps } from './SectieForm';

const TEKSTEN = ['doel', 'wens', 'probleemEnOorzaak', 'beeldVanSucces', 'gewensteAanpak'] as const;
type Tekstveld = (typeof TEKSTEN)[number];

interface Waarden extends Record<Tekstveld, string> {
  collegeleden: Rij[];
}

const COLLEGELEDEN = 'verkenning.collegeleden';

export function verkenningLabel(t: Translate, veld: Tekstveld | 'collegeleden'): string {
  return t(`wb.bo.verkenning.${veld}`);
}

/**
 * The exploration with the college: goal, wish, problem and cause, picture of success, desired
 * approach, and the college members it was explored with.
 */
export function VerkenningSectie({ opdracht, bewerken, onSaved, haalActueel }: SectieProps) {
  const t = useT();
  const kolommen: Kolom[] = [{ sleutel: 'naam', pad: '', label: t('wb.bo.collegelid.naam') }];
  const rijNaam = (n: number) => t('wb.bo.collegelid', { nummer: n });
  const v = opdracht.verkenning;
  return (
    <Section title={t('wb.bo.sectie.verkenning')} anchorId={boSectieId('verkenning')}>
      <Paragraph>{t('wb.bo.verkenning.uitleg')}</Paragraph>
      {bewerken ? (
        <SectieForm<Waarden>
          opdracht={opdracht}
          sectie={t('wb.bo.sectie.verkenning')}
          onSaved={onSaved}
          haalActueel={haalActueel}
          beginWaarden={(o) => ({
            ...(Object.fromEntries(TEKSTEN.map((k) => [k, tekst(o.verkenning[k])])) as Record<
              Tekstveld,
              string
            >),
            collegeleden: o.verkenning.collegeleden.map((naam) => ({ naam })),
          })}
          labels={(w) => ({
            ...Object.fromEntries(TEKSTEN.map((k) => [`verkenning.${k}`, verkenningLabel(t, k)])),
            [COLLEGELEDEN]: verkenningLabel(t, 'collegeleden'),
            ...rijLabels(COLLEGELEDEN, kolommen, w.collegeleden.length, rijNaam),
          })}
          naarPatch={(w) => ({
            verkenning: {
              ...(Object.fromEntries(TEKSTEN.map((k) => [k, ofNull(w[k])])) as Omit<
                Verkenning,
                'collegeleden'
              >),
              collegeleden: w.collegeleden.map((r) => (r.naam ?? '').trim()),
            },
          })}
          velden={(form, w, zet) => (
            <>
              {TEKSTEN.map((k) => (
                <TextareaField
                  key={k}
                  form={form}
                  name={`verkenning.${k}`}
                  value={w[k]}
                  onChange={(waarde) => zet({ ...w, [k]: waarde })}
                  rows={3}
                />
              ))}
              <RijenEditor
                form={form}
                legend={verkenningLabel(t, 'collegeleden')}
                naam={COLLEGELEDEN}
                kolommen={kolommen}
                rijen={w.collegeleden}
                onChange={(collegeleden) => zet({ ...w, collegeleden })}
                rijNaam={rijNaam}
                toevoegenLabel={t('wb.bo.collegelid.toevoegen')}
              />
            </>
          )}
        />
      ) : (
        <Gegevens
          items={[
            ...TEKSTEN.map((k) => ({ label: verkenningLabel(t, k), waarde: <Tekst waarde={v[k]} /> })),
            {
              label: verkenningLabel(t, 'collegeleden'),
              waarde:
                v.collegeleden.length === 0 ? (
                  <Empty />
                ) : (
                  <UnorderedList className="wb-compact-list">
                    {v.collegeleden.map((naam) => (
                      <UnorderedListItem key={naam}>{naam}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                ),
            },
          ]}
        />
      )}
    </Section>
  );
}
