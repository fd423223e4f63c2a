import { useNavigate } from 'react-router';
import { useMag } from '../access/sessie';
import { listOrOverleggen, listOrVerzoeken, type OrOverleg } from '../api/or-dossier';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { OverlegForm } from '../components/or/OverlegForm';
import { VerzoekForm } from '../components/or/VerzoekForm';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { useT } from '../i18n/i18n';

/** The OR-dossier: every request to the OR with its status and the next date that matters, and the meetings. */
export function OrDossierPage() {
  const t = useT();
  const mag = useMag();
  const navigate = useNavigate();
  const res = useResource('or-verzoeken', () => listOrVerzoeken());
  const overleggen = useResource('or-overleggen', () => listOrOverleggen());
  return (
    <>
      <PageHeading title={t('or.titel')} />
      <p>{t('or.uitleg')}</p>
      <Section title={t('or.verzoeken')}>
        {res.error ? (
          <LoadError error={res.error} onRetry={res.reload} />
        ) : !res.data ? (
          <Loading />
        ) : res.data.resultaten.length === 0 ? (
          <p>{t('or.geen')}</p>
        ) : (
          <Tabel caption={t('or.verzoeken')} testId="or-verzoeken">
            <thead>
              <tr>
                <th scope="col">{t('or.kolom.onderwerp')}</th>
                <th scope="col">{t('or.kolom.soort')}</th>
                <th scope="col">{t('or.kolom.status')}</th>
                <th scope="col">{t('or.kolom.volgende')}</th>
              </tr>
            </thead>
            <tbody>
              {res.data.resultaten.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <AppLink to={`/or-dossier/${v.id}`}>{v.onderwerp}</AppLink>
                  </th>
                  <td>{t(`or.soort.${v.soort}`)}</td>
                  <td>{t(`or.status.${v.status}`)}</td>
                  <td>
                    {v.volgendeDatum && (
                      <>
                        <DateText value={v.volgendeDatum.datum} /> ({t(`or.wat.${v.volgendeDatum.wat}`)})
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        )}
      </Section>
      {res.data?.mag.aanmaken && mag('POST /or-verzoeken') && (
        <Section title={t('or.nieuw')}>
          <VerzoekForm onOpgeslagen={(id) => navigate(`/or-dossier/${id}`)} />
        </Section>
      )}
      <Section title={t('or.overleggen')}>
        {overleggen.error ? (
          <LoadError error={overleggen.error} onRetry={overleggen.reload} />
        ) : !overleggen.data ? (
          <Loading />
        ) : overleggen.data.resultaten.length === 0 ? (
          <p>{t('or.geenOverleggen')}</p>
        ) : (
          overleggen.data.resultaten.map((o) => <Overleg key={o.id} overleg={o} />)
        )}
      </Section>
      {overleggen.data?.resultaten !== undefined && mag('POST /or-overleggen') && (
        <Section title={t('or.overleg.nieuw')}>
          <OverlegForm onOpgeslagen={(o) => navigate(`/or-dossier/overleg/${o.id}`)} />
        </Section>
      )}
    </>
  );
}

function Overleg({ overleg: o }: { overleg: OrOverleg }) {
  const t = useT();
  return (
    <article>
      <h3>
        <DateText value={o.datum} />: {o.titel}
      </h3>
      <p>
        <AppLink to={`/or-dossier/overleg/${o.id}`}>
          {t('or.overleg.openen')}
          <span className="wb-visually-hidden">: {o.titel}</span>
        </AppLink>
      </p>
      <h4>{t('or.agenda')}</h4>
      <ol>
        {o.agenda.map((p) => (
          <li key={p.id}>
            {p.verzoek ? <AppLink to={`/or-dossier/${p.verzoek.id}`}>{p.titel}</AppLink> : p.titel}
          </li>
        ))}
      </ol>
      {o.notulen && (
        <>
          <h4>{t('or.notulen')}</h4>
          <p className="wb-pre-line">{o.notulen}</p>
        </>
      )}
      {o.acties.length > 0 && (
        <>
          <h4>{t('or.acties')}</h4>
          <ul>
            {o.acties.map((a) => (
              <li key={a.id}>
                {t('or.actie.regel', { omschrijving: a.omschrijving, eigenaar: a.eigenaar })}
                {a.deadline && (
                  <>
                    {' '}
                    ({t('or.actie.deadline')} <DateText value={a.deadline} />)
                  </>
                )}
                {a.afgerondOp
                  ? ` — ${t('or.actie.afgerond')}`
                  : a.verlopen
                    ? ` — ${t('or.actie.regelVerlopen')}`
                    : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
