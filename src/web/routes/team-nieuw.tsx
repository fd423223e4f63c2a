import { Paragraph } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';
import { TeamForm } from '../components/team/TeamForm';
import { useT } from '../i18n/i18n';

export function TeamNieuwPage() {
  const t = useT();
  const navigate = useNavigate();
  const notify = useNotify();
  return (
    <>
      <p className="wb-back">
        <AppLink to="/teams">
          <span aria-hidden="true">‹ </span>
          {t('teams.terug')}
        </AppLink>
      </p>
      <PageHeading title={t('teamNieuw.titel')} />
      <Paragraph>{t('teamNieuw.intro')}</Paragraph>
      <div className="wb-card">
        <TeamForm
          onCancel={() => navigate('/teams')}
          onSaved={(team) => {
            const path = `/teams/${team.id}`;
            notify(t('teamNieuw.aangemaakt', { naam: team.naam }), { path });
            navigate(path);
          }}
        />
      </div>
    </>
  );
}
