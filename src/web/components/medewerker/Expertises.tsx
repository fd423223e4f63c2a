import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import {
  addMedewerkerExpertise,
  deleteMedewerkerExpertise,
  listExpertises,
  updateMedewerkerExpertise,
} from '../../api/client';
import type { MedewerkerDetail, MedewerkerExpertise, NewMedewerkerExpertise } from '../../api/types';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxField, SelectField } from '../FormFields';
import { asEntered, withReasons } from '../numbers';
import { Tabel } from '../Tabel';
import { NIVEAU_LABEL, NiveauCell } from '../team/ExpertiseMatrix';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

interface Props {
  medewerker: MedewerkerDetail;
  /** May the caller record this person's expertise (themselves, their teamleider, directie, P&O)? */
  wijzigbaar: boolean;
  onChanged(message: string): void;
  onReload(): void;
}

function useNiveauOptions() {
  const { t } = useI18n();
  return [1, 2, 3, 4].map((n) => ({ value: String(n), label: `${n} – ${t(NIVEAU_LABEL[n] as MessageKey)}` }));
}

function ExpertiseRow({
  expertise,
  wijzigbaar,
  medewerkerId,
  onChanged,
  form,
  editing,
  setEditing,
}: {
  expertise: MedewerkerExpertise;
  wijzigbaar: boolean;
  medewerkerId: string;
  onChanged(message: string): void;
  form: ReturnType<typeof useForm>;
  editing: boolean;
  setEditing(editing: boolean): void;
}) {
  const { t } = useI18n();
  const niveauOptions = useNiveauOptions();
  const [niveau, setNiveau] = useState(String(expertise.niveau));
  const [ambitie, setAmbitie] = useState(expertise.ambitie);
  // Removing loses the level and ambition for good: asked once more (issue 17, item 6).
  const [bevestig, setBevestig] = useState(false);
  const save = form.handleSubmit(async () => {
    await updateMedewerkerExpertise(medewerkerId, expertise.expertiseId, expertise.versie, {
      niveau: Number(niveau),
      ambitie,
    });
    setEditing(false);
    onChanged(t('expertise.medewerker.gewijzigd', { naam: expertise.naam }));
  });
  const remove = form.handleSubmit(async () => {
    setBevestig(false);
    await deleteMedewerkerExpertise(medewerkerId, expertise.expertiseId, expertise.versie);
    onChanged(t('expertise.medewerker.verwijderd', { naam: expertise.naam }));
  });
  const hidden = <span className="wb-visually-hidden"> {expertise.naam}</span>;
  return (
    <TableRow>
      <TableHeaderCell scope="row">{expertise.naam}</TableHeaderCell>
      <TableCell>{expertise.categorie}</TableCell>
      <TableCell>
        {editing ? (
          <Select
            id={form.idFor('niveau')}
            aria-label={t('expertise.niveauVoor', { naam: expertise.naam })}
            value={niveau}
            invalid={Boolean(form.errorFor('niveau'))}
            onChange={(event) => setNiveau(event.target.value)}
          >
            {niveauOptions.map((o) => (
              <SelectOption key={o.value} value={o.value}>
                {o.label}
              </SelectOption>
            ))}
          </Select>
        ) : (
          <NiveauCell niveau={expertise.niveau} ambitie={false} withLabel />
        )}
      </TableCell>
      <TableCell>
        {editing ? (
          <FormLabel type="checkbox" htmlFor={form.idFor('ambitie')} className="wb-inline-checkbox">
            <Checkbox
              id={form.idFor('ambitie')}
              checked={ambitie}
              onChange={(e) => setAmbitie(e.target.checked)}
            />
            {t('veld.ambitie')}
            <span className="wb-visually-hidden"> {expertise.naam}</span>
          </FormLabel>
        ) : expertise.ambitie ? (
          <span className="wb-ambitie">
            <span aria-hidden="true">★ </span>
            {t('algemeen.ja')}
          </span>
        ) : (
          t('algemeen.nee')
        )}
      </TableCell>
      {wijzigbaar && (
        <TableCell>
          <ButtonGroup className="wb-row-actions">
            {editing ? (
              <>
                <Button appearance="primary-action-button" onClick={() => save()} busy={form.busy}>
                  {t('actie.opslaan')}
                  {hidden}
                </Button>
                <Button appearance="subtle-button" onClick={() => setEditing(false)}>
                  {t('actie.annuleren')}
                </Button>
              </>
            ) : (
              <>
                <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>
                  {t('actie.wijzigen')}
                  {hidden}
                </Button>
                <Button appearance="subtle-button" hint="danger" onClick={() => setBevestig(true)}>
                  {t('actie.verwijderen')}
                  {hidden}
                </Button>
              </>
            )}
          </ButtonGroup>
          <ConfirmDialog
            open={bevestig}
            title={t('expertise.medewerker.verwijderenTitel', { naam: expertise.naam })}
            confirmLabel={t('actie.verwijderen')}
            busy={form.busy}
            onCancel={() => setBevestig(false)}
            onConfirm={() => remove()}
          >
            {t('expertise.medewerker.verwijderenTekst', { naam: expertise.naam })}
          </ConfirmDialog>
        </TableCell>
      )}
    </TableRow>
  );
}

