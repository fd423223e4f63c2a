import {
  Button,
  ButtonGroup,
  Paragraph,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useMag } from '../../access/sessie';
import { listExpertises, listTeams } from '../../api/client';
import { type DossierSoort, deleteCapaciteitsvraag } from '../../api/wendbaar';
import type { Capaciteitsvraag } from '../../api/wendbaar.types';
import { useNotify } from '../../app/notifications';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Badge } from '../Badge';
import { ConfirmDialog } from '../ConfirmDialog';
import { Disclosure } from '../Disclosure';
import { Empty } from '../Empty';
import { Section } from '../Section';
import { Tabel } from '../Tabel';
import { toProblemError, useResource } from '../useResource';
import { CapaciteitsvraagForm, type Keuzelijsten } from './CapaciteitsvraagForm';

/** The active expertises and basisteams to choose from (loaded once per page). */
function useKeuzelijsten(nodig: boolean): Keuzelijsten {
  const expertises = useResource(nodig ? 'wb-expertises' : null, () =>
    listExpertises({ status: 'actief', sorteer: 'naam', paginaGrootte: 500 }),
  );
  const teams = useResource(nodig ? 'wb-teams' : null, () =>
    listTeams({ soort: 'basisteam', status: 'actief', sorteer: 'naam', paginaGrootte: 500 }),
  );
  return {
    expertises: (expertises.data?.resultaten ?? []).map((e) => ({ value: e.id, label: e.naam })),
    teams: (teams.data?.resultaten ?? []).map((team) => ({ value: team.id, label: team.naam })),
  };
}

/** Requested of people against what the vraag asks, with the split, and a written flag when over. */
function DekkingCel({ vraag }: { vraag: Capaciteitsvraag }) {
  const { t, formatNumber } = useI18n();
  const d = vraag.dekking;
  const getal = (x: number) => formatNumber(x);
  return (
    <span className="wb-cv-dekking" data-testid="cv-dekking">
      {t('wb.cv.bijPersonenWaarde', { aangevraagd: getal(d.aangevraagd), gevraagd: getal(d.gevraagd) })}
      {d.overvraagd && (
        <>
          {' '}
          <Badge tone="warning">{t('wb.cv.overvraagd')}</Badge>
        </>
      )}
      {d.aantalVerzoeken > 0 && (
        <span className="wb-cv-dekking__uitleg">
          {t('wb.cv.bijPersonenUitleg', {
            open: getal(d.open),
            ingestemd: getal(d.ingestemd),
            aantal: d.aantalVerzoeken,
          })}
        </span>
      )}
    </span>
  );
}

/** The vragen whose requests add up to more than they ask, spelled out under the table. */
function Overvraagd({
  vragen,
  omschrijf,
}: {
  vragen: Capaciteitsvraag[];
  omschrijf(v: Capaciteitsvraag): string;
}) {
  const { t } = useI18n();
  const over = vragen.filter((v) => v.dekking.overvraagd);
  if (over.length === 0) return null;
  return (
    <div className="wb-cv-overvraagd" data-testid="cv-overvraagd">
      <Paragraph>
        <strong>{t('wb.cv.overvraagdTitel')}</strong>
      </Paragraph>
      <ul>
        {over.map((v) => (
          <li key={v.id}>
            {t('wb.cv.overvraagdRegel', { vraag: omschrijf(v), melding: v.dekking.melding ?? '' })}
          </li>
        ))}
      </ul>
      <Paragraph>{t('wb.cv.overvraagdAdvies')}</Paragraph>
    </div>
  );
}

/**
 * The demand for people of a dossier: a table of capaciteitsvragen (expertise, minimum level, team,
 * quarter, hours, and how much of it has been requested from people — with a warning when that is
 * more than asked) with their total, and for those who may, a form to add one and buttons to change
 * or withdraw one. `onChanged` reloads the dossier (its totals and what is missing follow from it).
 */
