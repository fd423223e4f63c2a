import { useState } from 'react';
import { addCapaciteitsvraag, type DossierSoort, updateCapaciteitsvraag } from '../../api/wendbaar';
import type { Capaciteitsvraag } from '../../api/wendbaar.types';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { type Option, SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { getalAlsTekst, parseNumberFields, withReasons } from '../numbers';
import { useForm } from '../useForm';
import { planKwartalen } from './kwartalen';

export interface Keuzelijsten {
  expertises: Option[];
  teams: Option[];
}

/**
 * Add a capaciteitsvraag to a dossier, or change one (PATCH with If-Match): hours of an expertise at
 * a minimum level in a quarter, optionally from one team.
 */
export function CapaciteitsvraagForm({
  soort,
  dossierId,
  vraag,
  keuzes,
  onSaved,
  onCancel,
}: {
  soort: DossierSoort;
  dossierId: string;
  /** The demand to change; absent for a new one. */
  vraag?: Capaciteitsvraag;
  keuzes: Keuzelijsten;
  onSaved(vraag: Capaciteitsvraag): void;
  onCancel?: () => void;
}) {
  const { t, lang, formatNumber } = useI18n();
  const [expertiseId, setExpertiseId] = useState(vraag?.expertise.id ?? '');
  const [niveau, setNiveau] = useState(vraag ? String(vraag.minimumNiveau) : '');
  const [teamId, setTeamId] = useState(vraag?.team?.id ?? '');
  const [periode, setPeriode] = useState(vraag?.periode ?? '');
  const [uren, setUren] = useState(getalAlsTekst(vraag?.uren, lang));
  const [prioriteit, setPrioriteit] = useState(String(vraag?.prioriteit ?? 3));
  const [toelichting, setToelichting] = useState(vraag?.toelichting ?? '');
  const form = useForm(vraag ? `cv-${vraag.id}` : `cv-nieuw-${soort}`, {
    expertiseId: t('veld.expertise'),
    minimumNiveau: t('wb.cv.niveau'),
    teamId: t('wb.cv.team'),
    periode: t('wb.cv.periode'),
    uren: t('wb.cv.uren'),
    prioriteit: t('wb.cv.prioriteit'),
    toelichting: t('wb.cv.toelichting'),
  });
  // The current expertise stays choosable, also when it has lapsed since.
  const expertises =
    vraag && !keuzes.expertises.some((e) => e.value === vraag.expertise.id)
      ? [{ value: vraag.expertise.id, label: vraag.expertise.naam }, ...keuzes.expertises]
      : keuzes.expertises;

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ uren }, t('fout.geenGetal'));
    const invoer = {
      expertiseId,
      minimumNiveau: Number(niveau) || 0,
      teamId: teamId || null,
      periode,
      uren: getallen.uren ?? 0,
      prioriteit: Number(prioriteit),
      toelichting: toelichting.trim() || null,
    };
    try {
      const saved = vraag
        ? await updateCapaciteitsvraag(vraag.id, vraag.versie, invoer)
        : await addCapaciteitsvraag(soort, dossierId, invoer);
      if (!vraag) {
        setExpertiseId('');
        setNiveau('');
        setTeamId('');
        setUren('');
        setPrioriteit('3');
        setToelichting('');
      }
      onSaved(saved);
    } catch (error) {
      throw withReasons(error, {
        expertiseId: !expertiseId && t('fout.kiesExpertise'),
        minimumNiveau: !niveau && t('fout.kiesNiveau'),
        periode: !periode && t('wb.cv.kiesPeriode'),
      });
    }
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <SelectField
        form={form}
        name="expertiseId"
        value={expertiseId}
        onChange={setExpertiseId}
        options={expertises}
        placeholder={t('veld.kiesExpertise')}
      />
      <div className="wb-field-row">
        <SelectField
          form={form}
          name="minimumNiveau"
          value={niveau}
          onChange={setNiveau}
          options={[1, 2, 3, 4].map((n) => ({
            value: String(n),
            label: `${n} – ${t(`niveau.${n as 1 | 2 | 3 | 4}`)}`,
          }))}
          placeholder={t('veld.kiesNiveau')}
        />
        <SelectField
          form={form}
          name="periode"
          value={periode}
          onChange={setPeriode}
          options={planKwartalen([vraag?.periode]).map((k) => ({ value: k, label: k }))}
          placeholder={t('wb.cv.kiesPeriodeOptie')}
        />
        <TextField
          form={form}
          name="uren"
          value={uren}
          onChange={setUren}
          // Lowering the hours below what people were already asked for makes the vraag over-asked.
          description={
            vraag && vraag.dekking.aantalVerzoeken > 0
              ? t('wb.cv.uren.alGevraagd', { aangevraagd: formatNumber(vraag.dekking.aangevraagd) })
              : undefined
          }
          inputMode="decimal"
          size="sm"
          autoComplete="off"
        />
      </div>
      <SelectField
        form={form}
        name="prioriteit"
        value={prioriteit}
        onChange={setPrioriteit}
        options={([1, 2, 3, 4, 5] as const).map((n) => ({ value: String(n), label: t(`wb.cv.prio.${n}`) }))}
        description={t('wb.cv.prioriteit.uitleg')}
      />
      <SelectField
        form={form}
        name="teamId"
        value={teamId}
        onChange={setTeamId}
        options={keuzes.teams}
        placeholder={t('wb.cv.geenTeam')}
        description={t('wb.cv.team.uitleg')}
        optional
      />
      <TextareaField
        form={form}
        name="toelichting"
        value={toelichting}
        onChange={setToelichting}
        rows={2}
        optional
      />
      <FormKnoppen
        label={vraag ? t('actie.wijzigingenOpslaan') : t('wb.cv.toevoegen')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}
