// The inspector's record of a lot: pass or fail, the checks made (name, passed, value), notes (needed
// when it fails) and photos, uploaded to the inspection through /files once it is saved.
import { ActionIcon, Alert, Button, Checkbox, FileInput, Group, Paper, SegmentedControl, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import type { Lot } from './api';

interface Check { name: string; passed: boolean; value: string }

export function InspectionForm({ lot }: { lot: Lot }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errors = useFormErrors(['inspectedOn', 'result', 'checks', 'notes', 'file']);
  const [inspectedOn, setOn] = useState('');
  const [result, setResult] = useState<'pass' | 'fail'>('pass');
  const [checks, setChecks] = useState<Check[]>([{ name: t(lot.material.kind === 'cement' ? 'stock.checkCement' : 'stock.checkClean'), passed: true, value: '' }]);
  const [notes, setNotes] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const setCheck = (i: number, c: Partial<Check>) => setChecks((all) => all.map((x, j) => (j === i ? { ...x, ...c } : x)));

  const save = useMutation({
    mutationFn: async () => {
      const ins = await typedApi.post('/stock/lots/{id}/inspections', {
        inspectedOn, result, notes: notes.trim() || null,
        checks: checks.filter((c) => c.name.trim()).map((c) => ({ name: c.name.trim(), passed: c.passed, value: c.value.trim() || null })),
      }, { path: { id: lot.id } });
      for (const file of photos) {
        const form = new FormData();
        form.set('entity', 'lot_inspection');
        form.set('entityId', String(ins.id));
        form.set('file', file);
        await typedApi.upload('/files', form);
      }
      return ins;
    },
    onSuccess: (ins) => {
      void client.invalidateQueries({ queryKey: ['stock'] });
      notifications.show({ color: ins.result === 'pass' ? 'teal' : 'red', message: t(ins.result === 'pass' ? 'stock.inspectedPass' : 'stock.inspectedFail', { id: lot.id }) });
      setPhotos([]);
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  return (
    <Paper withBorder p="md" id="inspect">
      <Title order={2} fz="lg" mb="sm">{t('stock.inspectTitle')}</Title>
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Group align="flex-end" wrap="wrap">
            <TextInput type="date" label={t('stock.inspectedOn')} value={inspectedOn} onChange={(e) => setOn(e.currentTarget.value)} required error={errors.field('inspectedOn')} />
            <SegmentedControl value={result} onChange={(v) => setResult(v as 'pass' | 'fail')} color={result === 'pass' ? 'teal' : 'red'} aria-label={t('stock.result')}
              data={[{ value: 'pass', label: t('stock.pass') }, { value: 'fail', label: t('stock.fail') }]} />
          </Group>
          <Stack gap={6}>
            {checks.map((c, i) => (
              <Group key={i} gap="xs" wrap="wrap" align="flex-end">
                <TextInput label={i === 0 ? t('stock.checkName') : undefined} aria-label={t('stock.checkName')} value={c.name} onChange={(e) => setCheck(i, { name: e.currentTarget.value })} style={{ flex: '2 1 200px' }} />
                <TextInput label={i === 0 ? t('stock.checkValue') : undefined} aria-label={t('stock.checkValue')} value={c.value} onChange={(e) => setCheck(i, { value: e.currentTarget.value })} style={{ flex: '1 1 120px' }} />
                <Checkbox label={t('stock.checkPassed')} checked={c.passed} onChange={(e) => setCheck(i, { passed: e.currentTarget.checked })} mb={8} />
                <ActionIcon variant="subtle" color="red" aria-label={t('stock.removeCheck')} onClick={() => setChecks((all) => all.filter((_, j) => j !== i))} mb={4}><IconTrash size={16} /></ActionIcon>
              </Group>
            ))}
            <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setChecks((all) => [...all, { name: '', passed: true, value: '' }])} w="fit-content">
              {t('stock.addCheck')}
            </Button>
          </Stack>
          <Textarea label={t('stock.notes')} description={t('stock.notesHint')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2}
            required={result === 'fail'} error={errors.field('notes')} />
          <FileInput label={t('stock.photos')} multiple value={photos} onChange={setPhotos} accept="image/*" leftSection={<IconPhoto size={16} />} clearable error={errors.field('file')} />
          <Group justify="flex-end"><Button type="submit" color={result === 'pass' ? 'teal' : 'red'} loading={save.isPending}>{t('stock.saveInspection')}</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
