// The group's part of a workday: how many officials each member agency sent, for the whole day or
// half of it, and their names when the agency gives them. Labour-days are shown as computed
// (1 per full day, 0,5 per half day), never typed. One fieldset per agency, stacked on a phone.
import { Anchor, Collapse, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { formatInteger } from '../../lib/format';
import type { Group as GroupT } from '../../lib/types';
import { DataTable } from '../../ui/DataTable';
import type { Workday } from './api';
import { groupInput, memberOrder, type AttendanceRow, type GroupState, type Num } from './form-state';

export type FieldErr = (name: string) => string | undefined;

const days = (r: AttendanceRow) => (r.fullDay === '' ? 0 : r.fullDay) + (r.halfDay === '' ? 0 : r.halfDay) / 2;
const num = (v: string | number): Num => (v === '' ? '' : Number(v));

function AgencyFields({ name, shortName, staff, row, onChange, error }: {
  name: string; shortName: string | null; staff: number; row: AttendanceRow; onChange: (r: AttendanceRow) => void; error?: string;
}) {
  const { t } = useTranslation();
  const [showNames, setShowNames] = useState(row.names.trim() !== '');
  return (
    <Fieldset legend={name} variant="filled" p="xs">
      <Stack gap={6}>
        <Text size="xs" c="dimmed">{shortName ? `${shortName} · ` : ''}{t('workdays.staffCount', { n: formatInteger(staff) })}</Text>
        <SimpleGrid cols={3} spacing="xs">
          <NumberInput label={t('workdays.fullDay')} value={row.fullDay} min={0} max={10000} allowDecimal={false} allowNegative={false} inputMode="numeric"
            onChange={(v) => onChange({ ...row, fullDay: num(v) })} />
          <NumberInput label={t('workdays.halfDay')} value={row.halfDay} min={0} max={10000} allowDecimal={false} allowNegative={false} inputMode="numeric"
            onChange={(v) => onChange({ ...row, halfDay: num(v) })} />
          <Stack gap={2} justify="flex-end">
            <Text size="sm" fw={500}>{t('workdays.labourDays')}</Text>
            <Text size="lg" fw={700} data-testid="agency-labour-days">{formatQuantity(days(row), 1)}</Text>
          </Stack>
        </SimpleGrid>
        <Anchor component="button" type="button" size="sm" ta="left" onClick={() => setShowNames((v) => !v)} aria-expanded={showNames}>
          {t(showNames ? 'workdays.hideNames' : 'workdays.addNames')}
        </Anchor>
        <Collapse expanded={showNames}>
          <Textarea label={t('workdays.names')} description={t('workdays.namesHint')} autosize minRows={2} maxRows={10}
            value={row.names} onChange={(e) => onChange({ ...row, names: e.currentTarget.value })} />
        </Collapse>
        {error && <Text size="sm" c="red" role="alert">{error}</Text>}
      </Stack>
    </Fieldset>
  );
}

/** The editor: one fieldset per member agency of the group (the lead agency first). */
export function AttendanceEditor({ group, state, onChange, error }: {
  group: GroupT; state: GroupState; onChange: (s: GroupState) => void; error: FieldErr;
}) {
  const { t } = useTranslation();
  // The server names a line by its place in the list sent (agencies with someone, in this order).
  const order = memberOrder(group);
  const sent = groupInput(state, order).attendance.map((a) => a.agencyId);
  const members = order.map((id) => group.members.find((m) => m.id === id)!);
  return (
    <Stack gap="xs">
      {members.map((m) => {
        const row = state.rows[m.id] ?? { fullDay: '', halfDay: '', names: '' };
        const i = sent.indexOf(m.id);
        return (
          <AgencyFields key={m.id} name={m.name} shortName={m.shortName} staff={m.staffCount} row={row} error={i >= 0 ? error(`attendance.${i}`) : undefined}
            onChange={(r) => onChange({ ...state, rows: { ...state.rows, [m.id]: r } })} />
        );
      })}
      <Textarea label={t('workdays.groupNote')} autosize minRows={1} value={state.note} error={error('note')}
        onChange={(e) => onChange({ ...state, note: e.currentTarget.value })} />
    </Stack>
  );
}

/** The group's part as recorded, for those who may not change it. */
export function AttendanceView({ w }: { w: Workday }) {
  const { t } = useTranslation();
  if (!w.groupPart.attendance.length) return <Text size="sm" c="dimmed">{t('workdays.noAttendance')}</Text>;
  return (
    <Stack gap="xs">
      <DataTable label={t('workdays.groupPart')} rows={w.groupPart.attendance} rowKey={(a) => a.agency.id} minWidth={320} striped={false} verticalSpacing={4} columns={[
        { key: 'agency', header: t('workdays.agency'), cell: (a) => (
          <>
            <Text size="sm">{a.agency.name}</Text>
            {a.names.length > 0 && <Text size="xs" c="dimmed">{a.names.join(', ')}</Text>}
          </>
        ) },
        { key: 'full', header: t('workdays.fullDay'), align: 'right', cell: (a) => formatInteger(a.fullDay) },
        { key: 'half', header: t('workdays.halfDay'), align: 'right', cell: (a) => formatInteger(a.halfDay) },
        { key: 'labourDays', header: t('workdays.labourDays'), align: 'right', cell: (a) => formatQuantity(a.labourDays, 1) },
      ]} />
      {w.groupPart.note && <Group gap={4}><Text size="sm" fw={500}>{t('workdays.groupNote')}:</Text><Text size="sm">{w.groupPart.note}</Text></Group>}
    </Stack>
  );
}