function AddExpertiseForm({ medewerker, onChanged }: Omit<Props, 'onReload' | 'wijzigbaar'>) {
  const { t } = useI18n();
  const niveauOptions = useNiveauOptions();
  const catalogus = useResource('expertises-actief', () =>
    listExpertises({ paginaGrootte: 500, status: 'actief', sorteer: 'naam' }),
  );
  const [expertiseId, setExpertiseId] = useState('');
  const [niveau, setNiveau] = useState('');
  const [ambitie, setAmbitie] = useState(false);
  const form = useForm('expertise-toevoegen', {
    expertiseId: t('veld.expertise'),
    niveau: t('veld.niveau'),
    ambitie: t('veld.ambitie'),
  });
  const owned = new Set(medewerker.expertises.map((e) => e.expertiseId));
  const options = (catalogus.data?.resultaten ?? [])
    .filter((e) => !owned.has(e.id))
    .map((e) => ({ value: e.id, label: `${e.naam} (${e.categorie})` }));
  const submit = form.handleSubmit(async () => {
    const added = await addMedewerkerExpertise(
      medewerker.id,
      asEntered<NewMedewerkerExpertise>({ expertiseId, niveau: niveau ? Number(niveau) : null, ambitie }),
    ).catch((error: unknown) => {
      throw withReasons(error, {
        expertiseId: !expertiseId && t('fout.kiesExpertise'),
        niveau: !niveau && t('fout.kiesNiveau'),
      });
    });
    const naam = added?.naam ?? catalogus.data?.resultaten.find((e) => e.id === expertiseId)?.naam ?? '';
    setExpertiseId('');
    setNiveau('');
    setAmbitie(false);
    onChanged(t('expertise.medewerker.toegevoegd', { naam }));
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-card wb-card--subtle">
      <Fieldset>
        <FieldsetLegend>{t('expertise.toevoegen')}</FieldsetLegend>
        <ErrorSummary form={form} />
        <SelectField
          form={form}
          name="expertiseId"
          value={expertiseId}
          onChange={setExpertiseId}
          placeholder={t('veld.kiesExpertise')}
          options={options}
        />
        <SelectField
          form={form}
          name="niveau"
          value={niveau}
          onChange={setNiveau}
          placeholder={t('veld.kiesNiveau')}
          options={niveauOptions}
        />
        <CheckboxField
          form={form}
          name="ambitie"
          checked={ambitie}
          onChange={setAmbitie}
          label={t('veld.ambitie.lang')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('expertise.toevoegenKnop')}
        </Button>
      </Fieldset>
    </form>
  );
}

/** The medewerker's expertises: change level and ambition in the row, remove, or add one. */
export function MedewerkerExpertises({ medewerker, wijzigbaar, onChanged, onReload }: Props) {
  const { t } = useI18n();
  const rowForm = useForm('expertise-wijzigen', { niveau: t('veld.niveau'), ambitie: t('veld.ambitie') });
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <>
      <ErrorSummary form={rowForm} onReload={onReload} />
      {medewerker.expertises.length === 0 ? (
        <Paragraph>{t('expertise.medewerker.geen')}</Paragraph>
      ) : (
        <Tabel caption={t('expertise.medewerker.caption', { naam: medewerker.naam })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('kolom.expertise')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kolom.categorie')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kolom.niveau')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kolom.ambitie')}</TableHeaderCell>
              {wijzigbaar && (
                <TableHeaderCell scope="col">
                  <span className="wb-visually-hidden">{t('kolom.acties')}</span>
                </TableHeaderCell>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {medewerker.expertises.map((expertise) => (
              <ExpertiseRow
                key={`${expertise.expertiseId}-${expertise.versie}`}
                expertise={expertise}
                wijzigbaar={wijzigbaar}
                medewerkerId={medewerker.id}
                onChanged={onChanged}
                form={rowForm}
                editing={editingId === expertise.expertiseId}
                setEditing={(on) => {
                  rowForm.clear();
                  setEditingId(on ? expertise.expertiseId : null);
                }}
              />
            ))}
          </TableBody>
        </Tabel>
      )}
      {wijzigbaar && <AddExpertiseForm medewerker={medewerker} onChanged={onChanged} />}
    </>
  );
}