export function Capaciteitsvragen({
  soort,
  dossierId,
  vragen,
  magToevoegen,
  magWijzigen,
  onChanged,
  level = 2,
  anchorId,
}: {
  soort: DossierSoort;
  dossierId: string;
  vragen: Capaciteitsvraag[];
  magToevoegen: boolean;
  magWijzigen: boolean;
  onChanged(): Promise<unknown>;
  level?: 2 | 3;
  anchorId?: string;
}) {
  const { t, formatNumber } = useI18n();
  const melden = useNotify();
  const magKandidaten = useMag()('GET /capaciteitsvragen/{capaciteitsvraagId}/kandidaten');
  const [nieuw, setNieuw] = useState(false);
  const [bewerk, setBewerk] = useState<Capaciteitsvraag | null>(null);
  const [verwijder, setVerwijder] = useState<Capaciteitsvraag | null>(null);
  const [verwijderFout, setVerwijderFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const keuzes = useKeuzelijsten(magToevoegen || magWijzigen);
  const eigenId = useId();
  const sectieId = anchorId ?? `cv-${eigenId}`;
  const bewerkRef = useRef<HTMLDivElement>(null);
  const bewerkId = bewerk?.id;
  // Opening the edit form moves focus to its first field.
  useEffect(() => {
    if (bewerkId) bewerkRef.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, [bewerkId]);
  const totaal = vragen.reduce((som, v) => som + v.uren, 0);
  const omschrijf = (v: Capaciteitsvraag) =>
    t('wb.cv.omschrijving', { uren: formatNumber(v.uren), expertise: v.expertise.naam, periode: v.periode });
  // Messages show in this section (beside the table and form), not at the top of the page.
  const notify = (tekst: string, focus = false) => melden(tekst, { bij: sectieId, focus });
  const terugNaarKnop = (id: string) => setTimeout(() => document.getElementById(`cv-wijzig-${id}`)?.focus());

  return (
    <Section title={t('wb.cv.titel')} level={level} anchorId={sectieId}>
      {vragen.length === 0 ? (
        <Paragraph>{t('wb.cv.geen')}</Paragraph>
      ) : (
        <Tabel caption={t('wb.cv.caption')} testId="capaciteitsvragen">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('kolom.expertise')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.cv.niveau')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.cv.periode')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>
                {t('wb.cv.prioriteit')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>
                {t('kolom.uren')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.cv.bijPersonen')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.cv.toelichting')}</TableHeaderCell>
              {magKandidaten && <TableHeaderCell scope="col">{t('iz.cv.bezetting')}</TableHeaderCell>}
              {magWijzigen && <TableHeaderCell scope="col">{t('kolom.acties')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {vragen.map((v) => (
              <TableRow key={v.id}>
                <TableHeaderCell scope="row">{v.expertise.naam}</TableHeaderCell>
                <TableCell>{v.minimumNiveau}</TableCell>
                <TableCell>{v.team?.naam ?? <Empty />}</TableCell>
                <TableCell>{v.periode}</TableCell>
                <TableCell numericColumn>{v.prioriteit}</TableCell>
                <TableCell numericColumn>{formatNumber(v.uren)}</TableCell>
                <TableCell>
                  <DekkingCel vraag={v} />
                </TableCell>
                <TableCell>{v.toelichting ?? <Empty />}</TableCell>
                {magKandidaten && (
                  <TableCell>
                    <AppLink to={`/wendbaar/capaciteitsvragen/${v.id}/kandidaten`}>
                      {t('iz.cv.kandidatenZoeken')}
                      <span className="wb-visually-hidden"> {omschrijf(v)}</span>
                    </AppLink>
                  </TableCell>
                )}
                {magWijzigen && (
                  <TableCell>
                    <ButtonGroup className="wb-row-actions">
                      <Button
                        id={`cv-wijzig-${v.id}`}
                        appearance="secondary-action-button"
                        aria-expanded={bewerk?.id === v.id}
                        onClick={() => {
                          setNieuw(false);
                          setBewerk(bewerk?.id === v.id ? null : v);
                        }}
                      >
                        {t('actie.wijzigen')}
                        <span className="wb-visually-hidden"> {omschrijf(v)}</span>
                      </Button>
                      <Button
                        appearance="subtle-button"
                        hint="danger"
                        onClick={() => {
                          setVerwijderFout(null);
                          setVerwijder(v);
                        }}
                      >
                        {t('wb.cv.intrekken')}
                        <span className="wb-visually-hidden"> {omschrijf(v)}</span>
                      </Button>
                    </ButtonGroup>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row" colSpan={4}>
                {t('wb.cv.totaal')}
              </TableHeaderCell>
              <TableCell numericColumn>{formatNumber(totaal)}</TableCell>
              <TableCell colSpan={2 + (magWijzigen ? 1 : 0) + (magKandidaten ? 1 : 0)} />
            </TableRow>
          </TableFooter>
        </Tabel>
      )}
      <Overvraagd vragen={vragen} omschrijf={omschrijf} />
      {verwijderFout && (
        <Paragraph className="wb-inline-error" role="alert">
          {verwijderFout}
        </Paragraph>
      )}
      {bewerk && (
        <div ref={bewerkRef}>
          <Section title={t('wb.cv.wijzigenTitel', { vraag: omschrijf(bewerk) })} level={3}>
            <CapaciteitsvraagForm
              key={bewerk.id}
              soort={soort}
              dossierId={dossierId}
              vraag={bewerk}
              keuzes={keuzes}
              onCancel={() => {
                terugNaarKnop(bewerk.id);
                setBewerk(null);
              }}
              onSaved={(saved) => {
                notify(t('wb.cv.gewijzigd', { vraag: omschrijf(saved) }));
                terugNaarKnop(saved.id);
                setBewerk(null);
                onChanged();
              }}
            />
          </Section>
        </div>
      )}
      {magToevoegen && !bewerk && (
        <Disclosure label={t('wb.cv.nieuw')} open={nieuw} onToggle={setNieuw}>
          <CapaciteitsvraagForm
            soort={soort}
            dossierId={dossierId}
            keuzes={keuzes}
            onSaved={(saved) => {
              // Focus goes to the message, with the table and its new row right below it.
              notify(t('wb.cv.toegevoegd', { vraag: omschrijf(saved) }), true);
              onChanged();
            }}
          />
        </Disclosure>
      )}
      <ConfirmDialog
        open={verwijder !== null}
        title={t('wb.cv.intrekkenTitel')}
        confirmLabel={t('wb.cv.intrekken')}
        busy={bezig}
        onCancel={() => setVerwijder(null)}
        onConfirm={async () => {
          if (!verwijder) return;
          const vraag = verwijder;
          setBezig(true);
          try {
            await deleteCapaciteitsvraag(vraag.id, vraag.versie);
            setVerwijder(null);
            // The row and its button are gone: focus goes to the message in this section.
            notify(t('wb.cv.ingetrokken', { vraag: omschrijf(vraag) }), true);
            await onChanged();
          } catch (error) {
            const p = toProblemError(error);
            setVerwijder(null);
            setVerwijderFout(p.detail ?? p.title);
          } finally {
            setBezig(false);
          }
        }}
      >
        {verwijder ? t('wb.cv.intrekkenTekst', { vraag: omschrijf(verwijder) }) : ''}
      </ConfirmDialog>
    </Section>
  );
}
