// Create a user (sign-in name, full name, e-mail, first password, role, organisation) or edit one
// (full name, e-mail, role, organisation).
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../domain/limits';
import { ROLES } from '../../../domain/roles';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import type { Role, User } from '../../lib/types';
import { patchUser, saveUserEdit } from './api';
import { kindForRole, organisationInput, organisationOf, OrganisationPicker, type Organisation } from './OrganisationPicker';

const FIELDS = ['username', 'displayName', 'email', 'password', 'role', 'agencyId', 'unitId'] as const;

export function UserFormModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'agency');
  const [org, setOrg] = useState<Organisation>(() => (user ? organisationOf(user.agency?.id, user.unit?.id) : { kind: 'agency', id: null }));
  const errors = useFormErrors(FIELDS);

  const { save, submit } = useSaveForm({
    save: () => {
      const common = { displayName: displayName.trim(), email: email.trim() || null, role, ...organisationInput(org) };
      return user ? saveUserEdit(user, common) : typedApi.post('/users', { ...common, username: username.trim(), password });
    },
    isEdit: !!user, invalidate: ['users'], errors, onClose, nameOf: (saved) => saved.username,
  });

  return (
    <Modal opened onClose={onClose} title={user ? t('users.editTitle', { name: user.username }) : t('users.addTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          {!user && (
            <TextInput label={t('users.username')} description={t('users.usernameHint')} value={username} onChange={(e) => setUsername(e.currentTarget.value)}
              required autoCapitalize="none" autoComplete="off" data-autofocus error={errors.field('username')} />
          )}
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('users.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} required miw={180} error={errors.field('displayName')} />
            <TextInput label={t('users.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} miw={180} error={errors.field('email')} />
          </Group>
          {!user && (
            <PasswordInput label={t('users.password')} description={t('users.passwordHint', { min: PASSWORD_MIN })} value={password}
              onChange={(e) => setPassword(e.currentTarget.value)} required autoComplete="new-password" error={errors.field('password')} />
          )}
          <Select label={t('users.role')} value={role} allowDeselect={false} error={errors.field('role')}
            onChange={(v) => { if (v) { setRole(v as Role); setOrg((o) => kindForRole(v as Role, o)); } }}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} comboboxProps={{ withinPortal: true }} />
          <OrganisationPicker role={role} value={org} onChange={setOrg} agencyError={errors.field('agencyId')} unitError={errors.field('unitId')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const errors = useFormErrors(['password']);
  const save = useMutation({
    mutationFn: () => patchUser(user, { password }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['users'] });
      notifications.show({ color: 'teal', message: t('users.passwordReset', { name: user.username }) });
      onClose();
    },
    onError: errors.setError,
  });
  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.username })}>
      <form onSubmit={(e) => { e.preventDefault(); errors.clear(); save.mutate(); }}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <PasswordInput label={t('password.new')} description={t('users.passwordHint', { min: PASSWORD_MIN })} value={password}
            onChange={(e) => setPassword(e.currentTarget.value)} required autoComplete="new-password" data-autofocus error={errors.field('password')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('users.reset')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
