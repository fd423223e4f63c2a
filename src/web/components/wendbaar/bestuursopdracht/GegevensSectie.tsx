import { useMag } from '../../../access/sessie';
import { listAmbities, listProgrammas } from '../../../api/wendbaar';
import { useT } from '../../../i18n/i18n';
import { AppLink } from '../../AppLink';
import { SelectField, TextField } from '../../FormFields';
import { Section } from '../../Section';
import { useResource } from '../../useResource';
import { Gegevens } from '../Gegevens';
import { boSectieId, SectieForm, type SectieProps } from './SectieForm';

interface Waarden {
  titel: string;
  ambitieId: string;
  programmaId: string;
}

/** The title of the opdracht and what it belongs to: a bestuurlijke ambitie and a programma. */
export function GegevensSectie({ opdracht, bewerken, onSaved, haalActueel }: SectieProps) {
  const t = useT();
  const mag = useMag();
  const ambities = useResource(bewerken ? 'wb-ambities' : null, listAmbities);
  const programmas = useResource(bewerken ? 'wb-programmas' : null, listProgrammas);
  const titel = t('wb.bo.sectie.gegevens');
  return (
    <Section title={titel} anchorId={boSectieId('gegevens')}>
      {bewerken ? (
        <SectieForm<Waarden>
          opdracht={opdracht}
          sectie={titel}
          onSaved={onSaved}
          haalActueel={haalActueel}
          beginWaarden={(o) => ({
            titel: o.titel,
            ambitieId: o.ambitie?.id ?? '',
            programmaId: o.programma?.id ?? '',
          })}
          labels={() => ({
            titel: t('wb.bo.titel'),
            ambitieId: t('wb.bo.ambitie'),
            programmaId: t('wb.programma'),
          })}
          naarPatch={(w) => ({
            titel: w.titel.trim(),
            ambitieId: w.ambitieId || null,
            programmaId: w.programmaId || null,
          })}
          velden={(form, w, zet) => (
            <>
              <TextField
                form={form}
                name="titel"
                value={w.titel}
                onChange={(waarde) => zet({ ...w, titel: waarde })}
                autoComplete="off"
              />
              <SelectField
                form={form}
                name="ambitieId"
                value={w.ambitieId}
                onChange={(waarde) => zet({ ...w, ambitieId: waarde })}
                options={(ambities.data?.resultaten ?? []).map((a) => ({ value: a.id, label: a.titel }))}
                placeholder={t('wb.bo.geenAmbitie')}
                optional
              />
              <SelectField
                form={form}
                name="programmaId"
                value={w.programmaId}
                onChange={(waarde) => zet({ ...w, programmaId: waarde })}
                options={(programmas.data?.resultaten ?? []).map((p) => ({ value: p.id, label: p.naam }))}
                placeholder={t('wb.geenProgramma')}
                optional
              />
            </>
          )}
        />
      ) : (
        <Gegevens
          items={[
            {
              label: t('wb.bo.ambitie'),
              waarde:
                opdracht.ambitie &&
                (mag('GET /bestuurlijke-ambities') ? (
                  <AppLink to={`/wendbaar/ambities/${opdracht.ambitie.id}`}>{opdracht.ambitie.titel}</AppLink>
                ) : (
                  opdracht.ambitie.titel
                )),
            },
            { label: t('wb.programma'), waarde: opdracht.programma?.naam },
          ]}
        />
      )}
    </Section>
  );
}
