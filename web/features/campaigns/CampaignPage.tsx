// One campaign: its details (edit when `actions` allow) and its campaign days.
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatInteger, formatPeriod } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { useCampaign } from './api';
import { CampaignDays } from './CampaignDays';
import { CampaignFormModal } from './CampaignFormModal';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <div>{children}</div>
    </div>
  );
}

export function CampaignPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const campaign = useCampaign(Number.isInteger(id) ? id : 0);
  const [editing, setEditing] = useState(false);

  return (
    <>
      <Anchor component={Link} to="/campaigns" size="sm">
        <Group gap={4}><IconArrowLeft size={14} />{t('campaigns.backToList')}</Group>
      </Anchor>
      <QueryState query={campaign}>
        {(c) => (
          <Stack mt="xs">
            <PageHeader title={c.name} actions={c.actions.includes('edit') && (
              <Button variant="light" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>
            )} />
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
                <Field label={t('campaigns.district')}>{c.district.name}</Field>
                <Field label={t('campaigns.period')}>{formatPeriod(c.startDate, c.endDate)}</Field>
                <Field label={t('campaigns.criterion')}>{c.criterionNo}. {t(`criteria.${c.criterionNo}`)}</Field>
                <Field label={t('campaigns.groupCount')}>{formatInteger(c.groupCount)}</Field>
              </SimpleGrid>
              <Stack gap={0} mt="md">
                <Field label={t('campaigns.communes')}>
                  <Group gap={4} mt={4}>{c.communes.length ? c.communes.map((m) => <Badge key={m.id} variant="outline">{m.name}</Badge>) : '—'}</Group>
                </Field>
              </Stack>
              {c.description && <Text size="sm" mt="md">{c.description}</Text>}
            </Paper>
            <CampaignDays campaign={c} />
            {editing && <CampaignFormModal campaign={c} onClose={() => setEditing(false)} />}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
