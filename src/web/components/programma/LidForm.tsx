import { useState } from 'react';
import {
  createVeranderThemaLid,
  updateVeranderThemaLid,
  type VeranderThemaLid,
} from '../../api/veranderprogramma';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { TextField } from '../FormFields';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { useForm } from '../useForm';
import { alsGetal, PeriodeVelden, ProgrammaFormulier, useWaarden } from './ProgrammaVelden';

/**
 * Add a medewerker to a theme's transitieteam, or (with `lid`) change a member's role, hours and
 * period. The hours become inzet in whole weeks; changing them changes the capacity figures.
 */
export function LidForm({
  themaId,
  lid,
  onOpgeslagen,
  onAnnuleer,
  onHerladen,
}: {
  themaId: string;
  lid?: VeranderThemaLid;
  onOpgeslagen(): void;
  onAnnuleer?(): void;
  onHerladen?(): void;
}) {
  const t = useT();
  const notify = useNotify();
  const [medewerker, setMedewerker] = useState<GekozenMedewerker | null>(null);
  const {
    waarden: w,
    zet,
    herstel,
  } = useWaarden(() => ({
    rol: lid?.rol ?? '',
    uren: lid ? String(lid.urenPerWeek) : '',
    van: lid?.van ?? '',
    tot: lid?.tot ?? '',
  }));
  const prefix = lid ? `vp-lid-${lid.id}` : `vp-lid-${themaId}`;
  const form = useForm(prefix, {
    ...(!lid && { medewerkerId: t('programma.lid.medewerker') }),
    rol: t('programma.lid.rol'),
    urenPerWeek: t('programma.lid.uren'),
    van: t('programma.veld.van'),
    tot: t('programma.veld.tot'),
  });
  return (
    <ProgrammaFormulier
      form={form}
      kop={
        lid && {
          id: `${prefix}-kop`,
          tekst: t('programma.lid.wijzigenKop', { naam: lid.medewerker.naam }),
          niveau: 4,
        }
      }
      knop={lid ? t('actie.wijzigingenOpslaan') : t('programma.lid.toevoegen')}
      onAnnuleer={onAnnuleer}
      onHerladen={onHerladen}
      onSubmit={async () => {
        const uren = { urenPerWeek: alsGetal(w.uren), van: w.van, tot: w.tot };
        if (lid) {
          // An empty role keeps the current one (a member always has a role, 'lid' at least).
          await updateVeranderThemaLid(themaId, lid.id, lid.versie, {
            ...uren,
            ...(w.rol && { rol: w.rol }),
          });
          notify(t('programma.lid.gewijzigd'));
        } else {
          await createVeranderThemaLid(themaId, {
            medewerkerId: medewerker?.id ?? '',
            rol: w.rol || null,
            ...uren,
          });
          setMedewerker(null);
          herstel();
          notify(t('programma.lid.opgeslagen'));
        }
        onOpgeslagen();
      }}
    >
      <p>{t('programma.lid.periodeUitleg')}</p>
      {!lid && (
        <MedewerkerKiezer form={form} name="medewerkerId" value={medewerker} onChange={setMedewerker} />
      )}
      <TextField form={form} name="rol" optional value={w.rol} onChange={zet('rol')} />
      <TextField
        form={form}
        name="urenPerWeek"
        size="sm"
        inputMode="decimal"
        value={w.uren}
        onChange={zet('uren')}
      />
      <PeriodeVelden form={form} van={w.van} tot={w.tot} onVan={zet('van')} onTot={zet('tot')} />
    </ProgrammaFormulier>
  );
}
