// Concrete calculator: length, width, thickness, grade, stone size and mixer drum → the same numbers
// as the API and the CLI, with the mix table row used (per m³) and its source, and the labour norm
// setting shown beside its default (it still awaits an official source).
import { Alert, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, STONE_SIZES } from '../../../domain/concrete/mix-tables';
import { errorText } from '../../lib/errors';
import { PageHeader } from '../../ui/PageHeader';
import { MixTablesPanel } from '../mix-tables/MixTablesPanel';
import { useEstimate, useMixTables, useRoadSettings, type EstimateQuery } from './api';
import { MaterialsTable } from './MaterialsTable';
import { formatDecimal } from './shared';

export function CalculatorPage() {
  const { t, i18n } = useTranslation();
  const [lengthM, setLength] = useState<number | string>(850);
  const [widthM, setWidth] = useState<number | string>(3);
  const [thicknessM, setThickness] = useState<number | string>(0.18);
  const [grade, setGrade] = useState<string>('M250');
  const [stone, setStone] = useState<string>('1x2');
  const [drum, setDrum] = useState<number | string>(250);
  const [mixTable, setMixTable] = useState<string | null>(null);
  const settings = useRoadSettings();
  const tables = useMixTables();
  const filled = [lengthM, widthM, thicknessM, drum].every((v) => v !== '' && Number(v) > 0);
  // Debounced as a string: a fresh object each render would restart the timer for ever.
  const [query] = useDebouncedValue(filled ? JSON.stringify({ lengthM, widthM, thicknessM, grade, stone, drumLitres: drum, mixTable: mixTable ?? undefined }) : '', 250);
  const estimate = useEstimate(query ? JSON.parse(query) as EstimateQuery : null);
  const e = estimate.data;
  const metres = { decimalSeparator: ',', thousandSeparator: '.', allowNegative: false, min: 0, decimalScale: 3, suffix: ' m' } as const;
  const note = settings.data?.notes.labourNormCongPerM3;

  return (
    <>
      <PageHeader title={t('calc.title')} description={t('calc.description')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md">
          <Stack>
            <Group grow wrap="wrap" align="flex-start">
              <NumberInput label={t('roads.length')} value={lengthM} onChange={setLength} miw={120} {...metres} />
              <NumberInput label={t('roads.width')} value={widthM} onChange={setWidth} miw={120} {...metres} />
              <NumberInput label={t('roads.thickness')} value={thicknessM} onChange={setThickness} miw={120} {...metres} />
            </Group>
            <Group grow wrap="wrap" align="flex-start">
              <Select label={t('roads.grade')} value={grade} data={[...GRADES]} allowDeselect={false} onChange={(v) => v && setGrade(v)} miw={110} />
              <Select label={t('roads.stone')} value={stone} data={[...STONE_SIZES]} allowDeselect={false} onChange={(v) => v && setStone(v)} miw={110} />
              <NumberInput label={t('calc.drum')} value={drum} onChange={setDrum} min={50} max={5000} allowDecimal={false} suffix=" l" miw={110} />
            </Group>
            <Select label={t('calc.mixTable')} placeholder={t('calc.defaultTable')} value={mixTable} onChange={setMixTable} clearable
              data={(tables.data?.items ?? []).map((m) => ({ value: m.code, label: m.isDefault ? `${m.name} (${t('calc.default')})` : m.name }))} />
            {settings.data && (
              <Alert color={note?.toConfirm ? 'orange' : 'gray'} variant="light" title={t('calc.labourNorm')}>
                <Text size="sm">{t('calc.labourValue', { v: formatDecimal(settings.data.values.labourNormCongPerM3), d: formatDecimal(settings.data.defaults.labourNormCongPerM3) })}</Text>
                {note && <Text size="xs" c="dimmed">{i18n.language.startsWith('en') ? note.en : note.vi}</Text>}
              </Alert>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md" aria-live="polite">
          <Title order={2} fz="lg" mb="xs">{t('calc.result')}</Title>
          {estimate.error ? <Alert color="red">{errorText(estimate.error, t)}</Alert> : e ? (
            <>
              <MaterialsTable columns={[{ label: t('calc.total'), estimate: e }]} />
              <Title order={3} fz="sm" mt="md" mb={4}>{t('calc.mixRow', { grade: e.mix.grade, stone: e.mix.stone })}</Title>
              <Table verticalSpacing={4} withTableBorder>
                <Table.Thead><Table.Tr>
                  <Table.Th ta="right">{t('calc.cementPerM3')}</Table.Th><Table.Th ta="right">{t('calc.sandPerM3')}</Table.Th>
                  <Table.Th ta="right">{t('calc.stonePerM3')}</Table.Th><Table.Th ta="right">{t('calc.waterPerM3')}</Table.Th>
                </Table.Tr></Table.Thead>
                <Table.Tbody><Table.Tr>
                  <Table.Td ta="right">{formatDecimal(e.mix.perM3.cementKg, 3)}</Table.Td><Table.Td ta="right">{formatDecimal(e.mix.perM3.sandM3, 3)}</Table.Td>
                  <Table.Td ta="right">{formatDecimal(e.mix.perM3.stoneM3, 3)}</Table.Td><Table.Td ta="right">{formatDecimal(e.mix.perM3.waterL, 3)}</Table.Td>
                </Table.Tr></Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed" mt={4}>{t('roads.mixSource', { table: e.mix.tableName, source: e.mix.source })}</Text>
            </>
          ) : <Text c="dimmed">{t('calc.fill')}</Text>}
        </Paper>
      </SimpleGrid>
      <MixTablesPanel />
    </>
  );
}
