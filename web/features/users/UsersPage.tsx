// Users (admin): search, create, edit role and organisation, disable/enable, reset password.
import { ActionIcon, Badge, Button, Group, Menu, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconDots, IconKey, IconLock, IconLockOpen, IconPencil, IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { errorText } from '../../lib/errors';
import type { User } from '../../lib/types';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { SearchInput } from '../../ui/SearchInput';
import { patchUser, useUsers } from './api';
import { ResetPasswordModal, UserFormModal } from './UserFormModal';

type Dialog = { kind: 'new' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const onSearch = useCallback((v: string) => setQ(v), []);
  const users = useUsers(q);
  const [dialog, setDialog] = useState<Dialog>(null);
  const writable = can('users.write');

  const toggle = useMutation({
    mutationFn: (user: User) => patchUser(user, { disabled: !user.disabled }),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: ['users'] });
      notifications.show({ color: 'teal', message: t(saved.disabled ? 'users.disabledNamed' : 'users.enabledNamed', { name: saved.username }) });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')}
        actions={writable && <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>{t('users.add')}</Button>} />
      <Group mb="sm"><SearchInput label={t('users.search')} onSearch={onSearch} /></Group>
      <Paper withBorder>
        <QueryState query={users} isEmpty={(d) => d.items.length === 0} empty={<Empty title={q ? t('common.noMatch', { q }) : t('users.empty')} />}>
          {(data) => (
            <DataTable label={t('users.title')} rows={data.items} rowKey={(u) => u.id} minWidth={720} highlightOnHover
              rowProps={(u) => ({ c: u.disabled ? 'dimmed' : undefined })} columns={[
                { key: 'name', header: t('users.displayName'), cell: (u) => u.displayName, td: () => ({ fw: 500 }) },
                { key: 'username', header: t('users.username'), cell: (u) => <Text size="sm" ff="monospace">{u.username}</Text> },
                { key: 'role', header: t('users.role'), cell: (u) => t(`roles.${u.role}`) },
                { key: 'org', header: t('users.organisation'), cell: (u) => u.agency?.name ?? u.unit?.name ?? '—' },
                { key: 'status', header: t('users.status'), cell: (u) => (
                  <Badge variant="light" color={u.disabled ? 'red' : 'teal'} miw="max-content">{t(u.disabled ? 'users.disabled' : 'users.active')}</Badge>
                ) },
                writable && { key: 'actions', width: 50, cell: (u) => (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" aria-label={t('users.actionsFor', { name: u.username })}><IconDots size={16} /></ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setDialog({ kind: 'edit', user: u })}>{t('common.edit')}</Menu.Item>
                      <Menu.Item leftSection={<IconKey size={14} />} onClick={() => setDialog({ kind: 'reset', user: u })}>{t('users.reset')}</Menu.Item>
                      <Menu.Item color={u.disabled ? 'teal' : 'red'} leftSection={u.disabled ? <IconLockOpen size={14} /> : <IconLock size={14} />}
                        onClick={() => toggle.mutate(u)}>
                        {t(u.disabled ? 'users.enable' : 'users.disable')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                ) },
              ]} />
          )}
        </QueryState>
      </Paper>
      {dialog?.kind === 'new' && <UserFormModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserFormModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
