// The fund page (issue 5): totals (received, allocated, unallocated, spent, pending), the statement
// by commune and by agency, the ledger with its filters, and the writes the fund's `actions` allow.
import { Button, Menu, Paper, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { statementUrl, useFunds, type EntryFilter, type EntryKind, type Fund } from './api';
import { EntriesTable } from './EntriesTable';
import { AllocationModal, ContributionModal } from './MoneyInModals';
import { ExpenditureModal } from './ExpenditureModal';
import { FundReportsPanel } from './FundReportsPanel';
import { ImportContributionsModal } from './ImportContributionsModal';
import { AgencyTable, CommuneTable } from './StatementTables';

type Dialog = 'contribute' | 'allocate' | 'spend' | 'import' | null;

function Stat({ label, value, color, testId }: { label: string; value: number; color?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} fz={{ base: 18, sm: 22 }} c={color}>{formatVnd(value)}</Text>
    </Paper>
  );
}

function FundView({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState<string | null>(fund.actions.includes('approve') && fund.totals.pending > 0 ? 'pending' : 'communes');
  const [kind, setKind] = useState<EntryKind | null>(null);
  const can = (a: Fund['actions'][number]) => fund.actions.includes(a);
  const ledgerFilter: EntryFilter = kind ? { kind } : {};

  return (
    <>
      <PageHeader title={fund.name} description={t('fund.description', { campaign: fund.campaign.name })}
        actions={(
          <>
            {can('contribute') && <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog('contribute')}>{t('fund.contribute')}</Button>}
            {can('contribute') && <Button variant="light" leftSection={<IconFileImport size={16} />} onClick={() => setDialog('import')}>{t('fund.import.button')}</Button>}
            {can('allocate') && <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog('allocate')}>{t('fund.allocate')}</Button>}
            {can('spend') && <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog('spend')}>{t('fund.spend')}</Button>}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />}>{t('fund.statement')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component="a" href={statementUrl(fund.id, 'pdf')} target="_blank" rel="noopener" data-testid="statement-pdf">{t('fund.statementPdf')}</Menu.Item>
                <Menu.Item component="a" href={statementUrl(fund.id, 'xlsx')} download data-testid="statement-xlsx">{t('fund.statementXlsx')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        )} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} mb="md" spacing="sm">
        <Stat testId="total-received" label={t('fund.totals.received')} value={fund.totals.received} color="teal.8" />
        <Stat testId="total-allocated" label={t('fund.totals.allocated')} value={fund.totals.allocated} />
        <Stat testId="total-unallocated" label={t('fund.totals.unallocated')} value={fund.totals.unallocated} color={fund.totals.unallocated > 0 ? 'blue.7' : undefined} />
        <Stat testId="total-spent" label={t('fund.totals.spent')} value={fund.totals.spent} />
        <Stat testId="total-pending" label={t('fund.totals.pending')} value={fund.totals.pending} color={fund.totals.pending > 0 ? 'orange.7' : undefined} />
      </SimpleGrid>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="communes">{t('fund.tabs.communes')}</Tabs.Tab>
          <Tabs.Tab value="agencies">{t('fund.tabs.agencies')}</Tabs.Tab>
          <Tabs.Tab value="ledger">{t('fund.tabs.ledger')}</Tabs.Tab>
          {can('approve') && <Tabs.Tab value="pending">{t('fund.tabs.pending')}</Tabs.Tab>}
          <Tabs.Tab value="reports">{t('fund.tabs.reports')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="communes"><CommuneTable fundId={fund.id} /></Tabs.Panel>
        <Tabs.Panel value="agencies"><AgencyTable fundId={fund.id} /></Tabs.Panel>
        <Tabs.Panel value="ledger">
          <Stack gap="sm">
            <Select label={t('fund.filterKind')} w={240} clearable placeholder={t('common.all')} value={kind} onChange={(v) => setKind(v as EntryKind | null)}
              data={(['contribution', 'allocation', 'expenditure', 'reversal'] as const).map((k) => ({ value: k, label: t(`fund.kinds.${k}`) }))} />
            <EntriesTable fundId={fund.id} filter={ledgerFilter} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="reports"><FundReportsPanel fundId={fund.id} mayDraft={can('allocate')} /></Tabs.Panel>
        {can('approve') && <Tabs.Panel value="pending"><EntriesTable fundId={fund.id} filter={{ status: 'pending' }} emptyText={t('fund.noPending')} /></Tabs.Panel>}
      </Tabs>
      {dialog === 'contribute' && <ContributionModal fundId={fund.id} onClose={() => setDialog(null)} />}
      {dialog === 'allocate' && <AllocationModal fund={fund} onClose={() => setDialog(null)} />}
      {dialog === 'spend' && <ExpenditureModal fund={fund} onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportContributionsModal fundId={fund.id} onClose={() => setDialog(null)} />}
    </>
  );
}

export function FundPage() {
  const { t } = useTranslation();
  const funds = useFunds();
  // A campaign has one fund; the newest campaign's comes first.
  return (
    <QueryState query={funds} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('fund.empty')} />}>
      {(data) => <FundView fund={data.items[0]} />}
    </QueryState>
  );
}
