// Change own password (from the user menu). The server ends the user's other sessions.
import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../domain/limits';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { PageHeader } from '../../ui/PageHeader';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const errors = useFormErrors(FIELDS);

  const save = useMutation({
    mutationFn: () => typedApi.post('/auth/change-password', { currentPassword, newPassword }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('password.changed') });
      setCurrent(''); setNew(''); setRepeat('');
    },
    onError: errors.setError,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const differs = newPassword !== repeat;
    setMismatch(differs);
    if (!differs) save.mutate();
  }

  return (
    <>
      <PageHeader title={t('password.title')} description={t('password.description', { min: PASSWORD_MIN })} />
      <Paper component="form" onSubmit={submit} withBorder p="md" maw={460}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <PasswordInput label={t('password.current')} value={currentPassword} onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password" required error={errors.field('currentPassword')} />
          <PasswordInput label={t('password.new')} value={newPassword} onChange={(e) => setNew(e.currentTarget.value)}
            autoComplete="new-password" required minLength={PASSWORD_MIN} error={errors.field('newPassword')} />
          <PasswordInput label={t('password.repeat')} value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)}
            autoComplete="new-password" required error={mismatch ? t('password.mismatch') : undefined} />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>{t('common.save')}</Button>
        </Stack>
      </Paper>
    </>
  );
}
