// Add a unit under a parent, or edit one: name, level, official code. Server field errors show
// under the matching input.
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/errors';
import { UNIT_LEVELS, type Unit, type UnitLevel } from '../../lib/types';
import { childLevel, saveUnit } from './api';

const FIELDS = ['name', 'level', 'code', 'parentId'] as const;

export type UnitEditTarget = { mode: 'add'; parent: Unit | null } | { mode: 'edit'; unit: Unit };

export function UnitFormModal({ target, onClose }: { target: UnitEditTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const editing = target.mode === 'edit' ? target.unit : undefined;
  const parentPath = target.mode === 'add' ? target.parent?.path : target.unit.path.slice(0, -1);
  const [name, setName] = useState(editing?.name ?? '');
  const [level, setLevel] = useState<UnitLevel>(editing?.level ?? childLevel(target.mode === 'add' ? target.parent : null));
  const [code, setCode] = useState(editing?.code ?? '');
  const errors = useFormErrors(FIELDS);

  const save = useMutation({
    mutationFn: () => saveUnit({
      parentId: target.mode === 'add' ? (target.parent?.id ?? null) : target.unit.parentId,
      level, name: name.trim(), code: code.trim() || null,
    }, editing),
    onSuccess: (unit) => {
      void client.invalidateQueries({ queryKey: ['units'] });
      notifications.show({ color: 'teal', message: t(editing ? 'common.savedNamed' : 'common.createdNamed', { name: unit.name }) });
      onClose();
    },
    onError: errors.setError,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }

  return (
    <Modal opened onClose={onClose} title={t(editing ? 'units.editTitle' : 'units.addTitle')} size="md">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">{t('units.parent')}: {parentPath?.length ? parentPath.join(' › ') : t('units.topLevel')}</Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <TextInput label={t('units.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus error={errors.field('name')} />
          <Select label={t('units.level')} value={level} onChange={(v) => v && setLevel(v as UnitLevel)} allowDeselect={false}
            data={UNIT_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))} error={errors.field('level') ?? errors.field('parentId')} />
          <TextInput label={t('units.code')} description={t('units.codeHint')} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.field('code')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
