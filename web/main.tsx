// Entry of the web app: styles, translations, then the React tree.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Field mode: the app opens with no signal after one visit. Registered once the page has loaded,
// so the first screen's downloads come first on a slow link.
const register = () => void import('./features/offline/register').then((m) => m.registerServiceWorker(), () => undefined);
if (document.readyState === 'complete') register();
else window.addEventListener('load', register, { once: true });
