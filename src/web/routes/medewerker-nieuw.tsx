import { Paragraph } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { MedewerkerNieuwForm } from '../components/medewerker/MedewerkerNieuwForm';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/i18n';

export function MedewerkerNieuwPage() {
  const t = useT();
  const navigate = useNavigate();
  const notify = useNotify();
  return (
    <>
      <p className="wb-back">
        <AppLink to="/medewerkers">
          <span aria-hidden="true">‹ </span>
          {t('medewerkers.terug')}
        </AppLink>
      </p>
      <PageHeading title={t('medewerkerNieuw.titel')} />
      <Paragraph>{t('medewerkerNieuw.intro')}</Paragraph>
      <div className="wb-card">
        <MedewerkerNieuwForm
          onCancel={() => navigate('/medewerkers')}
          onSaved={(medewerker) => {
            const path = `/medewerkers/${medewerker.id}`;
            notify(t('medewerkerNieuw.aangemaakt', { naam: medewerker.naam }), { path });
            navigate(path);
          }}
        />
      </div>
    </>
  );
}
