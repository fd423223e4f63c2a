import { useState } from 'react';
import { createVeranderActie, updateVeranderActie, type VeranderActie } from '../../api/veranderprogramma';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { useForm } from '../useForm';
import { ProgrammaFormulier, useWaarden } from './ProgrammaVelden';

/**
 * Add an action or milestone to a theme, or (with `actie`) change its kind, title, explanation,
 * date, owner and status. A milestone needs a date; done without a date of its own is done today.
 */
export function ActieForm({
  themaId,
  actie,
  onOpgeslagen,
  onAnnuleer,
  onHerladen,
}: {
  themaId: string;
  actie?: VeranderActie;
  onOpgeslagen(): void;
  onAnnuleer?(): void;
  onHerladen?(): void;
}) {
  const t = useT();
  const notify = useNotify();
  const {
    waarden: w,
    zet,
    herstel,
  } = useWaarden(() => ({
    soort: actie?.soort ?? 'actie',
    titel: actie?.titel ?? '',
    toelichting: actie?.toelichting ?? '',
    datum: actie?.datum ?? '',
    status: actie?.status ?? 'open',
  }));
  const [eigenaar, setEigenaar] = useState<GekozenMedewerker | null>(actie?.eigenaar ?? null);
  const prefix = actie ? `vp-actie-${actie.id}` : `vp-actie-${themaId}`;
  const form = useForm(prefix, {
    soort: t('programma.actie.soort'),
    titel: t('programma.actie.titel'),
    toelichting: t('programma.actie.toelichting'),
    datum: t('programma.actie.datum'),
    eigenaarMedewerkerId: t('programma.actie.eigenaar'),
    ...(actie && { status: t('programma.actie.status') }),
  });
  return (
    <ProgrammaFormulier
      form={form}
      kop={
        actie && {
          id: `${prefix}-kop`,
          tekst: t('programma.actie.wijzigenKop', { titel: actie.titel }),
          niveau: 4,
        }
      }
      knop={actie ? t('actie.wijzigingenOpslaan') : t('programma.actie.toevoegen')}
      onAnnuleer={onAnnuleer}
      onHerladen={onHerladen}
      onSubmit={async () => {
        const body = {
          soort: w.soort as VeranderActie['soort'],
          titel: w.titel,
          toelichting: w.toelichting || null,
          datum: w.datum || null,
          eigenaarMedewerkerId: eigenaar?.id ?? null,
        };
        if (actie) {
          await updateVeranderActie(themaId, actie.id, actie.versie, {
            ...body,
            status: w.status as VeranderActie['status'],
          });
          notify(t('programma.actie.gewijzigd'));
        } else {
          await createVeranderActie(themaId, body);
          herstel();
          setEigenaar(null);
          notify(t('programma.actie.opgeslagen'));
        }
        onOpgeslagen();
      }}
    >
      <SelectField
        form={form}
        name="soort"
        value={w.soort}
        onChange={zet('soort')}
        options={(['actie', 'mijlpaal'] as const).map((s) => ({
          value: s,
          label: t(`programma.actie.soort.${s}`),
        }))}
      />
      <TextField form={form} name="titel" value={w.titel} onChange={zet('titel')} />
      <TextareaField
        form={form}
        name="toelichting"
        optional
        rows={2}
        value={w.toelichting}
        onChange={zet('toelichting')}
      />
      <TextField
        form={form}
        name="datum"
        type="date"
        size="sm"
        optional={w.soort === 'actie'}
        value={w.datum}
        onChange={zet('datum')}
      />
      <MedewerkerKiezer
        form={form}
        name="eigenaarMedewerkerId"
        optional
        value={eigenaar}
        onChange={setEigenaar}
      />
      {actie && (
        <SelectField
          form={form}
          name="status"
          value={w.status}
          onChange={zet('status')}
          options={[
            { value: 'open', label: t('programma.actie.statusOpen') },
            { value: 'gereed', label: t('programma.actie.statusGereed') },
          ]}
        />
      )}
    </ProgrammaFormulier>
  );
}
