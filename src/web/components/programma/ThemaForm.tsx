import { useState } from 'react';
import {
  createVeranderThema,
  updateVeranderThema,
  type VeranderFase,
  type VeranderThema,
} from '../../api/veranderprogramma';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { useForm } from '../useForm';
import { ProgrammaFormulier, useWaarden } from './ProgrammaVelden';

const STATUSSEN = ['actief', 'gepauzeerd', 'afgerond'] as const;

/** Add a theme, or (with `thema`) change its name, description, phase, trekker and status. */
export function ThemaForm({
  thema,
  fases,
  onOpgeslagen,
  onAnnuleer,
  onHerladen,
}: {
  thema?: VeranderThema;
  fases: VeranderFase[];
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
    naam: thema?.naam ?? '',
    omschrijving: thema?.omschrijving ?? '',
    faseId: thema?.fase?.id ?? '',
    status: thema?.status ?? 'actief',
  }));
  const [trekker, setTrekker] = useState<GekozenMedewerker | null>(thema?.trekker ?? null);
  const prefix = thema ? `vp-thema-${thema.id}` : 'vp-thema';
  const form = useForm(prefix, {
    naam: t('programma.veld.naam'),
    omschrijving: t('programma.thema.omschrijving'),
    faseId: t('programma.thema.fase'),
    trekkerMedewerkerId: t('programma.thema.trekkerVeld'),
    ...(thema && { status: t('programma.thema.status') }),
  });
  return (
    <ProgrammaFormulier
      form={form}
      kop={
        thema && { id: `${prefix}-kop`, tekst: t('programma.wijzigenVan', { naam: thema.naam }), niveau: 3 }
      }
      knop={thema ? t('actie.wijzigingenOpslaan') : t('programma.thema.nieuw')}
      onAnnuleer={onAnnuleer}
      onHerladen={onHerladen}
      onSubmit={async () => {
        const body = {
          naam: w.naam,
          omschrijving: w.omschrijving || null,
          faseId: w.faseId || null,
          trekkerMedewerkerId: trekker?.id ?? null,
        };
        if (thema) {
          await updateVeranderThema(thema.id, thema.versie, {
            ...body,
            status: w.status as VeranderThema['status'],
          });
          notify(t('programma.thema.gewijzigd'));
        } else {
          await createVeranderThema(body);
          herstel();
          setTrekker(null);
          notify(t('programma.thema.opgeslagen'));
        }
        onOpgeslagen();
      }}
    >
      <TextField form={form} name="naam" value={w.naam} onChange={zet('naam')} />
      <TextareaField
        form={form}
        name="omschrijving"
        optional
        value={w.omschrijving}
        onChange={zet('omschrijving')}
      />
      <SelectField
        form={form}
        name="faseId"
        optional
        value={w.faseId}
        onChange={zet('faseId')}
        placeholder={t('programma.thema.geenFase')}
        options={fases.map((f) => ({
          value: f.id,
          label: t('programma.fase.kop', { nummer: f.volgnummer, naam: f.naam }),
        }))}
      />
      <MedewerkerKiezer
        form={form}
        name="trekkerMedewerkerId"
        optional
        value={trekker}
        onChange={setTrekker}
      />
      {thema && (
        <SelectField
          form={form}
          name="status"
          value={w.status}
          onChange={zet('status')}
          options={STATUSSEN.map((s) => ({ value: s, label: t(`programma.thema.status.${s}`) }))}
        />
      )}
    </ProgrammaFormulier>
  );
}
