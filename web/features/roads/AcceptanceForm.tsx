// The inspector's acceptance (nghiệm thu) of a poured segment: the day, the concrete grade, width and
// thickness measured at points along the segment (compared with the design as they are typed), the
// decision with reasons when rejected (the segment goes back to be redone), and photos, uploaded to
// the acceptance through /files once it is saved. Widths are typed in metres and thicknesses in
// centimetres, as measured on site; the API takes millimetres.
import { ActionIcon, Alert, Button, FileInput, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChainage, parseChainage } from '../../../domain/chainage';
import type { FieldError } from '../../../domain/errors';
import { ApiError } from '../../lib/api';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import type { Acceptance, Road, Segment } from './api';
import { formatDecimal, StatusBadge } from './shared';

/** The tolerances the server flags against (server/modules/acceptance: 5 cm of width, 1 cm of thickness). */
const TOLERANCE = { widthM: 0.05, thicknessCm: 1 };
const GRADES = ['M150', 'M200', 'M250', 'M300'];
const MAX_POINTS = 20;

interface Point { at: string; widthM: number | string; thicknessCm: number | string }

/** Three points at a tenth, the middle and nine tenths of the segment: the usual sampling. */
function defaultPoints(s: Segment): Point[] {
  return [0.1, 0.5, 0.9].map((f) => ({ at: formatChainage(Math.round((s.fromM + (s.toM - s.fromM) * f) * 1000)), widthM: '', thicknessCm: '' }));
}

const num = (v: number | string) => (v === '' ? null : Number(v));

