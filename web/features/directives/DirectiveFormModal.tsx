// Entering a directive (kết luận, chỉ thị, kế hoạch, thông báo): its heading as printed — type, number,
// date, issuing body, signer, summary — the campaign it directs, and the document file, uploaded to
// the directive through /files once it is saved. Also changes the heading of an existing one
// (If-Match). Its numbered items and their tasks are added on the directive's page.
import { Alert, Button, FileInput, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DIRECTIVE_TYPES } from '../../../domain/directives';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import { useCampaigns } from '../campaigns/api';
import { DateField } from '../fund/DateField';
import { checkRequired, type Directive } from './api';

const FIELDS = ['type', 'number', 'issuedOn', 'issuingBody', 'signerName', 'signerTitle', 'summary', 'campaignId', 'file'] as const;

export function DirectiveFormModal({ directive, onClose }: { directive?: Directive; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const campaigns = useCampaigns();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [v, setV] = useState({
    type: directive?.type ?? 'ket_luan', number: directive?.number ?? '', issuedOn: directive?.issuedOn ?? '',
    issuingBody: directive?.issuingBody ?? t('directives.form.defaultBody'), signerName: directive?.signerName ?? '',
    signerTitle: directive?.signerTitle ?? '', summary: directive?.summary ?? '',
    // undefined until chosen: a new directive directs the current campaign unless told otherwise.
    campaignId: (directive ? (directive.campaignId ?? null) : undefined) as number | null | undefined,
  });
  const campaignId = v.campaignId === undefined ? (campaigns.data?.items[0]?.id ?? null) : v.campaignId;
  const savedId = useRef<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const errors = useFormErrors(FIELDS);
  const { save, submit } = useSaveForm({
    isEdit: !!directive,
    invalidate: ['directives'],
    errors,
    // A new directive opens on its own page, where its items and tasks are added.
    onClose: () => {
      onClose();
      if (!directive && savedId.current) void navigate(`/directives/${savedId.current}`);
    },
    save: async () => {
      checkRequired([
        ['number', !v.number.trim(), 'directives.form.need.number'], ['issuedOn', !v.issuedOn, 'directives.form.need.issuedOn'],
        ['issuingBody', !v.issuingBody.trim(), 'directives.form.need.issuingBody'], ['signerName', !v.signerName.trim(), 'directives.form.need.signerName'],
        ['summary', !v.summary.trim(), 'directives.form.need.summary'],
      ]);
      const body = {
        type: v.type, number: v.number.trim(), issuedOn: v.issuedOn, issuingBody: v.issuingBody.trim(), signerName: v.signerName.trim(),
        signerTitle: v.signerTitle.trim() || null, summary: v.summary.trim(), campaignId,
      };
      const saved = directive
        ? await typedApi.patch('/directives/{id}', body, { path: { id: directive.id }, version: directive.version })
        : await typedApi.post('/directives', { ...body, items: [] });
      if (file) {
        const form = new FormData();
        form.set('entity', 'directive');
        form.set('entityId', String(saved.id));
        form.set('file', file);
        await typedApi.upload('/files', form);
      }
      savedId.current = saved.id;
      return { ...saved, name: `${saved.typeLabel[lang]} ${saved.number}` };
    },
  });
  return (
    <Modal opened onClose={onClose} title={t(directive ? 'directives.form.editTitle' : 'directives.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <Select label={t('directives.form.type')} required allowDeselect={false} value={v.type} onChange={(x) => x && set({ type: x })}
              data={DIRECTIVE_TYPES.map((x) => ({ value: x, label: t(`directives.types.${x}`) }))} error={errors.field('type')} />
            <TextInput label={t('directives.form.number')} placeholder="02-KL/BCĐ" required value={v.number} onChange={(e) => set({ number: e.currentTarget.value })}
              error={errors.field('number')} />
            <DateField label={t('directives.form.issuedOn')} value={v.issuedOn} onChange={(x) => set({ issuedOn: x })} error={errors.field('issuedOn')} />
          </SimpleGrid>
          <TextInput label={t('directives.form.issuingBody')} required value={v.issuingBody} onChange={(e) => set({ issuingBody: e.currentTarget.value })}
            error={errors.field('issuingBody')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('directives.form.signerName')} required value={v.signerName} onChange={(e) => set({ signerName: e.currentTarget.value })}
              error={errors.field('signerName')} />
            <TextInput label={t('directives.form.signerTitle')} placeholder={t('directives.form.signerTitleHint')} value={v.signerTitle}
              onChange={(e) => set({ signerTitle: e.currentTarget.value })} error={errors.field('signerTitle')} />
          </SimpleGrid>
          <Textarea label={t('directives.form.summary')} required autosize minRows={2} value={v.summary} onChange={(e) => set({ summary: e.currentTarget.value })}
            error={errors.field('summary')} />
          <Select label={t('directives.form.campaign')} description={t('directives.form.campaignHint')} clearable value={campaignId === null ? null : String(campaignId)}
            onChange={(x) => set({ campaignId: x ? Number(x) : null })} data={(campaigns.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            error={errors.field('campaignId')} />
          <FileInput label={t('directives.form.document')} description={t('directives.form.documentHint')} value={file} onChange={setFile} clearable
            accept="application/pdf,image/*,.docx" leftSection={<IconFileText size={16} />} error={errors.field('file')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t(directive ? 'common.save' : 'directives.form.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
