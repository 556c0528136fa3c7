// What a page shows instead of crashing: when its code is not on the phone and there is no signal
// (a page never opened before, outside the precache), a plain Vietnamese/English explanation; for
// any other fault, "could not open this page" with a reload. Used around the lazy pages inside the
// layout (PageErrorBoundary) and as the router's errorElement (RouteError).
import { Button, Center, EmptyState, Group } from '@mantine/core';
import { IconAlertTriangle, IconCloudOff } from '@tabler/icons-react';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** A page's code (or its stylesheet) could not be downloaded: Chromium, Firefox and Safari word it differently. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error ?? '');
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload|Failed to fetch/i.test(message);
}

export function PageFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const notOnPhone = isChunkLoadError(error);
  return (
    <EmptyState py="xl" data-testid={notOnPhone ? 'page-not-on-phone' : 'page-failed'} withIndicatorBackground
      icon={notOnPhone ? <IconCloudOff size={28} /> : <IconAlertTriangle size={28} />}
      title={t(notOnPhone ? 'offline.notOnPhoneTitle' : 'offline.pageFailedTitle')}
      description={t(notOnPhone ? 'offline.notOnPhoneHint' : 'offline.pageFailedHint')}>
      <EmptyState.Actions>
        <Group gap="xs" justify="center">
          <Button variant="light" onClick={() => window.location.reload()}>{t('offline.reload')}</Button>
          {/* a full load, not the router: the failed page's state is left behind */}
          <Button variant="subtle" component="a" href="/">{t('nav.home')}</Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}

interface BoundaryProps { children: ReactNode; resetKey: string }

/** Around the pages in the layout, so a failed page leaves the header and menu usable; cleared on navigation. */
export class PageErrorBoundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? <PageFailed error={this.state.error} /> : this.props.children;
  }
}

/** The router's errorElement: pages outside the layout (sign-in, the public page) and faults of the layout itself. */
export function RouteError() {
  const error = useRouteError();
  return <Center mih="100vh" p="md"><PageFailed error={error} /></Center>;
}
