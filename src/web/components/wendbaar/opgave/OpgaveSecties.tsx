import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMag } from '../../../access/sessie';
import { listProgrammas, updateOpgave } from '../../../api/wendbaar';
import type { Opgave } from '../../../api/wendbaar.types';
import { useT } from '../../../i18n/i18n';
import { AppLink } from '../../AppLink';
import { SelectField, TextareaField, TextField } from '../../FormFields';
import { type GekozenMedewerker, MedewerkerKiezer } from '../../MedewerkerKiezer';
import { MedewerkerLink } from '../../MedewerkerLink';
import { Section } from '../../Section';
import { useResource } from '../../useResource';
import { DossierForm } from '../DossierForm';
import { Gegevens, ofNull, Tekst, tekst } from '../Gegevens';
import { OPGAVE, type OpgaveDeelProps, opgaveSectieId } from './opgavePagina';

const opslaan = (opgave: Opgave) => (patch: Parameters<typeof updateOpgave>[2]) =>
  updateOpgave(opgave.id, opgave.versie, patch);

/** The opgave itself: title, description and programme, and the ambitions it serves. */
export function BeschrijvingSectie({ opgave, bewerken, onSaved, haalActueel }: OpgaveDeelProps) {
  const t = useT();
  const mag = useMag();
  const programmas = useResource(bewerken ? 'wb-programmas' : null, listProgrammas);
  const titel = t('wb.opgave.sectie.beschrijving');
  const ambities =
    opgave.ambities.length === 0 ? null : (
      <UnorderedList className="wb-compact-list">
        {opgave.ambities.map((a) => (
          <UnorderedListItem key={a.id}>
            {mag('GET /bestuurlijke-ambities') ? (
              <AppLink to={`/wendbaar/ambities/${a.id}`}>{a.titel}</AppLink>
            ) : (
              a.titel
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    );
  return (
    <Section title={titel} anchorId={opgaveSectieId('beschrijving')}>
      {bewerken ? (
        <DossierForm<Opgave, { titel: string; omschrijving: string; programmaId: string }>
          dossier={opgave}
          prefix={OPGAVE}
          sectie={titel}
          onSaved={onSaved}
          haalActueel={haalActueel}
          beginWaarden={(o) => ({
            titel: o.titel,
            omschrijving: tekst(o.omschrijving),
            programmaId: o.programma?.id ?? '',
          })}
          labels={() => ({
            titel: t('wb.opgave.titel'),
            omschrijving: t('wb.opgave.omschrijving'),
            programmaId: t('wb.programma'),
          })}
          opslaan={(w) =>
            opslaan(opgave)({
              titel: w.titel.trim(),
              omschrijving: ofNull(w.omschrijving),
              programmaId: w.programmaId || null,
            })
          }
          velden={(form, w, zet) => (
            <>
              <TextField
                form={form}
                name="titel"
                value={w.titel}
                onChange={(v) => zet({ ...w, titel: v })}
                autoComplete="off"
              />
              <TextareaField
                form={form}
                name="omschrijving"
                value={w.omschrijving}
                onChange={(v) => zet({ ...w, omschrijving: v })}
                description={t('wb.opgave.omschrijving.uitleg')}
                rows={4}
              />
              <SelectField
                form={form}
                name="programmaId"
                value={w.programmaId}
                onChange={(v) => zet({ ...w, programmaId: v })}
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
            { label: t('wb.opgave.omschrijving'), waarde: <Tekst waarde={opgave.omschrijving} /> },
            { label: t('wb.programma'), waarde: opgave.programma?.naam },
          ]}
        />
      )}
      {ambities && <Gegevens items={[{ label: t('wb.opgave.ambities'), waarde: ambities }]} />}
    </Section>
  );
}

interface AanpakWaarden {
  strategie: string;
  aanpak: string;
  evaluatie: string;
  regisseur: GekozenMedewerker | null;
}

/** After the role decision: the strategy, the approach, who directs it, and later its evaluation. */
export function AanpakSectie({ opgave, bewerken, onSaved, haalActueel }: OpgaveDeelProps) {
  const t = useT();
  const mag = useMag();
  const titel = t('wb.opgave.sectie.aanpak');
  const regisseur = opgave.programmaregisseur;
  return (
    <Section title={titel} anchorId={opgaveSectieId('aanpak')}>
      {bewerken ? (
        <DossierForm<Opgave, AanpakWaarden>
          dossier={opgave}
          prefix={OPGAVE}
          sectie={titel}
          onSaved={onSaved}
          haalActueel={haalActueel}
          beginWaarden={(o) => ({
            strategie: tekst(o.strategie),
            aanpak: tekst(o.aanpak),
            evaluatie: tekst(o.evaluatie),
            regisseur: o.programmaregisseur
              ? { id: o.programmaregisseur.medewerkerId, naam: o.programmaregisseur.naam }
              : null,
          })}
          labels={() => ({
            strategie: t('wb.opgave.strategie'),
            aanpak: t('wb.opgave.aanpak'),
            programmaregisseurMedewerkerId: t('wb.opgave.programmaregisseur'),
            evaluatie: t('wb.opgave.evaluatie'),
          })}
          opslaan={(w) =>
            opslaan(opgave)({
              strategie: ofNull(w.strategie),
              aanpak: ofNull(w.aanpak),
              evaluatie: ofNull(w.evaluatie),
              programmaregisseurMedewerkerId: w.regisseur?.id ?? null,
            })
          }
          velden={(form, w, zet) => (
            <>
              <TextareaField
                form={form}
                name="strategie"
                value={w.strategie}
                onChange={(v) => zet({ ...w, strategie: v })}
                rows={3}
              />
              <TextareaField
                form={form}
                name="aanpak"
                value={w.aanpak}
                onChange={(v) => zet({ ...w, aanpak: v })}
                rows={3}
              />
              {mag('GET /medewerkers') && (
                <MedewerkerKiezer
                  form={form}
                  name="programmaregisseurMedewerkerId"
                  value={w.regisseur}
                  onChange={(regisseur) => zet({ ...w, regisseur })}
                  optional
                />
              )}
              <TextareaField
                form={form}
                name="evaluatie"
                value={w.evaluatie}
                onChange={(v) => zet({ ...w, evaluatie: v })}
                description={t('wb.opgave.evaluatie.uitleg')}
                rows={3}
                optional
              />
            </>
          )}
        />
      ) : (
        <Gegevens
          items={[
            { label: t('wb.opgave.strategie'), waarde: <Tekst waarde={opgave.strategie} /> },
            { label: t('wb.opgave.aanpak'), waarde: <Tekst waarde={opgave.aanpak} /> },
            {
              label: t('wb.opgave.programmaregisseur'),
              waarde: regisseur && <MedewerkerLink id={regisseur.medewerkerId} naam={regisseur.naam} />,
            },
            { label: t('wb.opgave.evaluatie'), waarde: <Tekst waarde={opgave.evaluatie} /> },
          ]}
        />
      )}
    </Section>
  );
}
