// One weekly commune report (issue 7): the week's figures from the workday records (read-only),
// the commune's narrative, difficulties, proposals and its rating of each group that worked there;
// save and submit (the commune, while draft or returned); return with a comment, approve, or unlock
// an approved report with a reason (the office). Buttons come from the report's `actions` only.
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../app/auth';
import { useFormErrors } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { NotFound } from '../../ui/Forbidden';
import { Loading, QueryState } from '../../ui/QueryState';
import { DraftSavedLine, QueuedNotice, RestoredDraftNotice } from '../field/DraftNotices';
import { bilingual, useQueuedForm, useRestoredDraft } from '../field/queued-form';
import { STATUS_COLOUR, TIMELINESS_COLOUR, useReport, type Report } from './api';
import { RatingsEditor, ratingsInput, ratingStateOf, type RatingState } from './RatingsEditor';
import { ReportFigures } from './ReportFigures';
import { ReviewActions } from './ReviewActions';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      <Title order={2} size="h5" mb="xs">{title}</Title>
      {children}
    </Paper>
  );
}

function Words({ label, text }: { label: string; text: string | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>{label}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={text ? undefined : 'dimmed'}>{text || t('reports.nothingWritten')}</Text>
    </Stack>
  );
}

/** The commune's words and ratings as typed: kept on the phone as a draft. */
interface ReportDraft { narrative: string; difficulties: string; proposals: string; ratings: Record<number, RatingState> }

const reportDraftKey = (userId: number, reportId: number) => `report:${reportId}:${userId}`;

/**
 * The commune's part: narrative, difficulties, proposals, ratings; save, or save and submit. Typed
 * words are a draft on the phone; the save (and the submit after it) goes through the outbox, so a
 * report written with no signal is sent when the link returns.
 */
function CommuneForm({ r, draft }: { r: Report; draft: ReportDraft | null }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const me = useMe();
  const [narrative, setNarrative] = useState(draft?.narrative ?? r.narrative ?? '');
  const [difficulties, setDifficulties] = useState(draft?.difficulties ?? r.difficulties ?? '');
  const [proposals, setProposals] = useState(draft?.proposals ?? r.proposals ?? '');
  const [ratings, setRatings] = useState<Record<number, RatingState>>(() => draft?.ratings ?? ratingStateOf(r.groupsToRate, r.ratings));
  const errors = useFormErrors(['narrative', 'difficulties', 'proposals', 'ratings']);
  const body = () => ({ narrative: narrative.trim() || null, difficulties: difficulties.trim() || null, proposals: proposals.trim() || null, ratings: ratingsInput(ratings) });
  const submitting = useRef(false);
  const form = useQueuedForm({
    draftKey: reportDraftKey(me.user.id, r.id), userId: me.user.id, value: { narrative, difficulties, proposals, ratings } satisfies ReportDraft,
    onRefused: errors.setError,
    onAccepted: (item, answer) => {
      const saved = answer as Report;
      client.setQueryData(['weekly-reports', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['weekly-reports'] });
      // A save followed by a submit says so once, when the submit is accepted.
      if (item.kind === 'report.submit' || !submitting.current) notifications.show({ color: 'teal', message: t(item.kind === 'report.submit' ? 'reports.submitted' : 'reports.saved') });
    },
  });
  const run = (submit: boolean) => {
    errors.clear();
    submitting.current = submit;
    const week = (l: 'vi' | 'en') => ({ week: l === 'en' ? r.week.en : r.week.vi, commune: r.commune.name });
    const base = { method: 'PATCH' as const, version: r.version, resource: `report:${r.id}`, href: `/weekly-reports/${r.id}` };
    void form.save([
      { ...base, kind: 'report.save', path: `/weekly-reports/${r.id}`, body: body(), label: bilingual((l) => i18n.getFixedT(l)('field.labels.reportSave', week(l))) },
      ...(submit ? [{ ...base, kind: 'report.submit' as const, method: 'POST' as const, version: null, path: `/weekly-reports/${r.id}/submit`, body: { comment: null },
        label: bilingual((l) => i18n.getFixedT(l)('field.labels.reportSubmit', week(l))) }] : []),
    ]);
  };
  return (
    <Stack gap="sm">
      <fieldset disabled={form.waiting} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="sm">
          <Section title={t('reports.words')}>
            <Stack gap="xs">
              <Textarea label={t('reports.narrative')} description={t('reports.narrativeHint')} autosize minRows={3} value={narrative}
                onChange={(e) => setNarrative(e.currentTarget.value)} error={errors.field('narrative')} />
              <Textarea label={t('reports.difficulties')} autosize minRows={2} value={difficulties}
                onChange={(e) => setDifficulties(e.currentTarget.value)} error={errors.field('difficulties')} />
              <Textarea label={t('reports.proposals')} autosize minRows={2} value={proposals}
                onChange={(e) => setProposals(e.currentTarget.value)} error={errors.field('proposals')} />
            </Stack>
          </Section>
          <Section title={t('reports.ratings')}>
            <RatingsEditor groups={r.groupsToRate} value={ratings} onChange={setRatings} error={errors.field('ratings')} />
          </Section>
        </Stack>
      </fieldset>
      {form.item && <QueuedNotice item={form.item} onDiscard={() => void form.discardQueued()} refusedHint={t('field.refusedHintSave')} withReason={false} />}
      {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
      <Group grow gap="xs">
        <Button variant="default" disabled={form.waiting} onClick={() => run(false)} data-testid="report-save">{t('reports.save')}</Button>
        {r.actions.includes('submit') && (
          <Button leftSection={<IconSend size={16} />} disabled={form.waiting} onClick={() => run(true)}>{t('reports.submit')}</Button>
        )}
      </Group>
      {!form.item && <DraftSavedLine at={form.savedAt} />}
    </Stack>
  );
}

/** The commune's form, opened with the words typed earlier on this phone (read again once a save is accepted). */
function CommuneFormWithDraft({ r }: { r: Report }) {
  const { t } = useTranslation();
  const me = useMe();
  const { draft, generation, discardDraft } = useRestoredDraft<ReportDraft>(reportDraftKey(me.user.id, r.id), r.version);
  if (draft === undefined) return <Loading />;
  return (
    <>
      {draft && <RestoredDraftNotice at={draft.updatedAt} onDiscard={() => void discardDraft(t('field.discardDraftConfirm'))} />}
      <CommuneForm key={`${r.version}.${generation}`} r={r} draft={draft?.value ?? null} />
    </>
  );
}

function ReadOnly({ r }: { r: Report }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Section title={t('reports.words')}>
        <Stack gap="xs">
          <Words label={t('reports.narrative')} text={r.narrative} />
          <Words label={t('reports.difficulties')} text={r.difficulties} />
          <Words label={t('reports.proposals')} text={r.proposals} />
        </Stack>
      </Section>
      <Section title={t('reports.ratings')}>
        {r.ratings.length ? (
          <Stack gap="xs">
            {r.ratings.map((x) => (
              <div key={x.groupId}>
                <Text size="sm" fw={600}>{x.groupName}</Text>
                <Text size="sm">
                  {t('reports.ratingLine', { responsibility: t(`reports.rating.${x.responsibility}`), effectiveness: t(`reports.rating.${x.effectiveness}`) })}
                </Text>
                {x.comment && <Text size="sm" c="dimmed">{x.comment}</Text>}
              </div>
            ))}
          </Stack>
        ) : <Text size="sm" c="dimmed">{t('reports.noRatings')}</Text>}
      </Section>
    </Stack>
  );
}

