import {
  Button,
  ButtonGroup,
  Checkbox,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { zetVoorstelOm } from '../../api/inzet';
import { type DossierRef, INZETVERZOEK_STATUSSEN, type VerdeelRegel } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../Badge';
import { ErrorSummary } from '../ErrorSummary';
import { TableScroll } from '../TableScroll';
import { useForm } from '../useForm';
import { DossierLink } from './DossierLink';

interface Vraaggroep {
  id: string;
  expertise: string;
  prioriteit: number;
  regels: VerdeelRegel[];
}
interface Dossiergroep {
  dossier: DossierRef;
  vragen: Vraaggroep[];
}

/** The lines by dossier, then by capaciteitsvraag, in the order they first appear. */
function groepeer(regels: VerdeelRegel[]): Dossiergroep[] {
  const dossiers = new Map<string, Dossiergroep>();
  for (const r of regels) {
    const c = r.capaciteitsvraag;
    let d = dossiers.get(c.dossier.id);
    if (!d) {
      d = { dossier: c.dossier, vragen: [] };
      dossiers.set(c.dossier.id, d);
    }
    let v = d.vragen.find((x) => x.id === c.id);
    if (!v) {
      v = { id: c.id, expertise: c.expertise, prioriteit: c.prioriteit, regels: [] };
      d.vragen.push(v);
    }
    v.regels.push(r);
  }
  return [...dossiers.values()];
}

function VraagTabel({
  vraag,
  gekozen,
  omgezet,
  onKies,
}: {
  vraag: Vraaggroep;
  gekozen: Set<number>;
  omgezet: Set<number>;
  onKies(index: number, aan: boolean): void;
}) {
  const { t, formatNumber } = useI18n();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table className="wb-table wb-vv-regels" data-testid="verdeel-vraag">
        <caption id={captionId} className="utrecht-table__caption wb-vv-caption">
          {t('vv.regels.vraag', { expertise: vraag.expertise, prioriteit: vraag.prioriteit })}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('vv.regels.kiezen')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('kolom.medewerker')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('kolom.urenPerWeek')}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{t('vv.regels.reden')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {vraag.regels.map((r) => {
            const id = `vv-regel-${r.index}`;
            // The API gives the request's state here as a plain string: only a known state has a label.
            const status = INZETVERZOEK_STATUSSEN.find((s) => s === r.inzetverzoek?.status);
            return (
              <TableRow key={r.index} data-regel={r.index}>
                <TableCell>
                  {omgezet.has(r.index) ? (
                    <Badge tone="safe">{status ? t(`iz.status.${status}`) : t('vv.regels.omgezet')}</Badge>
                  ) : (
                    <>
                      <Checkbox
                        id={id}
                        checked={gekozen.has(r.index)}
                        onChange={(event) => onKies(r.index, event.target.checked)}
                      />
                      <label htmlFor={id} className="wb-visually-hidden">
                        {t('vv.regels.kies', {
                          naam: r.medewerker.naam,
                          uren: formatNumber(r.urenPerWeek),
                          expertise: vraag.expertise,
                        })}
                      </label>
                    </>
                  )}
                </TableCell>
                <TableHeaderCell scope="row">{r.medewerker.naam}</TableHeaderCell>
                <TableCell>{r.team.naam}</TableCell>
                <TableCell numericColumn>{formatNumber(r.urenPerWeek)}</TableCell>
                <TableCell>{r.reden}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function DossierGroep({
  groep,
  ...rest
}: { groep: Dossiergroep } & Omit<Parameters<typeof VraagTabel>[0], 'vraag'>) {
  const { t } = useI18n();
  const titelId = useId();
  return (
    <section aria-labelledby={titelId} className="wb-vv-dossier">
      <Heading level={3} id={titelId}>
        <DossierLink dossier={groep.dossier} />{' '}
        <span className="wb-muted">({t(`vv.soort.${groep.dossier.soort}`)})</span>
      </Heading>
      {groep.vragen.map((v) => (
        <VraagTabel key={v.id} vraag={v} {...rest} />
      ))}
    </section>
  );
}

const LOPEND = new Set(['aangevraagd', 'tegenvoorstel', 'ingestemd']);

/** The answer to a conversion: how many requests, and over which weeks (never a week gone). */
export type VerdeelOmgezet = Awaited<ReturnType<typeof zetVoorstelOm>>;

/**
 * The proposed lines grouped by dossier and capaciteitsvraag, each with its reason and a checkbox; the
 * chosen lines become inzetverzoeken in one action, all or none (a 409 says which line no longer fits).
 */
export function VerdeelRegels({
  voorstelId,
  regels,
  onOmgezet,
}: {
  voorstelId: string;
  regels: VerdeelRegel[];
  onOmgezet(antwoord: VerdeelOmgezet): void;
}) {
  const { t } = useI18n();
  // Lines with a standing request (from an earlier visit too) are shown as such and cannot be chosen.
  const [omgezet, setOmgezet] = useState<Set<number>>(
    () =>
      new Set(regels.filter((r) => r.inzetverzoek && LOPEND.has(r.inzetverzoek.status)).map((r) => r.index)),
  );
  const [gekozen, setGekozen] = useState<Set<number>>(
    () =>
      new Set(
        regels.filter((r) => !(r.inzetverzoek && LOPEND.has(r.inzetverzoek.status))).map((r) => r.index),
      ),
  );
  const form = useForm(`vv-${voorstelId}`, { regels: t('vv.regels.titel') });
  const groepen = groepeer(regels);
  const open = regels.filter((r) => !omgezet.has(r.index));
  const keuze = open.filter((r) => gekozen.has(r.index)).map((r) => r.index);
  const kies = (index: number, aan: boolean) =>
    setGekozen((oud) => {
      const nieuw = new Set(oud);
      if (aan) nieuw.add(index);
      else nieuw.delete(index);
      return nieuw;
    });
  const submit = form.handleSubmit(async () => {
    const antwoord = await zetVoorstelOm(voorstelId, keuze);
    setOmgezet((oud) => new Set([...oud, ...keuze]));
    setGekozen(new Set());
    onOmgezet(antwoord);
  });
  return (
    <form noValidate onSubmit={submit} className="wb-vv-form" id={form.idFor('regels')} tabIndex={-1}>
      <ErrorSummary form={form} />
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          onClick={() => setGekozen(new Set(open.map((r) => r.index)))}
        >
          {t('vv.regels.alles')}
        </Button>
        <Button appearance="subtle-button" onClick={() => setGekozen(new Set())}>
          {t('vv.regels.niets')}
        </Button>
      </ButtonGroup>
      {groepen.map((g) => (
        <DossierGroep key={g.dossier.id} groep={g} gekozen={gekozen} omgezet={omgezet} onKies={kies} />
      ))}
      <div className="wb-vv-omzetten">
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('vv.omzetten')}
        </Button>
        <span className="wb-muted" aria-live="polite">
          {t('vv.regels.gekozen', { aantal: keuze.length, totaal: open.length })}
        </span>
      </div>
    </form>
  );
}
