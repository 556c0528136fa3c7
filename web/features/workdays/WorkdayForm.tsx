// The workday form, phone first: the group's part (officials per agency) and the commune's part
// (people, pours, supervisor, weather, incidents, materials issued), each shown as an editor only to the side that
// may write it (the API's actions for a saved record, the user's role and organisation for a new
// one), with the totals computed as you type. A new record is a draft on the phone until saved, then
// one queued POST carrying its client id, with its photos and the phone's position
// (new-workday-draft.ts); a saved record's parts are corrected one at a time (If-Match).
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { useMe } from '../../app/auth';
import { ApiError } from '../../lib/api';
import { useFormErrors } from '../../lib/errors';
import { DraftPhotos } from '../field/DraftPhotos';
import { GpsCard } from '../field/GpsCard';
import { DraftSavedLine, QueuedNotice } from '../field/DraftNotices';
import { bilingual, useQueuedForm } from '../field/queued-form';
import { useQueuedPhotos } from '../field/use-outbox';
import { formatDate, formatInteger } from '../../lib/format';
import type { Group as GroupT } from '../../lib/types';
import type { PlanEntry, Workday, WorkdayCreateInput } from './api';
import { AttendanceEditor, AttendanceView } from './AttendanceSection';
import { newClientId } from './client-id';
import { newWorkdayDraftKey, savedPartDraftKey, useNewWorkdaySave, type NewWorkdayDraft, type SavedPartDrafts } from './new-workday-draft';
import { CheckFindings } from './CheckFindings';
import { CommuneEditor, CommuneView } from './CommuneSection';
import { communeInput, communeStateOf, groupInput, groupStateOf, liveTotals, materialsInput, memberOrder, sentPours, type CommuneState, type GroupState } from './form-state';
import { useWorkdayCheck, type CheckResult } from './use-workday-check';

export interface WorkdayPlace { campaignId: number; communeId: number; groupId: number; day: string; planEntryId: number | null }

/** Every field name the server may name in an answer, specific ones first (useFormErrors takes the first match). */
function fieldNames(prefix: string, members: number, pours: number, materials = 0): string[] {
  const out: string[] = [];
  // Materials travel beside the commune's part (top level on create), so they take no prefix.
  for (let i = 0; i < materials; i++) out.push(`materials.${i}.lotId`, `materials.${i}.pointId`, `materials.${i}.quantity`, `materials.${i}`);
  for (let i = 0; i < members; i++) out.push(`${prefix}attendance.${i}`);
  for (let i = 0; i < pours; i++) out.push(`${prefix}pours.${i}.segmentId`, `${prefix}pours.${i}.lengthM`, `${prefix}pours.${i}.volumeM3`, `${prefix}pours.${i}`);
  out.push(...['people', 'supervisorName', 'supervisorPhone', 'weather', 'incidents', 'note', 'labourDays'].map((f) => prefix + f));
  return out;
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      <Title order={2} size="h5" mb={hint ? 2 : 'xs'}>{title}</Title>
      {hint && <Text size="xs" c="dimmed" mb="xs">{hint}</Text>}
      {children}
    </Paper>
  );
}

function Totals({ t: totals, lengthM, volumeM3 }: { t: ReturnType<typeof liveTotals>; lengthM: number; volumeM3: number }) {
  const { t } = useTranslation();
  const cell = (label: string, value: string, testId?: string) => (
    <Stack gap={0} align="center" style={{ flex: '1 1 90px' }}>
      <Text size="xl" fw={700} data-testid={testId}>{value}</Text>
      <Text size="xs" c="dimmed" ta="center">{label}</Text>
    </Stack>
  );
  return (
    <Paper withBorder p="xs" bg="var(--mantine-color-teal-light)" aria-label={t('workdays.totals')} role="region">
      <Group gap="xs" justify="space-around">
        {cell(t('workdays.participants'), formatInteger(totals.participants))}
        {cell(t('workdays.officials'), formatInteger(totals.officials))}
        {cell(t('workdays.people'), formatInteger(totals.people))}
        {cell(t('workdays.labourDaysComputed'), formatQuantity(totals.labourDays, 1), 'labour-days')}
        {cell(t('workdays.metres'), formatQuantity(lengthM, 3))}
        {cell('m³', formatQuantity(volumeM3, 3))}
      </Group>
    </Paper>
  );
}

/** Inputs locked while their save waits in the outbox: it leaves as it was queued. */
function Locked({ when, children }: { when: boolean; children: ReactNode }) {
  return <fieldset disabled={when} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>{children}</fieldset>;
}

