import {
  Paragraph,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Fragment } from 'react';
import { useSearchParams } from 'react-router';
import { useMag } from '../access/sessie';
import {
  getFormatieVerloop,
  getOrganisatieFormatie,
  getOrganisatieLoonsom,
  type OrganisatieFormatie,
  type OrganisatieLoonsom,
  organisatieFormatieDownload,
  organisatieLoonsomDownload,
} from '../api/formatie';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { ExportLinks } from '../components/ExportLinks';
import { euro, isIsoDatum, vandaagIso } from '../components/formatie/bedrag';
import { FormatieVerloopTabel } from '../components/formatie/FormatieVerloop';
import { LoonsomGrafiek } from '../components/formatie/LoonsomGrafiek';
import { LoonsomJaren, Ruimte } from '../components/formatie/LoonsomJaren';
import { PeildatumKiezer } from '../components/formatie/Peildatum';
import { KeyFigures } from '../components/KeyFigures';
import { PageHeading } from '../components/PageHeading';
import { PaginaMetInhoud } from '../components/PaginaInhoud';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../components/formatie/formatie.css';

/** The formatie per team with the organisation's total as the table's foot. */
function FormatiePerTeam({ f, magTeam }: { f: OrganisatieFormatie; magTeam: boolean }) {
  const { t, formatFte } = useI18n();
  const cijfers = (c: OrganisatieFormatie['totaal']) => (
    <>
      <TableCell className="wb-num">{formatFte(c.formatieFte)}</TableCell>
      <TableCell className="wb-num">{formatFte(c.bezettingFte)}</TableCell>
      <TableCell className="wb-num">{formatFte(c.vacatureFte)}</TableCell>
      <TableCell className="wb-num">{formatFte(c.boventalligFte)}</TableCell>
    </>
  );
  return (
    <Tabel caption={t('fm.org.caption', { datum: f.peildatum })} testId="formatie-per-team">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('fm.kolom.formatie')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('fm.kolom.bezetting')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('fm.kolom.vacature')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('fm.kolom.boventallig')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {f.teams.map((team) => (
          <TableRow key={team.teamId}>
            <TableHeaderCell scope="row">
              {magTeam ? (
                <AppLink to={`/teams/${team.teamId}/formatie?peildatum=${f.peildatum}`}>{team.naam}</AppLink>
              ) : (
                team.naam
              )}
            </TableHeaderCell>
            {cijfers(team)}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHeaderCell scope="row">{t('fm.totaalOrganisatie')}</TableHeaderCell>
          {cijfers(f.totaal)}
        </TableRow>
      </TableFooter>
    </Tabel>
  );
}

/** The loonsom per team × year, each with its headroom or overrun against the team's budget. */
function LoonsomPerTeam({ l }: { l: OrganisatieLoonsom }) {
  const i18n = useI18n();
  const { t } = i18n;
  const jaren = l.jaren.map((j) => j.jaar);
  return (
    <Tabel caption={t('ls.org.perTeam.caption')} testId="loonsom-per-team">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col" rowSpan={2}>
            {t('kolom.team')}
          </TableHeaderCell>
          {jaren.map((jaar) => (
            <TableHeaderCell key={jaar} scope="colgroup" colSpan={2}>
              {jaar}
            </TableHeaderCell>
          ))}
        </TableRow>
        <TableRow>
          {jaren.map((jaar) => (
            <Fragment key={jaar}>
              <TableHeaderCell scope="col" numericColumn>
                {t('ls.kolom.loonsomJaar', { jaar })}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t('ls.kolom.ruimteJaar', { jaar })}</TableHeaderCell>
            </Fragment>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {l.teams.map((team) => (
          <TableRow key={team.teamId}>
            <TableHeaderCell scope="row">{team.naam}</TableHeaderCell>
            {team.jaren.map((j) => (
              <Fragment key={j.jaar}>
                <TableCell className="wb-num">{euro(i18n, j.totaal)}</TableCell>
                <TableCell>
                  <Ruimte ruimte={j.ruimte} />
                </TableCell>
              </Fragment>
            ))}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHeaderCell scope="row">{t('fm.totaalOrganisatie')}</TableHeaderCell>
          {l.jaren.map((j) => (
            <Fragment key={j.jaar}>
              <TableCell className="wb-num">{euro(i18n, j.totaal)}</TableCell>
              <TableCell>
                <Ruimte ruimte={j.ruimte} />
              </TableCell>
            </Fragment>
          ))}
        </TableRow>
      </TableFooter>
    </Tabel>
  );
}

/** The organisation's formatie per team on a date, and its loonsom over four years against budget. */
export function OrganisatieFormatiePage() {
  const i18n = useI18n();
  const { t, formatFte } = i18n;
  const mag = useMag();
  const [params, setParams] = useSearchParams();
  const gevraagd = params.get('peildatum');
  const peildatum = isIsoDatum(gevraagd) ? gevraagd : vandaagIso();
  const jaar = Number(peildatum.slice(0, 4));
  const formatie = useResource(`orgformatie:${peildatum}`, () => getOrganisatieFormatie(peildatum));
  const verloop = useResource('orgformatie:verloop', () => getFormatieVerloop());
  const magLoonsom = mag('GET /organisatie/loonsom');
  const loonsom = useResource(magLoonsom ? `orgloonsom:${jaar}` : null, () => getOrganisatieLoonsom(jaar));
  const f = formatie.data;
  const l = loonsom.data;
  const overschreden =
    l?.teams.filter((team) => team.jaren.some((j) => j.ruimte !== null && j.ruimte < 0)) ?? [];

  return (
    <>
      <PageHeading title={t('fm.org.titel')} />
      <Paragraph>{t('fm.org.intro')}</Paragraph>
      {/* One menu item for formatie and middelen: the pages around it are linked from here. */}
      <p className="wb-capaciteit-links">
        {mag('GET /begrotingsprogrammas') && <AppLink to="/begroting">{t('nav.begroting')}</AppLink>}
        {mag('GET /organisatie/behoefte') && (
          <AppLink to="/organisatie/behoefte">{t('nav.behoefte')}</AppLink>
        )}
        {mag('GET /salaristabellen') && <AppLink to="/organisatie/salaristabellen">{t('sal.titel')}</AppLink>}
        {mag('GET /scenarios') && <AppLink to="/organisatie/scenarios">{t('sc.titel')}</AppLink>}
      </p>
      <div className="wb-cap-keuzes">
        <PeildatumKiezer
          value={peildatum}
          onChange={(datum) => setParams({ peildatum: datum }, { replace: true })}
        />
      </div>
      <PaginaMetInhoud>
        <Section title={t('fm.org.formatie')} anchorId="org-formatie">
          {formatie.error && <LoadError error={formatie.error} onRetry={formatie.reload} />}
          {!f && !formatie.error && <Loading />}
          {f && (
            <>
              <Paragraph>
                {t('fm.opPeildatum')} <DateText value={f.peildatum} />.
              </Paragraph>
              <KeyFigures
                figures={[
                  { label: t('fm.kc.formatie'), value: formatFte(f.totaal.formatieFte) },
                  { label: t('fm.kc.bezetting'), value: formatFte(f.totaal.bezettingFte) },
                  { label: t('fm.kc.vacatureFte.label'), value: formatFte(f.totaal.vacatureFte) },
                  { label: t('fm.kc.boventallig'), value: formatFte(f.totaal.boventalligFte) },
                ]}
              />
              {f.teams.length > 0 ? (
                <>
                  <FormatiePerTeam f={f} magTeam={mag('GET /teams/{teamId}/formatie')} />
                  <ExportLinks href={(formaat) => organisatieFormatieDownload(peildatum, formaat)} />
                </>
              ) : (
                <Paragraph>{t('fm.org.alleenTotaal')}</Paragraph>
              )}
            </>
          )}
        </Section>
        <Section title={t('fm.verloop.titel')} anchorId="org-formatie-verloop">
          <Paragraph>{t('fm.verloop.intro')}</Paragraph>
          {verloop.error && <LoadError error={verloop.error} onRetry={verloop.reload} />}
          {!verloop.data && !verloop.error && <Loading />}
          {verloop.data && <FormatieVerloopTabel v={verloop.data} />}
        </Section>
        {magLoonsom && (
          <Section title={t('ls.org.titel', { van: jaar, tot: jaar + 3 })} anchorId="org-loonsom">
            {loonsom.error && <LoadError error={loonsom.error} onRetry={loonsom.reload} />}
            {!l && !loonsom.error && <Loading />}
            {l && (
              <>
                <Paragraph>{t('ls.uitleg')}</Paragraph>
                {l.maandenZonderTabel > 0 && (
                  <Paragraph className="wb-fm-let-op">
                    {t('ls.zonderTabel', { maanden: l.maandenZonderTabel })}
                  </Paragraph>
                )}
                {overschreden.length > 0 && (
                  <Paragraph data-testid="loonsom-overschreden">
                    {t('ls.org.overschreden', {
                      aantal: overschreden.length,
                      teams: overschreden.map((team) => team.naam).join(', '),
                    })}
                  </Paragraph>
                )}
                <LoonsomGrafiek jaren={l.jaren} tabelId="org-loonsom-tabel" />
                <div id="org-loonsom-tabel" tabIndex={-1}>
                  <LoonsomJaren jaren={l.jaren} caption={t('ls.org.caption')} />
                </div>
                {l.teams.length > 0 && (
                  <>
                    <LoonsomPerTeam l={l} />
                    <ExportLinks href={(formaat) => organisatieLoonsomDownload(jaar, formaat)} />
                  </>
                )}
              </>
            )}
          </Section>
        )}
      </PaginaMetInhoud>
    </>
  );
}
