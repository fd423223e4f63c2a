import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createRouter } from './app/router';
import { I18nProvider } from './i18n/i18n';
import '@utrecht/component-library-css/dist/index.css';
import './theme/theme.css';
import './theme/app.css';
import './theme/toegang.css';
import './theme/wendbaar.css';
import './theme/inzet.css';
// Last: the print rules override the screen rules above (issue 17, item 8).
import './theme/print.css';

const container = document.getElementById('root');
if (!container) throw new Error('Element #root ontbreekt in index.html');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider router={createRouter()} />
    </I18nProvider>
  </StrictMode>,
);
