// Users (admin): search, create, edit role and organisation, disable/enable, reset password.
import { ActionIcon, Badge, Button, Group, Menu, Paper, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconDots, IconKey, IconLock, IconLockOpen, IconPencil, IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { errorText } from '../../lib/errors';
import type { User } from '../../lib/types';
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
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('users.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('users.displayName')}</Table.Th>
                    <Table.Th>{t('users.username')}</Table.Th>
                    <Table.Th>{t('users.role')}</Table.Th>
                    <Table.Th>{t('users.organisation')}</Table.Th>
                    <Table.Th>{t('users.status')}</Table.Th>
                    {writable && <Table.Th w={50} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((u) => (
                    <Table.Tr key={u.id} c={u.disabled ? 'dimmed' : undefined}>
                      <Table.Td fw={500}>{u.displayName}</Table.Td>
                      <Table.Td><Text size="sm" ff="monospace">{u.username}</Text></Table.Td>
                      <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                      <Table.Td>{u.agency?.name ?? u.unit?.name ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={u.disabled ? 'red' : 'teal'} miw="max-content">{t(u.disabled ? 'users.disabled' : 'users.active')}</Badge>
                      </Table.Td>
                      {writable && (
                        <Table.Td>
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
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>
      {dialog?.kind === 'new' && <UserFormModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserFormModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