/** A saved record's part: its save button, with what the outbox holds for it. */
function SavePart({ form, onSubmit, general, label, testId }: {
  form: ReturnType<typeof useQueuedForm>; onSubmit: (e: FormEvent) => void; general: string | null; label: string; testId: string;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      {form.item && (
        <Stack mt="xs"><QueuedNotice item={form.item} onDiscard={() => void form.discardQueued()} refusedHint={t('field.refusedHintSave')} withReason={false} /></Stack>
      )}
      {general && <Alert mt="xs" color="red" role="alert">{general}</Alert>}
      <Button type="submit" mt="sm" fullWidth disabled={form.waiting} data-testid={testId}>{form.waiting ? t('field.savingQueued') : label}</Button>
      {!form.item && <DraftSavedLine at={form.savedAt} />}
    </form>
  );
}

export function WorkdayForm({ saved, place, entry, group, mayGroup, mayCommune, draft, partDrafts, names }: {
  saved: Workday | null; place: WorkdayPlace; entry: PlanEntry | null; group: GroupT | undefined; mayGroup: boolean; mayCommune: boolean;
  /** A new record's draft restored from the phone. */
  draft?: NewWorkdayDraft | null;
  /** A saved record's corrections restored from the phone, one draft per part. */
  partDrafts?: SavedPartDrafts;
  /** The group's and commune's names, for the outbox's label of a new record. */
  names?: { group: string; commune: string };
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const me = useMe();
  const [groupState, setGroupState] = useState<GroupState>(() => draft?.group ?? partDrafts?.group ?? groupStateOf(saved));
  const [communeState, setCommuneState] = useState<CommuneState>(() => draft?.commune ?? partDrafts?.commune ?? communeStateOf(saved, entry));
  const [clientId] = useState(() => draft?.clientId ?? newClientId());
  const [position, setPosition] = useState(draft?.position ?? null);
  const members = group?.members.length ?? 0;
  const pours = communeState.pours.length;
  const materials = communeState.materials.length;
  const isNew = saved === null;
  const newErr = useFormErrors(useMemo(() => [...fieldNames('group.', members, 0), ...fieldNames('commune.', 0, pours, materials)], [members, pours, materials]));
  const groupErr = useFormErrors(useMemo(() => fieldNames('', members, 0), [members]));
  const communeErr = useFormErrors(useMemo(() => fieldNames('', 0, pours, materials), [pours, materials]));
  const order = group ? memberOrder(group) : [];
  const agencyNames = order.map((id) => group?.members.find((m) => m.id === id)?.name ?? '');
  const setNewError = newErr.setError;
  const draftKey = isNew ? newWorkdayDraftKey(me.user.id, place) : null;
  const labelIn = (lang: 'vi' | 'en', key: string, v: Record<string, string>) => i18n.getFixedT(lang)(key, v);
  const newSave = useNewWorkdaySave({
    draftKey, userId: me.user.id, draft: { group: groupState, commune: communeState, clientId, position },
    labels: (['vi', 'en'] as const).reduce((o, l) => ({ ...o, [l]: labelIn(l, 'field.labels.workdayCreate',
      { group: names?.group ?? '', commune: names?.commune ?? '', day: formatDate(place.day) }) }), { vi: '', en: '' }),
    photoLabel: (phase, name) => (['vi', 'en'] as const).reduce((o, l) => ({ ...o, [l]: labelIn(l, 'field.labels.photo',
      { phase: labelIn(l, `field.labels.phase.${phase}`, {}), name }) }), { vi: '', en: '' }),
    onRefused: useCallback((e: ApiError) => setNewError(e), [setNewError]),
  });
  const queued = newSave.item;
  const queuedPhotoIds = useQueuedPhotos({ parentId: queued?.id ?? null }).map((i) => i.photoId!).filter((id) => id !== null);

  const done = (w: Workday, message: string) => {
    client.setQueryData(['workdays', w.id], w);
    // Issues moved stock out of the commune's points.
    void client.invalidateQueries({ queryKey: ['stock'] });
    void client.invalidateQueries({ queryKey: ['workdays', 'list'] });
    notifications.show({ color: 'teal', message });
  };
  // A day that did not take place (rain…) is recorded as cancelled with its reason, without people.
  const [cancelled, setCancelled] = useState(false);
  const [cancelReason, setCancelReason] = useState('');
  const newBody = (): WorkdayCreateInput => cancelled ? { clientId, ...place, cancelReason: cancelReason.trim() } : {
    clientId, ...place,
    ...(mayGroup ? { group: groupInput(groupState, order) } : {}),
    ...(mayCommune ? { commune: communeInput(communeState), materials: materialsInput(communeState) } : {}),
    ...(position ? { position: { latitude: position.latitude, longitude: position.longitude, accuracyM: position.accuracyM, at: position.at } } : {}),
  };
  // Checked as it is typed, once something is typed (an empty form is not yet a mistake).
  const typed = liveTotals(mayGroup ? groupState : null, mayCommune ? communeState : null, null).participants > 0
    || (mayCommune && (sentPours(communeState).length > 0 || communeState.materials.length > 0));
  const check = useWorkdayCheck('new', 0, isNew && !cancelled && typed && queued === null ? newBody() : null);
  const createRecord = async (e: FormEvent) => {
    e.preventDefault();
    newErr.clear();
    const body = newBody();
    if (!cancelled && !queued) {
      // What saving would answer, asked first: a refusal stays on the form (online; offline the record is queued).
      const answer = await check.checkNow(body);
      if (answer && !answer.ok) {
        newErr.setError(new ApiError(400, answer.error ?? 'UNKNOWN', answer.refusals, '', ''));
        return;
      }
    }
    await newSave.save(body);
  };
  // A saved record's part is corrected through the outbox too: kept as a draft while typed, queued
  // with If-Match when saved, so a group lead's attendance typed with no signal is sent later, once.
  const partLabel = (key: string) => bilingual((l) => labelIn(l, key, { id: String(saved?.id ?? '') }));
  const partWrite = (part: 'group' | 'commune', body: unknown) => ({
    kind: `workday.${part}` as const, method: 'PATCH' as const, path: `/workdays/${saved!.id}/${part}`, body, version: saved!.version,
    resource: `workday:${saved!.id}`, label: partLabel(part === 'group' ? 'field.labels.workdayGroup' : 'field.labels.workdayCommune'),
    href: `/workdays/${saved!.id}`,
  });
  const groupForm = useQueuedForm({
    draftKey: saved && mayGroup ? savedPartDraftKey(me.user.id, saved.id, 'group') : null, userId: me.user.id, value: groupState,
    onAccepted: (_item, answer) => done(answer as Workday, t('workdays.groupSaved')), onRefused: groupErr.setError,
  });
  const communeForm = useQueuedForm({
    draftKey: saved && mayCommune ? savedPartDraftKey(me.user.id, saved.id, 'commune') : null, userId: me.user.id, value: communeState,
    onAccepted: (_item, answer) => done(answer as Workday, t('workdays.communeSaved')), onRefused: communeErr.setError,
  });
  // A correction is checked as it is typed, like a new record: only once it differs from what is saved.
  const groupBody = () => groupInput(groupState, order);
  const communeBody = () => ({ ...communeInput(communeState), materials: materialsInput(communeState) });
  const changed = (now: unknown, was: unknown) => JSON.stringify(now) !== JSON.stringify(was);
  const groupCheck = useWorkdayCheck('group', saved?.id ?? 0,
    saved && mayGroup && !groupForm.item && changed(groupBody(), groupInput(groupStateOf(saved), order)) ? groupBody() : null);
  const communeCheck = useWorkdayCheck('commune', saved?.id ?? 0, saved && mayCommune && !communeForm.item
    && changed(communeBody(), { ...communeInput(communeStateOf(saved, entry)), materials: materialsInput(communeStateOf(saved, entry)) }) ? communeBody() : null);
  /** Asks the check first (online): a refusal stays on the form, named on its fields, and nothing is queued. */
  const refusedFirst = async (checkNow: () => Promise<CheckResult | null>, err: typeof groupErr) => {
    const answer = await checkNow();
    if (answer && !answer.ok) err.setError(new ApiError(400, answer.error ?? 'UNKNOWN', answer.refusals, '', ''));
    return !!answer && !answer.ok;
  };
  const saveGroup = async (e: FormEvent) => {
    e.preventDefault();
    groupErr.clear();
    if (await refusedFirst(() => groupCheck.checkNow(groupBody()), groupErr)) return;
    await groupForm.save([partWrite('group', groupBody())]);
  };
  const saveCommune = async (e: FormEvent) => {
    e.preventDefault();
    communeErr.clear();
    if (await refusedFirst(() => communeCheck.checkNow(communeBody()), communeErr)) return;
    await communeForm.save([partWrite('commune', communeBody())]);
  };

  const totals = liveTotals(mayGroup ? groupState : null, mayCommune ? communeState : null, saved);
  const poured = mayCommune ? communeInput(communeState).pours : saved?.communePart?.pours ?? [];
  const lengthM = mayCommune || saved?.communePart ? poured.reduce((s, p) => s + p.lengthM, 0) : saved?.totals.lengthM ?? 0;
  const volumeM3 = mayCommune || saved?.communePart ? poured.reduce((s, p) => s + p.volumeM3, 0) : saved?.totals.volumeM3 ?? 0;
  const groupError = (name: string) => newErr.field(`group.${name}`) ?? groupErr.field(name);
  const communeError = (name: string) => newErr.field(`commune.${name}`) ?? communeErr.field(name);
  const materialError = (name: string) => newErr.field(name) ?? communeErr.field(name);

  const groupSection = (
    <Section title={t('workdays.groupPart')} hint={t('workdays.groupPartHint')}>
      <Locked when={groupForm.waiting}>
        {mayGroup && group ? <AttendanceEditor group={group} state={groupState} onChange={setGroupState} error={groupError} />
          : saved ? <AttendanceView w={saved} /> : <Text size="sm" c="dimmed">{t('workdays.groupEntersLater')}</Text>}
      </Locked>
      {!isNew && mayGroup && (
        <>
          <Stack gap="xs" mt="xs"><CheckFindings result={groupCheck.result} agencies={agencyNames} /></Stack>
          <SavePart form={groupForm} onSubmit={(e) => void saveGroup(e)} general={groupCheck.result?.ok === false ? null : groupErr.general} label={t('workdays.saveGroup')} testId="save-group" />
        </>
      )}
    </Section>
  );
  const communeSection = (
    <Section title={t('workdays.communePart')} hint={t('workdays.communePartHint')}>
      <Locked when={communeForm.waiting}>
        {mayCommune ? <CommuneEditor state={communeState} onChange={setCommuneState} communeId={place.communeId} error={communeError}
          materialError={materialError} saved={saved} />
          : saved ? <CommuneView w={saved} /> : <Text size="sm" c="dimmed">{t('workdays.communeEntersLater')}</Text>}
      </Locked>
      {!isNew && mayCommune && (
        <>
          <Stack gap="xs" mt="xs"><CheckFindings result={communeCheck.result} agencies={agencyNames} /></Stack>
          <SavePart form={communeForm} onSubmit={(e) => void saveCommune(e)} general={communeCheck.result?.ok === false ? null : communeErr.general} label={t('workdays.saveCommune')} testId="save-commune" />
        </>
      )}
    </Section>
  );
  const waiting = queued?.state === 'waiting';
  return (
    <Stack gap="sm">
      <Totals t={totals} lengthM={lengthM} volumeM3={volumeM3} />
      {queued && <QueuedNotice item={queued} onDiscard={() => void newSave.discardQueued()} />}
      {/* A queued record waits as it was sent: its inputs are locked until it is accepted or refused. */}
      <Locked when={waiting}>
        <Stack gap="sm">
          {/* Each side's own part first. */}
          {isNew && mayCommune && (
            <Paper withBorder p="xs">
              <Checkbox label={t('workdays.cancelledNew')} checked={cancelled} onChange={(e) => setCancelled(e.currentTarget.checked)} />
              {cancelled && (
                <Textarea mt="xs" label={t('workdays.cancelReason')} description={t('workdays.cancelledNewHint')} value={cancelReason} required autosize minRows={2}
                  error={newErr.field('cancelReason')} onChange={(e) => setCancelReason(e.currentTarget.value)} />
              )}
            </Paper>
          )}
          {!cancelled && (mayGroup || !mayCommune ? <>{groupSection}{communeSection}</> : <>{communeSection}{groupSection}</>)}
          {isNew && draftKey && !cancelled && (
            <>
              <GpsCard position={position} onChange={setPosition} disabled={waiting} />
              <Section title={t('field.photosTitle')}>
                <DraftPhotos draftKey={draftKey} position={position} readOnlyIds={queued ? queuedPhotoIds : undefined} />
              </Section>
            </>
          )}
        </Stack>
      </Locked>
      {isNew && (
        <form onSubmit={(e) => void createRecord(e)} noValidate>
          <Stack gap="xs">
            <CheckFindings result={cancelled ? null : check.result} agencies={agencyNames} />
            {/* A refusal found by the check is listed above in words; the general line is for the rest. */}
            {newErr.general && (cancelled || check.result?.ok !== false) && <Alert color="red" role="alert">{newErr.general}</Alert>}
            <Button type="submit" size="md" fullWidth disabled={waiting || queued === undefined} data-testid="record-workday">
              {waiting ? t('field.savingQueued') : t(cancelled ? 'workdays.recordCancelled' : 'workdays.record')}
            </Button>
            {!queued && <DraftSavedLine at={newSave.savedAt} />}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
