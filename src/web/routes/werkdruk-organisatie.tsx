import { Paragraph } from '@utrecht/component-library-react';
import { useMag } from '../access/sessie';
import { werkdrukDownload } from '../api/export';
import { getOrganisatieWerkdruk, type WerkdrukNiveau } from '../api/werkdruk';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { MaandBereik } from '../components/mensen/MaandBereik';
import { WerkdrukDrempelsForm } from '../components/mensen/WerkdrukDrempelsForm';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useQueryState } from '../components/useQueryState';
import { useResource } from '../components/useResource';
import { WerkdrukCel } from '../components/werkdruk/WerkdrukCel';
import { useI18n } from '../i18n/i18n';
import '../components/werkdruk/werkdruk.css';

const NIVEAUS: WerkdrukNiveau[] = ['rood', 'oranje', 'groen', 'onbekend'];

/** '2026-03' → 'mrt. 2026' in the reader's language. */
export function maandLabel(locale: string, maand: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${maand}-01T00:00:00Z`),
  );
}

/**
 * The werkdruk heatmap (issue 14, item 6): teams × the twelve months up to this one, each cell a
 * colour, a symbol and a word, and a link to the team's parts. A teamleider sees her own teams and
 * the organisation as counts per colour.
 */
export function WerkdrukOrganisatiePage() {
  const { t, locale } = useI18n();
  const mag = useMag();
  // The months shown, in the address (?van=2026-01&tot=2026-12); empty: the twelve up to this one.
  const query = useQueryState();
  const van = query.get('van');
  const tot = query.get('tot');
  const w = useResource(`werkdruk:organisatie:${van}:${tot}`, () =>
    getOrganisatieWerkdruk(van || undefined, tot || undefined),
  );
  const d = w.data;
  return (
    <>
      <PageHeading title={t('wd.titel')} />
      <Paragraph>{t('wd.intro')}</Paragraph>
      {d && !d.alleTeams && <Paragraph>{t('wd.eigenTeams')}</Paragraph>}
      <ul className="wb-wd-legenda" aria-label={t('wd.legenda')}>
        {NIVEAUS.map((n) => (
          <li key={n}>
            <WerkdrukCel niveau={n} />
          </li>
        ))}
      </ul>
      <MaandBereik
        key={`${van}:${tot}`}
        van={van}
        tot={tot}
        onKies={(b) => query.update({ van: b.van || null, tot: b.tot || null })}
      />
      {w.error && <LoadError error={w.error} onRetry={w.reload} />}
      {!d && !w.error && <Loading />}
      {d && d.teams.length === 0 && <Paragraph>{t('wd.geenTeams')}</Paragraph>}
      {d && (
        <Tabel caption={t('wd.tabel')} testId="werkdruk-heatmap">
          <thead>
            <tr>
              <th scope="col">{t('wd.team')}</th>
              {d.maanden.map((m) => (
                <th scope="col" key={m} data-maand={m}>
                  {maandLabel(locale, m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.teams.map((team) => (
              <tr key={team.teamId}>
                <th scope="row">{team.naam}</th>
                {team.cellen.map((c) => (
                  <td key={c.maand}>
                    <WerkdrukCel
                      niveau={c.niveau}
                      naar={team.pad}
                      label={t('wd.celLink', {
                        team: team.naam,
                        maand: maandLabel(locale, c.maand),
                        niveau: t(`wd.niveau.${c.niveau}`),
                      })}
                    />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('wd.organisatie')}</th>
              {d.organisatie.map((o) => (
                <td key={o.maand} data-testid="werkdruk-organisatie">
                  {t('wd.organisatieCel', { rood: o.rood, oranje: o.oranje, groen: o.groen })}
                </td>
              ))}
            </tr>
          </tbody>
        </Tabel>
      )}
      {d && d.teams.length > 0 && (
        <ExportLinks
          href={(formaat) => werkdrukDownload({ ...(van ? { van } : {}), ...(tot ? { tot } : {}) }, formaat)}
        />
      )}
      {mag('PATCH /instellingen') && (
        <Section title={t('mensen.drempels')} anchorId="werkdruk-drempels">
          <WerkdrukDrempelsForm onOpgeslagen={w.reload} />
        </Section>
      )}
    </>
  );
}
