import { useT } from '../../../i18n/i18n';
import { TextareaField } from '../../FormFields';
import { Section } from '../../Section';
import { Gegevens, ofNull, Tekst, tekst } from '../Gegevens';
import { boSectieId, SectieForm, type SectieProps } from './SectieForm';

/** How the decision is taken: college, council, consultation of the OR, and so on. */
export function BesluitvormingSectie({ opdracht, bewerken, onSaved, haalActueel }: SectieProps) {
  const t = useT();
  const titel = t('wb.bo.sectie.besluitvormingsproces');
  return (
    <Section title={titel} anchorId={boSectieId('besluitvormingsproces')}>
      {bewerken ? (
        <SectieForm<{ proces: string }>
          opdracht={opdracht}
          sectie={titel}
          onSaved={onSaved}
          haalActueel={haalActueel}
          beginWaarden={(o) => ({ proces: tekst(o.besluitvormingsproces) })}
          labels={() => ({ besluitvormingsproces: titel })}
          naarPatch={(w) => ({ besluitvormingsproces: ofNull(w.proces) })}
          velden={(form, w, zet) => (
            <TextareaField
              form={form}
              name="besluitvormingsproces"
              value={w.proces}
              onChange={(proces) => zet({ proces })}
              description={t('wb.bo.besluitvormingsproces.uitleg')}
              rows={3}
            />
          )}
        />
      ) : (
        <Gegevens items={[{ label: titel, waarde: <Tekst waarde={opdracht.besluitvormingsproces} /> }]} />
      )}
    </Section>
  );
}
