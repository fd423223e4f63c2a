import { createVeranderFase, updateVeranderFase, type VeranderFase } from '../../api/veranderprogramma';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { useForm } from '../useForm';
import { alsGetal, PeriodeVelden, ProgrammaFormulier, useWaarden } from './ProgrammaVelden';

const STATUSSEN = ['gepland', 'lopend', 'afgerond'] as const;

/** Add a phase, or (with `fase`) change one: number, name, goal, period and status. */
export function FaseForm({
  fase,
  onOpgeslagen,
  onAnnuleer,
  onHerladen,
}: {
  fase?: VeranderFase;
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
    volgnummer: fase ? String(fase.volgnummer) : '',
    naam: fase?.naam ?? '',
    doel: fase?.doel ?? '',
    van: fase?.van ?? '',
    tot: fase?.tot ?? '',
    status: fase?.status ?? 'gepland',
  }));
  const prefix = fase ? `vp-fase-${fase.id}` : 'vp-fase';
  const form = useForm(prefix, {
    volgnummer: t('programma.veld.volgnummer'),
    naam: t('programma.veld.naam'),
    doel: t('programma.veld.doel'),
    van: t('programma.veld.van'),
    tot: t('programma.veld.tot'),
    status: t('programma.veld.status'),
  });
  return (
    <ProgrammaFormulier
      form={form}
      kop={
        fase && {
          id: `${prefix}-kop`,
          niveau: 3,
          tekst: t('programma.wijzigenVan', {
            naam: t('programma.fase.kop', { nummer: fase.volgnummer, naam: fase.naam }),
          }),
        }
      }
      knop={fase ? t('actie.wijzigingenOpslaan') : t('programma.fase.nieuw')}
      onAnnuleer={onAnnuleer}
      onHerladen={onHerladen}
      onSubmit={async () => {
        const body = {
          volgnummer: alsGetal(w.volgnummer),
          naam: w.naam,
          doel: w.doel || null,
          van: w.van || null,
          tot: w.tot || null,
          status: w.status as VeranderFase['status'],
        };
        if (fase) {
          await updateVeranderFase(fase.id, fase.versie, body);
          notify(t('programma.fase.gewijzigd'));
        } else {
          await createVeranderFase(body);
          herstel();
          notify(t('programma.fase.opgeslagen'));
        }
        onOpgeslagen();
      }}
    >
      <TextField
        form={form}
        name="volgnummer"
        size="sm"
        inputMode="numeric"
        value={w.volgnummer}
        onChange={zet('volgnummer')}
      />
      <TextField form={form} name="naam" value={w.naam} onChange={zet('naam')} />
      <TextareaField form={form} name="doel" optional value={w.doel} onChange={zet('doel')} />
      <PeriodeVelden form={form} optional van={w.van} tot={w.tot} onVan={zet('van')} onTot={zet('tot')} />
      <SelectField
        form={form}
        name="status"
        value={w.status}
        onChange={zet('status')}
        options={STATUSSEN.map((s) => ({ value: s, label: t(`programma.fase.status.${s}`) }))}
      />
    </ProgrammaFormulier>
  );
}
