import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { RouteSleutel } from '../access/routes';
import { useMag } from '../access/sessie';
import { getMedewerker } from '../api/client';
import type { MedewerkerDetail } from '../api/types';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { Disclosure } from '../components/Disclosure';
import {
  ContractForm,
  LidmaatschapEindeForm,
  MedewerkerEditForm,
  TeamwisselForm,
  UitDienstForm,
} from '../components/medewerker/ActionForms';
import { Anonimiseren } from '../components/medewerker/Anonimiseren';
import { MedewerkerExpertises } from '../components/medewerker/Expertises';
import { ContractHistorie, TeamHistorie } from '../components/medewerker/Historie';
import { MedewerkerGegevens } from '../components/medewerker/MedewerkerGegevens';
import { todayIso } from '../components/numbers';
import { PageHeading } from '../components/PageHeading';
import { PaginaMetInhoud } from '../components/PaginaInhoud';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { NotFoundContent } from './not-found';

type Action = 'contract' | 'team' | 'lidmaatschapEinde' | 'uitDienst' | 'gegevens';

const ACTIONS: { id: Action; label: MessageKey; Form: typeof ContractForm; route: RouteSleutel }[] = [
  {
    id: 'contract',
    label: 'medewerker.actie.contract',
    Form: ContractForm,
    route: 'POST /medewerkers/{medewerkerId}/contracturen',
  },
  {
    id: 'team',
    label: 'medewerker.actie.team',
    Form: TeamwisselForm,
    route: 'POST /medewerkers/{medewerkerId}/teamlidmaatschappen',
  },
  {
    id: 'lidmaatschapEinde',
    label: 'medewerker.actie.lidmaatschapEinde',
    Form: LidmaatschapEindeForm,
    route: 'PATCH /medewerkers/{medewerkerId}/teamlidmaatschappen/{lidmaatschapId}',
  },
  {
    id: 'gegevens',
    label: 'medewerker.actie.gegevens',
    Form: MedewerkerEditForm,
    route: 'PATCH /medewerkers/{medewerkerId}',
  },
  {
    id: 'uitDienst',
    label: 'medewerker.actie.uitDienst',
    Form: UitDienstForm,
    route: 'PATCH /medewerkers/{medewerkerId}',
  },
];

function StatusLine({ medewerker }: { medewerker: MedewerkerDetail }) {
  const { t } = useI18n();
  if (!medewerker.uitDienst) return <Badge tone="active">{t('status.inDienst')}</Badge>;
  const past = medewerker.uitDienst < todayIso();
  return (
    <Badge tone={past ? 'inactive' : 'warning'}>
      {past ? t('status.uitDienstSinds') : t('status.uitDienstPer')} <DateText value={medewerker.uitDienst} />
    </Badge>
  );
}

export function MedewerkerPage() {
  const { medewerkerId = '' } = useParams();
  return <MedewerkerPageContent key={medewerkerId} medewerkerId={medewerkerId} />;
}

function MedewerkerPageContent({ medewerkerId }: { medewerkerId: string }) {
  const { t } = useI18n();
  const notify = useNotify();
  const resource = useResource(`medewerker:${medewerkerId}`, () => getMedewerker(medewerkerId));
  const [open, setOpen] = useState<Action | null>(null);
  const mag = useMag();
  const acties = ACTIONS.filter((a) => mag(a.route));

  if (resource.error?.isNotFound) return <NotFoundContent />;
  const m = resource.data;
  // The form closes (focus goes back to its button): the message shows in the actions panel, beside it.
  const done = (message: string) => {
    setOpen(null);
    resource.reload();
    notify(message, { bij: 'medewerker-acties' });
  };

  return (
    <>
      <PageHeading
        title={m?.naam ?? t('medewerker.titel')}
        preHeading={m ? `${t('medewerker.titel')} · ${m.functie}` : undefined}
      />
      {resource.error && <LoadError error={resource.error} onRetry={resource.reload} />}
      {!m && !resource.error && <Loading />}
      {m && (
        <PaginaMetInhoud>
          {m.zicht === 'volledig' && (
            <p className="wb-status-line">
              <StatusLine medewerker={m} />
            </p>
          )}
          <div className={acties.length > 0 ? 'wb-detail-grid' : undefined}>
            <Section title={t('medewerker.gegevens')} anchorId="medewerker-gegevens">
              <MedewerkerGegevens medewerker={m} />
            </Section>
            {acties.length > 0 && (
              <Section
                title={t('medewerker.acties')}
                className="wb-actions-panel"
                anchorId="medewerker-acties"
              >
                {acties.map(({ id, label, Form }) => (
                  <Disclosure
                    key={id}
                    label={t(label)}
                    open={open === id}
                    onToggle={(on) => setOpen(on ? id : null)}
                  >
                    <Form
                      key={m.versie}
                      medewerker={m}
                      onDone={done}
                      onCancel={() => setOpen(null)}
                      onReload={resource.reload}
                    />
                  </Disclosure>
                ))}
              </Section>
            )}
          </div>
          {m.zicht === 'volledig' && mag('GET /medewerkers/{medewerkerId}/ontwikkelplannen') && (
            <Paragraph>
              <AppLink to={`/medewerkers/${m.id}/ontwikkeling`}>{t('ow.naarPlan')}</AppLink>
            </Paragraph>
          )}
          {m.zicht === 'volledig' && mag('GET /medewerkers/{medewerkerId}/gesprekken') && (
            <Paragraph>
              <AppLink to={`/medewerkers/${m.id}/gesprekken`}>{t('gesprek.link')}</AppLink>:{' '}
              {t('gesprek.linkUitleg')}
            </Paragraph>
          )}
          <Section title={t('medewerker.teamhistorie')} anchorId="medewerker-teamhistorie">
            <TeamHistorie historie={m.teamhistorie} />
          </Section>
          {m.zicht === 'basis' ? (
            <Paragraph className="wb-zicht-melding wb-muted">{t('medewerker.zicht.basis')}</Paragraph>
          ) : (
            <>
              <Section title={t('medewerker.contracthistorie')} anchorId="medewerker-contracthistorie">
                <ContractHistorie historie={m.contracthistorie} />
              </Section>
              <Section title={t('medewerker.expertises')} anchorId="medewerker-expertises">
                <MedewerkerExpertises
                  medewerker={m}
                  wijzigbaar={m.zicht === 'volledig' && mag('POST /medewerkers/{medewerkerId}/expertises')}
                  onReload={resource.reload}
                  onChanged={(message) => {
                    resource.reload();
                    notify(message, { bij: 'medewerker-expertises' });
                  }}
                />
              </Section>
            </>
          )}
          {mag('POST /medewerkers/{medewerkerId}/anonimiseringen') && (
            <Section title={t('anonimiseren.knop')} anchorId="medewerker-anonimiseren">
              <Anonimiseren medewerkerId={m.id} naam={m.naam} onDone={resource.reload} />
            </Section>
          )}
        </PaginaMetInhoud>
      )}
    </>
  );
}
