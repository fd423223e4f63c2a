import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import { getOrOverleg, type OrOverleg } from '../api/or-dossier';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { OverlegActies } from '../components/or/OverlegActies';
import { OverlegForm } from '../components/or/OverlegForm';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

/**
 * One overlegvergadering of the directie and the OR: its agenda and minutes (edited by those who
 * hold the meeting, with If-Match) and the actions agreed, each with its owner and date.
 */
export function OrOverlegPage() {
  const { t, formatDate } = useI18n();
  const mag = useMag();
  const { orOverlegId = '' } = useParams();
  const res = useResource(`or-overleg-${orOverlegId}`, () => getOrOverleg(orOverlegId));
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const o = res.data;
  const wijzigen = o.mag.wijzigen && mag('PATCH /or-overleggen/{orOverlegId}');
  const acties = o.mag.wijzigen && mag('POST /or-overleggen/{orOverlegId}/acties');
  return (
    <>
      <p>
        <AppLink to="/or-dossier">{t('or.overleg.terug')}</AppLink>
      </p>
      <PageHeading title={`${formatDate(o.datum)}: ${o.titel}`} />
      <Section title={t('or.overleg.gegevens')}>
        {wijzigen ? (
          // Keyed by version: after a save the form starts from what the server stored.
          <OverlegBewerken key={o.versie} overleg={o} onReload={res.reload} onOpgeslagen={res.setData} />
        ) : (
          <OverlegLezen overleg={o} />
        )}
      </Section>
      <Section title={t('or.acties')}>
        <OverlegActies overleg={o} schrijven={acties} onGewijzigd={res.reload} />
      </Section>
    </>
  );
}

function OverlegBewerken({
  overleg,
  onReload,
  onOpgeslagen,
}: {
  overleg: OrOverleg;
  onReload(): void;
  onOpgeslagen(o: OrOverleg): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  return (
    <OverlegForm
      overleg={overleg}
      onReload={onReload}
      onOpgeslagen={(o) => {
        onOpgeslagen(o);
        // The form starts anew from the stored version (keyed by it): focus goes to the message.
        notify(t('or.overleg.opgeslagen'), { focus: true });
      }}
    />
  );
}

function OverlegLezen({ overleg: o }: { overleg: OrOverleg }) {
  const { t } = useI18n();
  return (
    <>
      <p>
        <DateText value={o.datum} />
      </p>
      <h3>{t('or.agenda')}</h3>
      <ol>
        {o.agenda.map((p) => (
          <li key={p.id}>
            {p.verzoek ? <AppLink to={`/or-dossier/${p.verzoek.id}`}>{p.titel}</AppLink> : p.titel}
          </li>
        ))}
      </ol>
      <h3>{t('or.notulen')}</h3>
      {o.notulen ? (
        <p className="wb-pre-line">{o.notulen}</p>
      ) : (
        <Paragraph>{t('or.overleg.geenNotulen')}</Paragraph>
      )}
    </>
  );
}
