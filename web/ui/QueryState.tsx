// Loading, error and empty states shared by every page, so each list says the same thing the same way.
import { Alert, Button, Center, EmptyState, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label ?? t('common.loading')}</Text>
      </Group>
    </Center>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('common.loadFailed')}>
      <Text size="sm">{errorText(error, t)}</Text>
      {onRetry && <Button mt="sm" size="xs" variant="light" color="red" onClick={onRetry}>{t('common.retry')}</Button>}
    </Alert>
  );
}

export function Empty({ title, description, action }: { title?: string; description?: ReactNode; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <EmptyState py="xl" icon={<IconInbox size={28} />} withIndicatorBackground title={title ?? t('common.empty')} description={description}>
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}

/** Loading / error / empty / content for one query. */
export function QueryState<T>({ query, isEmpty, empty, children }: {
  query: { data: T | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.error || query.data === undefined) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <Empty />}</>;
  return <>{children(query.data)}</>;
}
