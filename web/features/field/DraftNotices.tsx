// The lines a field form shows about what the phone holds for it: a draft restored when the form
// opened (with "Bỏ bản nháp"), and a save waiting in the outbox or refused by the server with its
// reason (with "Bỏ" to drop it on purpose).
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { findingInWords } from '../workdays/field-words';
import type { OutboxItem } from './db';

/** The server's reason in words: its headline, then each field named as the form labels it (never the field's code). */
export function RefusalText({ item }: { item: OutboxItem }) {
  const { t, i18n } = useTranslation();
  const r = item.refusal;
  if (!r) return null;
  const en = i18n.language === 'en';
  const text = r.fields.length
    ? [t(`errors.${r.code}`, { defaultValue: (en ? r.en : r.vi) || r.code }), ...r.fields.map((f) => findingInWords(f, t, i18n.language))].join(' — ')
    : (en ? r.en : r.vi) || r.code;
  return <Text size="sm" data-testid="refusal-reason">{text}</Text>;
}

export function RestoredDraftNotice({ at, onDiscard }: { at: number; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" mb="sm" p="xs" data-testid="draft-restored">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('field.draftRestored', { at: formatDateTime(new Date(at).toISOString()) })}</Text>
        <Button size="compact-xs" variant="subtle" color="red" onClick={onDiscard}>{t('field.discardDraft')}</Button>
      </Group>
    </Alert>
  );
}

/** "Bản nháp đã lưu … lúc HH:mm" under a form's save button, once something was typed. */
export function DraftSavedLine({ at }: { at: number | null }) {
  const { t } = useTranslation();
  if (!at) return null;
  return <Text size="xs" c="dimmed" ta="center" data-testid="draft-saved">{t('field.draftSaved', { at: formatDateTime(new Date(at).toISOString()) })}</Text>;
}

/** A save already queued on the phone: waiting to be sent, or refused with the server's reason. */
export function QueuedNotice({ item, onDiscard, refusedHint, withReason = true }: {
  item: OutboxItem; onDiscard: () => void; refusedHint?: string;
  /** False where the form already shows the reason on its inputs and above its button. */
  withReason?: boolean;
}) {
  const { t } = useTranslation();
  const discardButton = (
    <Button size="xs" variant="subtle" color="red" mt={4} onClick={() => {
      if (window.confirm(t('field.discardConfirm'))) onDiscard();
    }}>{t('field.discard')}</Button>
  );
  return item.state === 'refused' ? (
    <Alert color="red" title={t('field.refusedTitle')} data-testid="queued-refused">
      {withReason && <RefusalText item={item} />}
      <Text size="xs" mt={4}>{refusedHint ?? t('field.refusedHint')}</Text>
      {discardButton}
    </Alert>
  ) : (
    <Alert color="orange" title={t('field.queuedTitle')} data-testid="queued-notice">
      <Text size="sm">{t('field.queuedHint')}</Text>
    </Alert>
  );
}
