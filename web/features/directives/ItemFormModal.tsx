// Adding a numbered item (point) to a directive: its number in the document, an optional heading
// ("Đối với Trung tâm Văn hóa…") and its text. Its tasks are added to it afterwards.
import { Alert, Button, Group, Modal, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import { checkRequired } from './api';

const FIELDS = ['ordinal', 'title', 'body', 'tasks'] as const;

export function ItemFormModal({ directiveId, nextOrdinal, onClose }: { directiveId: number; nextOrdinal: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [ordinal, setOrdinal] = useState<number | string>(nextOrdinal);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const errors = useFormErrors(FIELDS);
  const { save, submit } = useSaveForm({
    isEdit: false,
    invalidate: ['directives'],
    errors,
    onClose,
    save: async () => {
      checkRequired([['body', !body.trim(), 'directives.form.need.itemBody']]);
      // The answer is the whole directive; the message names the item as typed.
      const saved = await typedApi.post('/directives/{id}/items', {
        ordinal: ordinal === '' ? undefined : Number(ordinal), title: title.trim() || null, body: body.trim(), tasks: [],
      }, { path: { id: directiveId } });
      return { ...saved, name: `${ordinal}. ${title.trim() || body.trim().slice(0, 60)}` };
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('directives.form.itemTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Group align="flex-start" wrap="wrap">
            <NumberInput label={t('directives.form.ordinal')} value={ordinal} onChange={setOrdinal} min={1} max={200} allowDecimal={false} w={110}
              error={errors.field('ordinal')} />
            <TextInput label={t('directives.form.itemHeading')} placeholder={t('directives.form.itemHeadingHint')} value={title}
              onChange={(e) => setTitle(e.currentTarget.value)} error={errors.field('title')} style={{ flex: '1 1 220px' }} />
          </Group>
          <Textarea label={t('directives.form.itemBody')} required autosize minRows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)}
            error={errors.field('body')} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('directives.form.addItem')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
