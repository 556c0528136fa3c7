// Shown when the signed-in user's permissions do not include the page they opened.
import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <EmptyState py="xl" icon={<IconLock size={28} />} withIndicatorBackground title={t('errors.FORBIDDEN')} description={t('common.forbiddenHint')}>
      <EmptyState.Actions><Button component={Link} to="/" variant="light">{t('nav.home')}</Button></EmptyState.Actions>
    </EmptyState>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState py="xl" title={t('errors.NOT_FOUND')} description={t('common.notFoundHint')}>
      <EmptyState.Actions><Button component={Link} to="/" variant="light">{t('nav.home')}</Button></EmptyState.Actions>
    </EmptyState>
  );
}