function History({ r }: { r: Report }) {
  const { t } = useTranslation();
  return (
    <Timeline bulletSize={14} lineWidth={2} active={r.history.length - 1}>
      {r.history.map((h, i) => (
        <Timeline.Item key={i} title={t(`reports.action.${h.action}`, { defaultValue: h.action })}>
          <Text size="xs" c="dimmed">{formatDateTime(h.at)}{h.userName ? ` · ${h.userName}` : ''}</Text>
          {h.comment && <Text size="sm">{h.comment}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

export function WeeklyReportPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const report = useReport(Number.isInteger(id) ? id : 0);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return (
    <QueryState query={report}>
      {(r) => (
        <Stack gap="sm">
          <Stack gap={4}>
            <Anchor component={Link} to="/weekly-reports" size="sm"><Group gap={4}><IconArrowLeft size={14} />{t('reports.back')}</Group></Anchor>
            <Title order={1} fz={{ base: 20, sm: 26 }}>{t('reports.reportTitle', { week: i18n.language === 'en' ? r.week.en : r.week.vi, commune: r.commune.name })}</Title>
            <Group gap={6}>
              <Badge color={STATUS_COLOUR[r.status]}>{t(`reports.status.${r.status}`)}</Badge>
              <Badge color={TIMELINESS_COLOUR[r.timeliness]} variant="light">{t(`reports.timeliness.${r.timeliness}`)}</Badge>
              <Text size="sm" c="dimmed">{t('reports.deadlineAt', { at: formatDateTime(r.deadline) })}</Text>
            </Group>
          </Stack>
          {r.reviewComment && (
            <Alert color={r.status === 'approved' ? 'teal' : 'orange'} title={t(r.status === 'approved' ? 'reports.approvalComment' : 'reports.reviewComment')}>
              {r.reviewComment}
            </Alert>
          )}
          {r.status === 'approved' && <Alert color="teal" variant="light">{t('reports.lockedHint')}</Alert>}
          <Section title={t('reports.figures')}><ReportFigures r={r} /></Section>
          {r.actions.includes('edit') ? <CommuneFormWithDraft r={r} /> : <ReadOnly r={r} />}
          <ReviewActions r={r} />
          <Section title={t('reports.history')}><History r={r} /></Section>
        </Stack>
      )}
    </QueryState>
  );
}
