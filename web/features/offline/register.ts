// Registers the service worker (production builds only; none in development, so `npm run dev`
// always shows the code being edited). A new version takes over at once (autoUpdate), but the page
// is not reloaded under the user's fingers: a notice offers the reload instead.
/// <reference types="vite-plugin-pwa/vanillajs" />
import { notifications } from '@mantine/notifications';
import i18n from '../../i18n';
import { markAppKept, onOfflineReady } from './offline-ready';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Said once, when the app's code (and, signed in, the week) is first on the phone: closing the
  // app before that leaves nothing to open offline.
  onOfflineReady((withWeek) => {
    if (withWeek) notifications.hide('ntm-offline-ready-app');
    notifications.show({
      id: withWeek ? 'ntm-offline-ready-week' : 'ntm-offline-ready-app',
      color: 'teal',
      autoClose: 10_000,
      title: i18n.t('offline.readyTitle'),
      message: i18n.t(withWeek ? 'offline.readyWithWeek' : 'offline.readyApp'),
    });
  });
  void import('virtual:pwa-register').then(({ registerSW }) => {
    registerSW({
      immediate: true,
      onOfflineReady: markAppKept,
      onNeedReload() {
        notifications.show({
          id: 'ntm-update',
          color: 'teal',
          autoClose: false,
          title: i18n.t('offline.updateTitle'),
          message: i18n.t('offline.updateHint'),
          onClick: () => window.location.reload(),
        });
      },
    });
  });
}