export function AcceptanceModal({ road, segment, onClose }: { road: Road; segment: Segment; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [inspectedOn, setOn] = useState('');
  const [grade, setGrade] = useState<string>(road.mix.grade);
  const [points, setPoints] = useState<Point[]>(() => defaultPoints(segment));
  const [decision, setDecision] = useState<'accepted' | 'rejected'>('accepted');
  const [reasons, setReasons] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const fields = useMemo(() => [
    'inspectedOn', 'date', 'grade', 'decision', 'reasons', 'file', 'segmentId',
    ...points.flatMap((_, i) => [`measurements.${i}.atMm`, `measurements.${i}.widthMm`, `measurements.${i}.thicknessMm`]),
    'measurements',
  ], [points]);
  const errors = useFormErrors(fields);
  const setPoint = (i: number, p: Partial<Point>) => setPoints((all) => all.map((x, j) => (j === i ? { ...x, ...p } : x)));
  const thicknessDesignCm = Math.round(segment.thicknessM * 1000) / 10;

  /** What the server would refuse with a less helpful text: said per field before anything is sent. */
  function missing(): FieldError[] {
    const out: FieldError[] = [];
    const need = (field: string, key: string) => out.push({
      field, code: 'required', vi: i18n.t(`roads.acceptance.need.${key}`, { lng: 'vi' }), en: i18n.t(`roads.acceptance.need.${key}`, { lng: 'en' }),
    });
    if (!inspectedOn) need('inspectedOn', 'inspectedOn');
    points.forEach((p, i) => {
      if (parseChainage(p.at) === null) need(`measurements.${i}.atMm`, 'at');
      if (num(p.widthM) === null) need(`measurements.${i}.widthMm`, 'width');
      if (num(p.thicknessCm) === null) need(`measurements.${i}.thicknessMm`, 'thickness');
    });
    if (decision === 'rejected' && !reasons.trim()) need('reasons', 'reasons');
    return out;
  }

  const save = useMutation({
    mutationFn: async () => {
      const gaps = missing();
      if (gaps.length) throw new ApiError(400, 'VALIDATION', gaps, '', '');
      const measurements = points.map((p) => {
        const w = num(p.widthM);
        const th = num(p.thicknessCm);
        // A chainage the inspector cannot read is sent as -1 so the server names that point's field.
        return { atMm: parseChainage(p.at) ?? -1, widthMm: w === null ? null : Math.round(w * 1000), thicknessMm: th === null ? null : Math.round(th * 10) };
      });
      const saved = await typedApi.postForm('/segments/{id}/acceptances', {
        inspectedOn, grade, decision, measurements, reasons: reasons.trim() || null,
      }, { path: { id: segment.id } });
      for (const file of photos) {
        const form = new FormData();
        form.set('entity', 'segment_acceptance');
        form.set('entityId', String(saved.id));
        form.set('file', file);
        await typedApi.upload('/files', form);
      }
      return saved;
    },
    onSuccess: (a) => {
      for (const key of ['roads', 'criterion2', 'dashboard']) void client.invalidateQueries({ queryKey: [key] });
      void client.invalidateQueries({ queryKey: ['segments', segment.id] });
      notifications.show({ color: a.decision === 'accepted' ? 'teal' : 'red', message: t(a.decision === 'accepted' ? 'roads.acceptance.savedAccepted' : 'roads.acceptance.savedRejected', { chainage: segment.chainage }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }

  return (
    <Modal opened onClose={onClose} title={t('roads.acceptance.title', { chainage: segment.chainage })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group gap="xs">
            <StatusBadge status={segment.status} />
            <Text size="sm" c="dimmed">{road.name}{segment.pouredOn && ` · ${t('roads.pouredOn', { d: formatDate(segment.pouredOn) })}`}</Text>
          </Group>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Group align="flex-start" wrap="wrap">
            <TextInput type="date" label={t('roads.acceptance.inspectedOn')} value={inspectedOn} onChange={(e) => setOn(e.currentTarget.value)} required
              error={errors.field('inspectedOn') ?? errors.field('date')} style={{ flex: '1 1 160px' }} />
            <Select label={t('roads.acceptance.grade')} data={GRADES} value={grade} onChange={(v) => v && setGrade(v)} allowDeselect={false} required
              error={errors.field('grade')} style={{ flex: '1 1 120px' }} />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('roads.acceptance.measurements')}</Text>
            <Text size="xs" c="dimmed">{t('roads.acceptance.design', { w: formatDecimal(segment.widthM), th: formatDecimal(thicknessDesignCm, 1) })}</Text>
            {points.map((p, i) => {
              const w = num(p.widthM);
              const th = num(p.thicknessCm);
              const low = (w !== null && w < segment.widthM - TOLERANCE.widthM) || (th !== null && th < thicknessDesignCm - TOLERANCE.thicknessCm);
              return (
                <Stack key={i} gap={2}>
                <Group gap={6} align="flex-start" wrap="nowrap" data-testid={`point-${i}`}>
                  <TextInput label={i === 0 ? t('roads.acceptance.at') : undefined} aria-label={t('roads.acceptance.atN', { n: i + 1 })} value={p.at}
                    onChange={(e) => setPoint(i, { at: e.currentTarget.value })} error={errors.field(`measurements.${i}.atMm`)} style={{ flex: '1.4 1 0', minWidth: 0 }} />
                  <NumberInput label={i === 0 ? t('roads.acceptance.width') : undefined} aria-label={t('roads.acceptance.widthN', { n: i + 1 })} value={p.widthM}
                    onChange={(v) => setPoint(i, { widthM: v })} decimalScale={2} decimalSeparator="," min={0} hideControls
                    error={errors.field(`measurements.${i}.widthMm`)} style={{ flex: '1 1 0', minWidth: 0 }} />
                  <NumberInput label={i === 0 ? t('roads.acceptance.thickness') : undefined} aria-label={t('roads.acceptance.thicknessN', { n: i + 1 })} value={p.thicknessCm}
                    onChange={(v) => setPoint(i, { thicknessCm: v })} decimalScale={1} decimalSeparator="," min={0} hideControls
                    error={errors.field(`measurements.${i}.thicknessMm`)} style={{ flex: '1 1 0', minWidth: 0 }} />
                  <ActionIcon variant="subtle" color="red" aria-label={t('roads.acceptance.removePoint', { n: i + 1 })} disabled={points.length === 1}
                    onClick={() => setPoints((all) => all.filter((_, j) => j !== i))} mt={i === 0 ? 30 : 6}><IconTrash size={16} /></ActionIcon>
                </Group>
                {low && <Text size="xs" c="orange.8">{t('roads.acceptance.belowDesign')}</Text>}
                </Stack>
              );
            })}
            {errors.field('measurements') && <Text size="xs" c="red">{errors.field('measurements')}</Text>}
            <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} w="fit-content" disabled={points.length >= MAX_POINTS}
              onClick={() => setPoints((all) => [...all, { at: '', widthM: '', thicknessCm: '' }])}>
              {t('roads.acceptance.addPoint')}
            </Button>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('roads.acceptance.decision')}</Text>
            <SegmentedControl value={decision} onChange={(v) => setDecision(v as 'accepted' | 'rejected')} color={decision === 'accepted' ? 'teal' : 'red'}
              aria-label={t('roads.acceptance.decision')}
              data={[{ value: 'accepted', label: t('roads.acceptance.accepted') }, { value: 'rejected', label: t('roads.acceptance.rejected') }]} />
            {decision === 'rejected' && <Text size="xs" c="dimmed">{t('roads.acceptance.rejectedHint')}</Text>}
          </Stack>
          <Textarea label={decision === 'rejected' ? t('roads.acceptance.reasons') : t('roads.acceptance.remarks')} value={reasons}
            onChange={(e) => setReasons(e.currentTarget.value)} autosize minRows={2} required={decision === 'rejected'} error={errors.field('reasons')} />
          <FileInput label={t('roads.acceptance.photos')} multiple value={photos} onChange={setPhotos} accept="image/*" leftSection={<IconPhoto size={16} />}
            clearable error={errors.field('file')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={decision === 'accepted' ? 'teal' : 'red'} loading={save.isPending}>
              {t(decision === 'accepted' ? 'roads.acceptance.saveAccepted' : 'roads.acceptance.saveRejected')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The measurements of one record as a small table, points below the design in orange. */
export function MeasurementsTable({ a }: { a: Acceptance }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={2} fz="xs" aria-label={t('roads.acceptance.measurements')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('roads.acceptance.at')}</Table.Th>
          <Table.Th ta="right">{t('roads.acceptance.width')}</Table.Th>
          <Table.Th ta="right">{t('roads.acceptance.thickness')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {a.measurements.map((m, i) => (
          <Table.Tr key={i}>
            <Table.Td ff="monospace">{formatChainage(m.atMm)}</Table.Td>
            <Table.Td ta="right" c={m.widthMm < a.design.widthMm - TOLERANCE.widthM * 1000 ? 'orange.8' : undefined}>{formatDecimal(m.widthMm / 1000)}</Table.Td>
            <Table.Td ta="right" c={m.thicknessMm < a.design.thicknessMm - TOLERANCE.thicknessCm * 10 ? 'orange.8' : undefined}>{formatDecimal(m.thicknessMm / 10, 1)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
