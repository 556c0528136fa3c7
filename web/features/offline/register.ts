// Registers the service worker (production builds only; none in development, so `npm run dev`
// always shows the code being edited). A new version takes over at once (autoUpdate), but the page
// is not reloaded under the user's fingers: a notice offers the reload instead.
/// <reference types="vite-plugin-pwa/vanillajs" />
import { notifications } from '@mantine/notifications';
import i18n from '../../i18n';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    registerSW({
      immediate: true,
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
