import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import { dienOrVerzoekIn, getOrVerzoek, zieAfVanOpschorting } from '../api/or-dossier';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { Disclosure } from '../components/Disclosure';
import { BesluitForm } from '../components/or/BesluitForm';
import { Documenten } from '../components/or/Documenten';
import { ReactieForm } from '../components/or/ReactieForm';
import { Termijnen } from '../components/or/Termijnen';
import { VervangendeToestemmingForm } from '../components/or/VervangendeToestemmingForm';
import { VerzoekForm } from '../components/or/VerzoekForm';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { toProblemError, useResource } from '../components/useResource';
import { useT } from '../i18n/i18n';

/**
 * One request to the OR: its content and documents, the OR's response, the decision and its dates.
 * A step's button goes once it is taken: its message, at the top by the dates, takes focus.
 */
export function OrVerzoekPage() {
  const t = useT();
  const mag = useMag();
  const notify = useNotify();
  const { orVerzoekId = '' } = useParams();
  const res = useResource(`or-verzoek-${orVerzoekId}`, () => getOrVerzoek(orVerzoekId));
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [wijzigen, setWijzigen] = useState(false);
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const v = res.data;
  const actie = async (doe: () => Promise<unknown>, melding: string) => {
    setBezig(true);
    setFout(null);
    try {
      await doe();
      notify(melding, { focus: true });
      res.reload();
    } catch (e) {
      const p = toProblemError(e);
      setFout([p.detail ?? p.title, ...p.invalidParams.map((x) => x.reason)].join(' '));
    } finally {
      setBezig(false);
    }
  };
  return (
    <>
      <p>
        <AppLink to="/or-dossier">{t('or.terug')}</AppLink>
      </p>
      <PageHeading title={v.onderwerp} />
      <p>
        {t(`or.soort.${v.soort}`)} · {t(`or.status.${v.status}`)}
      </p>
      <Termijnen verzoek={v} />
      {fout && (
        <p role="alert" className="wb-inline-error">
          {fout}
        </p>
      )}
      <Section title={t('or.inhoud')}>
        <dl>
          <dt>{t('or.veld.aanleiding')}</dt>
          <Tekst waarde={v.aanleiding} />
          <dt>{t('or.veld.voorgenomenBesluit')}</dt>
          <Tekst waarde={v.voorgenomenBesluit} />
          <dt>{t('or.veld.personeleGevolgen')}</dt>
          <Tekst waarde={v.personeleGevolgen} />
          {v.reactieGevraagdVoor && (
            <>
              <dt>{t('or.veld.reactieGevraagdVoor')}</dt>
              <dd>
                <DateText value={v.reactieGevraagdVoor} />
              </dd>
            </>
          )}
          {v.orGeinformeerdOp && (
            <>
              <dt>{t('or.orGeinformeerdOp')}</dt>
              <dd>
                <DateText value={v.orGeinformeerdOp} />
              </dd>
            </>
          )}
        </dl>
        {v.mag.wijzigen && mag('PATCH /or-verzoeken/{orVerzoekId}') && (
          <Disclosure label={t('or.wijzigen')} open={wijzigen} onToggle={setWijzigen}>
            <VerzoekForm
              key={v.versie}
              verzoek={v}
              onReload={res.reload}
              onCancel={() => setWijzigen(false)}
              onOpgeslagen={() => {
                setWijzigen(false);
                notify(t('or.wijzigingOpgeslagen'));
                res.reload();
              }}
            />
          </Disclosure>
        )}
        {/* Not while the concept is being edited: it would put the stored text to the OR. */}
        {!wijzigen && v.mag.indienen && mag('POST /or-verzoeken/{orVerzoekId}/indieningen') && (
          <Button
            busy={bezig}
            onClick={() => actie(() => dienOrVerzoekIn(v.id, v.versie, {}), t('or.ingediend'))}
          >
            {t('or.indienen')}
          </Button>
        )}
      </Section>
      <Section title={t('or.documenten')}>
        <Documenten verzoek={v} onGewijzigd={res.reload} />
      </Section>
      {(v.reactie || v.mag.reageren) && (
        <Section title={t('or.reactie')}>
          {v.reactie ? (
            <>
              <p>
                <strong>{t(`or.reactie.${v.reactie.uitkomst}`)}</strong> (<DateText value={v.reactie.datum} />
                )
              </p>
              <p className="wb-pre-line">{v.reactie.tekst}</p>
            </>
          ) : (
            mag('POST /or-verzoeken/{orVerzoekId}/reacties') && (
              <ReactieForm verzoek={v} onGewijzigd={res.reload} />
            )
          )}
        </Section>
      )}
      {(v.besluit || v.mag.besluiten) && (
        <Section title={t('or.besluit')}>
          {v.besluit ? (
            <>
              <p>
                <DateText value={v.besluit.datum} />
              </p>
              <p className="wb-pre-line">{v.besluit.tekst}</p>
              {v.mag.afstandVanOpschorting &&
                mag('POST /or-verzoeken/{orVerzoekId}/afstand-van-opschorting') && (
                  <Button
                    busy={bezig}
                    onClick={() =>
                      actie(() => zieAfVanOpschorting(v.id, v.versie), t('or.afstandVastgelegd'))
                    }
                  >
                    {t('or.afstand')}
                  </Button>
                )}
            </>
          ) : (
            mag('POST /or-verzoeken/{orVerzoekId}/besluiten') && (
              <BesluitForm verzoek={v} onGewijzigd={res.reload} />
            )
          )}
        </Section>
      )}
      {v.mag.vervangendeToestemming && mag('POST /or-verzoeken/{orVerzoekId}/vervangende-toestemmingen') && (
        <Section title={t('or.vervangend')}>
          <VervangendeToestemmingForm verzoek={v} onGewijzigd={res.reload} />
        </Section>
      )}
    </>
  );
}

/** A text of the verzoek; an empty one (a concept's, say) is said rather than left blank. */
function Tekst({ waarde }: { waarde: string | null }) {
  const t = useT();
  return waarde ? (
    <dd className="wb-pre-line">{waarde}</dd>
  ) : (
    <dd>
      <em>{t('or.nietIngevuld')}</em>
    </dd>
  );
}
