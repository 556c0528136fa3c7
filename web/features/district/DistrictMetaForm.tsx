// The district report's own text: the document's number, state or Party header, issuer, signer and
// recipients, plus the office's highlights and narrative. Whoever holds district_reports.write
// edits and saves it (PUT, audited); everyone else reads it.
import { Alert, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/errors';
import { districtKey, saveDistrictMeta, type DistrictReport, type MetaInput } from './api';

const FIELDS = ['number', 'header', 'issuerParent', 'issuer', 'signerTitle', 'signerName', 'highlights', 'narrative', 'recipients'] as const;

const toForm = (m: DistrictReport['meta']) => ({
  number: m.number ?? '', header: m.header, issuerParent: m.issuerParent, issuer: m.issuer, signerTitle: m.signerTitle, signerName: m.signerName,
  highlights: m.highlights ?? '', narrative: m.narrative ?? '', recipients: m.recipients.join('\n'),
});
type Form = ReturnType<typeof toForm>;
const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** Read-only: the document's heading facts and the office's text. */
export function DistrictMetaView({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  const m = r.meta;
  return (
    <Paper withBorder p="md" data-testid="district-meta">
      <Stack gap="xs">
        <Title order={3} fz={18}>{t('district.meta.title')}</Title>
        <Text size="sm"><b>{t('district.meta.number')}:</b> {m.number ?? t('district.meta.noNumber')}</Text>
        <Text size="sm"><b>{t('district.meta.header')}:</b> {t(`district.meta.headers.${m.header}`)} — {m.issuerParent} / {m.issuer}</Text>
        <Text size="sm"><b>{t('district.meta.signer')}:</b> {[m.signerTitle, m.signerName].filter(Boolean).join(' — ') || '—'}</Text>
        <Text size="sm"><b>{t('district.meta.recipients')}:</b> {m.recipients.join('; ')}</Text>
        <Text size="sm" fw={600} mt="xs">{t('district.meta.highlights')}</Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{m.highlights || '—'}</Text>
        <Text size="sm" fw={600}>{t('district.meta.narrative')}</Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{m.narrative || '—'}</Text>
      </Stack>
    </Paper>
  );
}

export function DistrictMetaForm({ r, campaignId }: { r: DistrictReport; campaignId: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errors = useFormErrors(FIELDS);
  const [form, setForm] = useState<Form>(() => toForm(r.meta));
  const set = <K extends keyof Form>(k: K) => (v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const input = (k: keyof Form) => ({ value: form[k], onChange: (e: { currentTarget: { value: string } }) => set(k)(e.currentTarget.value as never), error: errors.field(k) });

  const save = useMutation({
    mutationFn: () => {
      const body: MetaInput = {
        kind: r.period.kind, start: r.period.start,
        number: orNull(form.number), header: form.header, issuerParent: form.issuerParent.trim(), issuer: form.issuer.trim(),
        signerTitle: form.signerTitle.trim(), signerName: form.signerName.trim(), highlights: orNull(form.highlights), narrative: orNull(form.narrative),
        recipients: form.recipients.split('\n').map((x) => x.trim()).filter(Boolean),
      };
      return saveDistrictMeta(campaignId, body);
    },
    onSuccess: (saved) => {
      client.setQueryData(districtKey(campaignId, saved.period.kind, saved.period.start), saved);
      void client.invalidateQueries({ queryKey: ['district-report', campaignId] });
      notifications.show({ color: 'teal', message: t('district.meta.saved') });
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="district-meta-form" aria-label={t('district.meta.title')}>
      <Stack gap="sm">
        <Title order={3} fz={18}>{t('district.meta.title')}</Title>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('district.meta.number')} placeholder="15/BC-VPĐP" {...input('number')} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('district.meta.header')}</Text>
            <SegmentedControl value={form.header} onChange={(v) => set('header')(v as Form['header'])} aria-label={t('district.meta.header')}
              data={[{ value: 'state', label: t('district.meta.headers.state') }, { value: 'party', label: t('district.meta.headers.party') }]} />
          </Stack>
          <TextInput label={t('district.meta.issuerParent')} {...input('issuerParent')} />
          <TextInput label={t('district.meta.issuer')} {...input('issuer')} />
          <TextInput label={t('district.meta.signerTitle')} {...input('signerTitle')} />
          <TextInput label={t('district.meta.signerName')} {...input('signerName')} />
        </SimpleGrid>
        <Textarea label={t('district.meta.recipients')} description={t('district.meta.recipientsHint')} autosize minRows={3} {...input('recipients')} />
        <Textarea label={t('district.meta.highlights')} autosize minRows={2} {...input('highlights')} />
        <Textarea label={t('district.meta.narrative')} autosize minRows={3} {...input('narrative')} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>{t('district.meta.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
