// One weekly commune report (issue 7): the week's figures from the workday records (read-only),
// the commune's narrative, difficulties, proposals and its rating of each group that worked there;
// save and submit (the commune, while draft or returned); return with a comment, approve, or unlock
// an approved report with a reason (the office). Buttons come from the report's `actions` only.
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormErrors } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { NotFound } from '../../ui/Forbidden';
import { QueryState } from '../../ui/QueryState';
import { moveReport, STATUS_COLOUR, TIMELINESS_COLOUR, updateReport, useReport, type Report } from './api';
import { RatingsEditor, ratingsInput, ratingStateOf, type RatingState } from './RatingsEditor';
import { ReportFigures } from './ReportFigures';
import { ReviewActions } from './ReviewActions';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      <Title order={3} size="h5" mb="xs">{title}</Title>
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

/** The commune's part: narrative, difficulties, proposals, ratings; save, or save and submit. */
function CommuneForm({ r }: { r: Report }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [narrative, setNarrative] = useState(r.narrative ?? '');
  const [difficulties, setDifficulties] = useState(r.difficulties ?? '');
  const [proposals, setProposals] = useState(r.proposals ?? '');
  const [ratings, setRatings] = useState<Record<number, RatingState>>(() => ratingStateOf(r.groupsToRate, r.ratings));
  const errors = useFormErrors(['narrative', 'difficulties', 'proposals', 'ratings']);
  const body = () => ({ narrative: narrative.trim() || null, difficulties: difficulties.trim() || null, proposals: proposals.trim() || null, ratings: ratingsInput(ratings) });
  const save = useMutation({
    mutationFn: async (submit: boolean) => {
      const saved = await updateReport(r, body());
      return submit ? moveReport(saved, 'submit', null) : saved;
    },
    onSuccess: (saved, submit) => {
      client.setQueryData(['weekly-reports', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['weekly-reports'] });
      notifications.show({ color: 'teal', message: t(submit ? 'reports.submitted' : 'reports.saved') });
    },
    // A refused submit may follow a good save: reload so the next save carries the new version.
    onError: (e) => {
      errors.setError(e);
      void client.invalidateQueries({ queryKey: ['weekly-reports', r.id] });
    },
  });
  const run = (submit: boolean) => {
    errors.clear();
    save.mutate(submit);
  };
  return (
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
      {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
      <Group grow gap="xs">
        <Button variant="default" loading={save.isPending && save.variables === false} onClick={() => run(false)}>{t('reports.save')}</Button>
        {r.actions.includes('submit') && (
          <Button leftSection={<IconSend size={16} />} loading={save.isPending && save.variables === true} onClick={() => run(true)}>{t('reports.submit')}</Button>
        )}
      </Group>
    </Stack>
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
          {r.actions.includes('edit') ? <CommuneForm key={r.version} r={r} /> : <ReadOnly r={r} />}
          <ReviewActions r={r} />
          <Section title={t('reports.history')}><History r={r} /></Section>
        </Stack>
      )}
    </QueryState>
  );
}
