// Who issues the office's documents (state and Party bodies, their symbols, the place and the
// default signers): every document takes its header, "Số …/BC-VPĐP" and signer from here unless
// the document says otherwise.
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi, type Schema } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';

type Issuer = Schema<'DocumentIssuer'>;
const SIDE_FIELDS = ['parent', 'name', 'abbreviation', 'signerAuthority', 'signerTitle', 'signerName'] as const;
const FIELDS = ['place', ...SIDE_FIELDS.flatMap((f) => [`state.${f}`, `party.${f}`])];

export function IssuerForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['document-issuer'], queryFn: () => typedApi.get('/document-issuer') });
  const errors = useFormErrors(FIELDS);
  const [form, setForm] = useState<Issuer | null>(null);
  useEffect(() => { if (query.data && !form) setForm(query.data); }, [query.data, form]);
  const save = useMutation({
    mutationFn: (body: Issuer) => typedApi.put('/document-issuer', { place: body.place, state: body.state, party: body.party }, {}),
    onSuccess: (saved) => {
      client.setQueryData(['document-issuer'], saved);
      void client.invalidateQueries({ queryKey: ['district-report'] });
      notifications.show({ color: 'teal', message: t('district.issuer.saved') });
    },
    onError: errors.setError,
  });
  if (!form) return null;
  const setSide = (side: 'state' | 'party', k: (typeof SIDE_FIELDS)[number], v: string) => setForm({ ...form, [side]: { ...form[side], [k]: v } });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate(form!);
  }
  const side = (s: 'state' | 'party') => (
    <Stack gap="xs" key={s}>
      <Text fw={600} size="sm">{t(`district.meta.headers.${s}`)}</Text>
      {SIDE_FIELDS.map((k) => (k === 'signerTitle'
        ? <Textarea key={k} label={t(`district.issuer.${k}`)} description={t('district.issuer.twoLines')} autosize minRows={1} value={form[s][k]}
            onChange={(e) => setSide(s, k, e.currentTarget.value)} error={errors.field(`${s}.${k}`)} />
        : <TextInput key={k} label={t(`district.issuer.${k}`)} value={form[s][k]} onChange={(e) => setSide(s, k, e.currentTarget.value)} error={errors.field(`${s}.${k}`)} />))}
    </Stack>
  );
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="issuer-form" aria-label={t('district.issuer.title')}>
      <Stack gap="sm">
        <Title order={3} fz={18}>{t('district.issuer.title')}</Title>
        <Text size="sm" c="dimmed">{t('district.issuer.hint')}</Text>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <TextInput label={t('district.issuer.place')} value={form.place} onChange={(e) => setForm({ ...form, place: e.currentTarget.value })} error={errors.field('place')} maw={320} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">{side('state')}{side('party')}</SimpleGrid>
        <Group justify="flex-end"><Button type="submit" loading={save.isPending}>{t('district.issuer.save')}</Button></Group>
      </Stack>
    </Paper>
  );
}
