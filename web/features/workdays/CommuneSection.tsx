// The commune's part of a workday: local people (full and half day), metres and m³ per segment,
// the supervisor, the weather, incidents, and materials issued from the commune's stock with their
// variance against the mix norm (new issues entered in MaterialRows; saved ones listed as the
// ledger holds them). The editor for the commune (and the office); the view for everyone else
// who may read it.
import { Badge, Chip, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { formatInteger } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { WEATHER, type Weather, type Workday } from './api';
import type { FieldErr } from './AttendanceSection';
import type { CommuneState, Num } from './form-state';
import { MaterialRows } from './MaterialRows';
import { PourRows } from './PourRows';

const num = (v: string | number): Num => (v === '' ? '' : Number(v));

export function CommuneEditor({ state, onChange, communeId, error, materialError, saved }: {
  state: CommuneState; onChange: (s: CommuneState) => void; communeId: number; error: FieldErr; materialError: FieldErr; saved: Workday | null;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<CommuneState>) => onChange({ ...state, ...patch });
  return (
    <Stack gap="sm">
      <div role="group" aria-labelledby="local-people">
        <Text size="sm" fw={600} mb={4} id="local-people">{t('workdays.localPeople')}</Text>
        <SimpleGrid cols={2} spacing="xs">
          <NumberInput label={t('workdays.peopleFull')} value={state.peopleFull} min={0} max={10000} allowDecimal={false} allowNegative={false}
            inputMode="numeric" error={error('people')} onChange={(v) => set({ peopleFull: num(v) })} />
          <NumberInput label={t('workdays.peopleHalf')} value={state.peopleHalf} min={0} max={10000} allowDecimal={false} allowNegative={false}
            inputMode="numeric" onChange={(v) => set({ peopleHalf: num(v) })} />
        </SimpleGrid>
      </div>
      <div>
        <Text size="sm" fw={600} mb={4}>{t('workdays.pours')}</Text>
        <PourRows state={state} onChange={onChange} communeId={communeId} error={error} />
      </div>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <TextInput label={t('workdays.supervisorName')} value={state.supervisorName} error={error('supervisorName')}
          onChange={(e) => set({ supervisorName: e.currentTarget.value })} />
        <TextInput label={t('workdays.supervisorPhone')} value={state.supervisorPhone} type="tel" inputMode="tel" error={error('supervisorPhone')}
          onChange={(e) => set({ supervisorPhone: e.currentTarget.value })} />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={500} mb={4} id="weather-label">{t('workdays.weather')}</Text>
        <Chip.Group multiple={false} value={state.weather ?? ''} onChange={(v) => set({ weather: (v || null) as Weather | null })}>
          <Group gap={6} role="radiogroup" aria-labelledby="weather-label">
            {WEATHER.map((w) => <Chip key={w} value={w} type="radio" size="md">{t(`workdays.weatherKind.${w}`)}</Chip>)}
          </Group>
        </Chip.Group>
        {error('weather') && <Text size="sm" c="red">{error('weather')}</Text>}
      </div>
      <Textarea label={t('workdays.incidents')} placeholder={t('workdays.incidentsHint')} autosize minRows={2} value={state.incidents}
        error={error('incidents')} onChange={(e) => set({ incidents: e.currentTarget.value })} />
      <Textarea label={t('workdays.communeNote')} autosize minRows={1} value={state.note} error={error('note')}
        onChange={(e) => set({ note: e.currentTarget.value })} />
      <div>
        <Text size="sm" fw={600} mb={2}>{t('workdays.issueMaterials')}</Text>
        <Text size="xs" c="dimmed" mb={4}>{t('workdays.issueMaterialsHint')}</Text>
        {saved?.communePart && (saved.communePart.materials.length > 0 || saved.communePart.variances.length > 0) && (
          <Paper withBorder p="xs" mb="xs"><MaterialsView w={saved} /></Paper>
        )}
        <MaterialRows state={state} onChange={onChange} communeId={communeId} error={materialError} />
      </div>
    </Stack>
  );
}

function Line({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" style={{ flex: '0 0 130px' }}>{label}</Text>
      <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{value || '—'}</Text>
    </Group>
  );
}

const FLAG_COLOUR = { ok: 'teal', over: 'red', under: 'orange', no_norm: 'gray' } as const;

export function CommuneView({ w }: { w: Workday }) {
  const { t } = useTranslation();
  const c = w.communePart;
  if (!c) return <Text size="sm" c="dimmed">{t('workdays.communePartHidden')}</Text>;
  return (
    <Stack gap="xs">
      <Line label={t('workdays.localPeople')} value={t('workdays.peopleLine', { full: formatInteger(c.people.fullDay), half: formatInteger(c.people.halfDay) })} />
      {c.pours.length ? (
        <DataTable label={t('workdays.pours')} rows={c.pours} rowKey={(p) => p.segmentId} minWidth={320} striped={false} verticalSpacing={4} columns={[
          { key: 'segment', header: t('workdays.segment'), cell: (p) => <><Text size="sm">{p.roadName}</Text><Text size="xs" c="dimmed">{p.chainage}</Text></> },
          { key: 'length', header: t('workdays.lengthM'), align: 'right', cell: (p) => formatQuantity(p.lengthM, 3) },
          { key: 'volume', header: t('workdays.volumeM3'), align: 'right', cell: (p) => formatQuantity(p.volumeM3, 3) },
        ]} />
      ) : <Line label={t('workdays.pours')} value={t('workdays.noPours')} />}
      <Line label={t('workdays.supervisor')} value={[c.supervisorName, c.supervisorPhone].filter(Boolean).join(' · ')} />
      <Line label={t('workdays.weather')} value={c.weather ? t(`workdays.weatherKind.${c.weather}`) : null} />
      <Line label={t('workdays.incidents')} value={c.incidents} />
      <Line label={t('workdays.communeNote')} value={c.note} />
      {(c.materials.length > 0 || c.variances.length > 0) && <MaterialsView w={w} />}
    </Stack>
  );
}

/** Materials issued to the workday (through the materials ledger) against the norm for the volume poured. */
function MaterialsView({ w }: { w: Workday }) {
  const { t } = useTranslation();
  const c = w.communePart!;
  const unit = (u: string) => t(`workdays.unit.${u}`, { defaultValue: u });
  return (
    <Stack gap={4} data-testid="materials-issued">
      <Text size="sm" fw={600}>{t('workdays.materials')}</Text>
      {c.materials.length === 0 && <Text size="sm" c="dimmed">{t('workdays.noMaterials')}</Text>}
      {c.materials.map((m) => (
        <Text key={m.movementId} size="sm">{t('workdays.issuedLine', { name: t(`reports.materialName.${m.code}`, { defaultValue: m.name }), lot: m.lotId, qty: formatInteger(m.quantity), unit: unit(m.unit) })}
          {m.flaggedUnpassed && <Badge ml={6} size="xs" color="red">{t('workdays.unpassedLot')}</Badge>}</Text>
      ))}
      {c.variances.length > 0 && <Text size="sm" fw={600} mt={4}>{t('workdays.againstNorm')}</Text>}
      {/* Nothing issued yet: the norms alone, rather than every material flagged -100 %. */}
      {c.materials.length === 0 && c.variances.map((v) => (
        <Text key={v.code} size="sm" data-testid="material-norm">
          {t('workdays.normLine', { name: t(`reports.materialName.${v.code}`, { defaultValue: v.name }), norm: formatInteger(v.norm), unit: unit(v.unit) })}
        </Text>
      ))}
      {c.materials.length > 0 && c.variances.map((v) => (
        <Group key={v.code} gap={6} data-testid="material-variance">
          <Text size="sm">{t('workdays.varianceLine', { name: t(`reports.materialName.${v.code}`, { defaultValue: v.name }), issued: formatInteger(v.issued), norm: formatInteger(v.norm), unit: unit(v.unit) })}</Text>
          <Badge size="xs" color={FLAG_COLOUR[v.flag]}>
            {t(`workdays.flag.${v.flag}`)}{v.variancePercent !== null ? ` ${v.variancePercent > 0 ? '+' : ''}${formatQuantity(v.variancePercent, 1)}%` : ''}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}
