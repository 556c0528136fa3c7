// The confirmations of a plan's moves: publish (a reason when items are red), close, cancel the
// day (reason, the day the groups move to), remove an entry (a reason once published), and the
// commune naming an entry's supervisor. Each shows "reload" when the plan changed meanwhile.
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { planWrites, usePlanDays, useRefreshPlans, type Plan, type PlanEntry } from './api';
import { FormError } from './shared';

interface BaseProps { plan: Plan; onClose: () => void; onReload: () => Promise<unknown> | void }

/** A modal with an optional or required reason and one confirming button. */
function ReasonModal({ title, text, reasonLabel, reasonRequired, showReason, confirm, colour, run, done, onClose, onReload, children }: {
  title: string; text?: ReactNode; reasonLabel: string; reasonRequired: boolean; showReason: boolean; confirm: string; colour?: string;
  run: (reason: string) => Promise<unknown>; done: (result: unknown) => void; onClose: () => void; onReload: () => Promise<unknown> | void; children?: ReactNode;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshPlans();
  const [reason, setReason] = useState('');
  const errors = useFormErrors(['reason', 'toDay']);
  const m = useMutation({
    mutationFn: () => run(reason.trim()),
    onSuccess: (r) => { refresh(); done(r); onClose(); },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    m.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit}>
        <Stack>
          <FormError error={errors.error} text={errors.general} onReload={onReload} onReloaded={errors.clear} />
          {text}
          {showReason && (
            <Textarea label={reasonLabel} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required={reasonRequired}
              autosize minRows={2} data-autofocus error={errors.field('reason')} />
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={colour} loading={m.isPending}>{confirm}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function PublishModal({ plan, onClose, onReload }: BaseProps) {
  const { t } = useTranslation();
  const red = plan.totals.redItems;
  return (
    <ReasonModal title={t('plans.publishTitle', { day: formatDate(plan.day) })} reasonLabel={t('plans.publishReason')} reasonRequired={red > 0} showReason={red > 0}
      text={<>
        <Text size="sm">{t('plans.publishText')}</Text>
        {red > 0 && <Alert color="orange" variant="light">{t('plans.publishRed', { n: red })}</Alert>}
      </>}
      confirm={t('plans.publish')} run={(reason) => planWrites.publish(plan, reason || undefined)}
      done={() => notifications.show({ color: 'teal', message: t('plans.published', { day: formatDate(plan.day) }) })}
      onClose={onClose} onReload={onReload} />
  );
}

export function CloseModal({ plan, onClose, onReload }: BaseProps) {
  const { t } = useTranslation();
  return (
    <ReasonModal title={t('plans.closeTitle', { day: formatDate(plan.day) })} text={<Text size="sm">{t('plans.closeText')}</Text>}
      reasonLabel="" reasonRequired={false} showReason={false} confirm={t('plans.close')} run={() => planWrites.close(plan)}
      done={() => notifications.show({ color: 'teal', message: t('plans.closed', { day: formatDate(plan.day) }) })} onClose={onClose} onReload={onReload} />
  );
}

export function CancelDayModal({ plan, onClose, onReload }: BaseProps) {
  const { t, i18n } = useTranslation();
  const days = usePlanDays(plan.campaignId);
  const [toDay, setToDay] = useState<string | null>(null);
  const later = (days.data?.items ?? []).filter((d) => d.day > plan.day && d.plan?.status !== 'closed' && d.plan?.status !== 'cancelled');
  return (
    <ReasonModal title={t('plans.cancelTitle', { day: formatDate(plan.day) })} text={<Text size="sm">{t('plans.cancelText')}</Text>}
      reasonLabel={t('plans.cancelReason')} reasonRequired showReason confirm={t('plans.cancelDay')} colour="red"
      run={(reason) => planWrites.cancel(plan, reason, toDay ?? undefined)}
      done={(r) => {
        const res = r as Awaited<ReturnType<typeof planWrites.cancel>>;
        const skipped = res.skipped.map((s) => t('plans.skipped', { group: s.groupName, why: i18n.language === 'en' ? s.en : s.vi }));
        notifications.show({ color: 'teal', message: [t('plans.cancelled', { day: formatDate(plan.day), n: res.moved.length, to: formatDate(res.target.day) }), ...skipped].join('\n') });
      }}
      onClose={onClose} onReload={onReload}>
      <Select label={t('plans.cancelTo')} description={t('plans.cancelToHint')} value={toDay} onChange={setToDay} clearable
        data={later.map((d) => ({ value: d.day, label: formatDate(d.day) }))} comboboxProps={{ withinPortal: true }} />
    </ReasonModal>
  );
}

export function RemoveEntryModal({ plan, entry, onClose, onReload }: BaseProps & { entry: PlanEntry }) {
  const { t } = useTranslation();
  const published = plan.status === 'published';
  return (
    <ReasonModal title={t('plans.removeEntryTitle', { group: entry.group.name })}
      text={<Text size="sm">{t('plans.removeEntryText', { group: entry.group.name, commune: entry.commune.name, day: formatDate(plan.day) })}</Text>}
      reasonLabel={t('plans.reason')} reasonRequired={published} showReason={published} confirm={t('plans.removeEntry')} colour="red"
      run={(reason) => planWrites.removeEntry(plan, entry.id, reason || undefined)}
      done={() => notifications.show({ color: 'teal', message: t('plans.removed', { group: entry.group.name }) })} onClose={onClose} onReload={onReload} />
  );
}

export function SupervisorModal({ plan, entry, onClose }: { plan: Plan; entry: PlanEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshPlans();
  const [name, setName] = useState(entry.supervisor?.name ?? '');
  const [phone, setPhone] = useState(entry.supervisor?.phone ?? '');
  const errors = useFormErrors(['name', 'phone']);
  const m = useMutation({
    mutationFn: () => planWrites.supervisor(plan, entry.id, name.trim() || null, phone.trim() || null),
    onSuccess: () => {
      refresh();
      notifications.show({ color: 'teal', message: t('plans.supervisorSaved', { group: entry.group.name }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    m.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t('plans.supervisorTitle', { group: entry.group.name, commune: entry.commune.name })}>
      <form onSubmit={submit}>
        <Stack>
          <FormError error={errors.error} text={errors.general} />
          <TextInput label={t('plans.supervisorName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus error={errors.field('name')} />
          <TextInput label={t('plans.supervisorPhone')} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} inputMode="tel" error={errors.field('phone')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={m.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
