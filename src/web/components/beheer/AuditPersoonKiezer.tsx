import { Button, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { getMedewerker, listMedewerkers } from '../../api/client';
import { getAccount, listAccounts } from '../../api/toegang';
import { useT } from '../../i18n/i18n';
import { toProblemError, useResource } from '../useResource';

interface Kandidaat {
  id: string;
  naam: string;
  omschrijving: string;
}

/**
 * The audit log's person filter. The server's `persoonId` is a medewerker or an account: a
 * medewerker's id also finds what their account did, so a person with a medewerker is chosen by
 * that id and an account without one (a beheerder, a test account) by its own. Searching asks both
 * lists; the id stays in the URL and the name is looked up from it, so a shared link shows the name.
 */
export function AuditPersoonKiezer({
  id,
  label,
  waarde,
  onKies,
}: {
  id: string;
  label: string;
  /** The id in the URL, or ''. */
  waarde: string;
  onKies(persoonId: string | null): void;
}) {
  const t = useT();
  const [zoek, setZoek] = useState('');
  const [kandidaten, setKandidaten] = useState<Kandidaat[] | null>(null);
  const [status, setStatus] = useState('');
  const [bezig, setBezig] = useState(false);
  const zoekRef = useRef<HTMLInputElement>(null);
  const uitlegId = `${id}-uitleg`;

  const naam = useResource(waarde ? `audit-persoon:${waarde}` : null, () =>
    getMedewerker(waarde)
      .then((m) => m.naam)
      .catch(() => getAccount(waarde).then((a) => a.naam)),
  );

  const zoeken = async () => {
    const term = zoek.trim();
    if (!term) return;
    setBezig(true);
    try {
      const [medewerkers, accounts] = await Promise.all([
        listMedewerkers({ zoek: term, paginaGrootte: 10, sorteer: 'achternaam' }),
        listAccounts({ zoek: term, paginaGrootte: 10 }),
      ]);
      const lijst: Kandidaat[] = medewerkers.resultaten.map((m) => ({
        id: m.id,
        naam: m.naam,
        omschrijving: [m.functie, m.team?.naam].filter(Boolean).join(', '),
      }));
      for (const a of accounts.resultaten) {
        const persoonId = a.medewerkerId ?? a.id;
        if (!lijst.some((k) => k.id === persoonId))
          lijst.push({
            id: persoonId,
            naam: a.naam,
            omschrijving: t('audit.persoon.account', { eMail: a.eMail }),
          });
      }
      setKandidaten(lijst);
      setStatus(t('audit.persoon.aantal', { aantal: lijst.length }));
    } catch (error) {
      setKandidaten([]);
      setStatus(toProblemError(error).detail ?? toProblemError(error).title);
    } finally {
      setBezig(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches here; it must not submit the surrounding filter form.
    if (event.key === 'Enter') {
      event.preventDefault();
      zoeken();
    }
  };

  if (waarde)
    return (
      <div className="wb-filter__field wb-kiezer__gekozen">
        <span id={`${id}-label`} className="wb-kiezer__label">
          {label}:
        </span>{' '}
        <strong id={id} data-persoon-id={waarde}>
          {naam.data ?? (naam.error ? t('audit.persoon.onbekend') : '…')}
        </strong>{' '}
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            onKies(null);
            setTimeout(() => zoekRef.current?.focus());
          }}
        >
          {t('audit.persoon.wis')}
          <span className="wb-visually-hidden"> {naam.data ?? ''}</span>
        </Button>
      </div>
    );

  return (
    <div className="wb-filter__field wb-kiezer">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <FormFieldDescription id={uitlegId}>{t('audit.persoon.uitleg')}</FormFieldDescription>
      <div className="wb-kiezer__zoek">
        <Textbox
          id={id}
          ref={zoekRef}
          type="search"
          value={zoek}
          aria-describedby={uitlegId}
          onChange={(event) => setZoek(event.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
        <Button type="button" appearance="secondary-action-button" onClick={zoeken} busy={bezig}>
          {t('audit.persoon.zoek')}
        </Button>
      </div>
      <p className="wb-result-count" role="status">
        {status}
      </p>
      {kandidaten && kandidaten.length > 0 && (
        <ul className="wb-kiezer__lijst">
          {kandidaten.map((k) => (
            <li key={k.id} className="wb-kiezer__item">
              <span>
                <strong>{k.naam}</strong>
                <span className="wb-muted"> {k.omschrijving}</span>
              </span>
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => {
                  setKandidaten(null);
                  setStatus('');
                  setZoek('');
                  onKies(k.id);
                }}
              >
                {t('kiezer.kies')}
                <span className="wb-visually-hidden"> {k.naam}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
