// Create or edit a road: name, criterion 2 class, length, surface before, width × thickness, grade and
// stone size. An edit sends only what changed, with the version read (If-Match).
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, STONE_SIZES } from '../../../domain/concrete/mix-tables';
import { ROAD_CLASSES, SURFACES } from '../../../domain/roads';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import { saveRoad, useMixTables, type Grade, type Road, type RoadClass, type RoadInput, type StoneSize, type Surface } from './api';

const FIELDS = ['name', 'roadClass', 'lengthM', 'surfaceBefore', 'widthM', 'thicknessM', 'mixTableId', 'grade', 'stone', 'note'] as const;
const num = (v: number | string) => (v === '' ? undefined : Number(v));

export function RoadFormModal({ road, communeId, onClose }: { road?: Road; communeId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors(FIELDS);
  const [name, setName] = useState(road?.name ?? '');
  const [roadClass, setRoadClass] = useState<RoadClass>(road?.roadClass ?? 'village');
  const [lengthM, setLengthM] = useState<number | string>(road?.lengthM ?? '');
  const [surface, setSurface] = useState<Surface>(road?.surfaceBefore ?? 'earth');
  const [widthM, setWidthM] = useState<number | string>(road?.widthM ?? 3);
  const [thicknessM, setThicknessM] = useState<number | string>(road?.thicknessM ?? 0.18);
  const [grade, setGrade] = useState<Grade>(road?.mix.grade ?? 'M250');
  const [stone, setStone] = useState<StoneSize>(road?.mix.stone ?? '1x2');
  const [note, setNote] = useState(road?.note ?? '');
  // The mix table decides which grades and stone sizes exist: rows it lacks (or has only as
  // "not confirmed") are offered disabled, so a road never names a mix no table confirms.
  const tables = useMixTables().data?.items ?? [];
  const [mixTableId, setMixTableId] = useState<number | undefined>(road?.mix.tableId);
  const table = tables.find((m) => m.id === mixTableId) ?? tables.find((m) => m.isDefault);
  const has = (g: string, s: string) => !table || table.rows.some((r) => r.grade === g && r.stone === s);

  const { save, submit } = useSaveForm({
    isEdit: !!road,
    invalidate: ['roads', 'criterion2'],
    errors,
    onClose,
    save: () => {
      const all: RoadInput = {
        name: name.trim(), roadClass, lengthM: num(lengthM), surfaceBefore: surface, widthM: num(widthM), thicknessM: num(thicknessM),
        grade, stone, note: note.trim() || null, ...(mixTableId !== undefined && mixTableId !== road?.mix.tableId ? { mixTableId } : {}),
      };
      if (!road) return saveRoad({ ...all, communeId });
      const before: RoadInput = { name: road.name, roadClass: road.roadClass, lengthM: road.lengthM, surfaceBefore: road.surfaceBefore, widthM: road.widthM,
        thicknessM: road.thicknessM, grade: road.mix.grade, stone: road.mix.stone, note: road.note };
      const patch = Object.fromEntries(Object.entries(all).filter(([k, v]) => before[k as keyof RoadInput] !== v));
      return Object.keys(patch).length ? saveRoad(patch, road) : Promise.resolve(road);
    },
  });
  const metres = { decimalSeparator: ',', thousandSeparator: '.', allowNegative: false, suffix: ' m' } as const;

  return (
    <Modal opened onClose={onClose} title={road ? t('roads.editTitle', { name: road.name }) : t('roads.addTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <TextInput label={t('roads.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus error={errors.field('name')} />
          <Group grow align="flex-start" wrap="wrap">
            <Select label={t('roads.class')} value={roadClass} allowDeselect={false} miw={160} error={errors.field('roadClass')}
              data={ROAD_CLASSES.map((c) => ({ value: c, label: t(`roads.classes.${c}`) }))} onChange={(v) => v && setRoadClass(v as RoadClass)} />
            <Select label={t('roads.surfaceBefore')} value={surface} allowDeselect={false} miw={160} error={errors.field('surfaceBefore')}
              data={SURFACES.map((s) => ({ value: s, label: t(`roads.surfaces.${s}`) }))} onChange={(v) => v && setSurface(v as Surface)} />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput label={t('roads.lengthEntered')} value={lengthM} onChange={setLengthM} decimalScale={3} required miw={120} error={errors.field('lengthM')} {...metres} />
            <NumberInput label={t('roads.width')} value={widthM} onChange={setWidthM} decimalScale={3} required miw={120} error={errors.field('widthM')} {...metres} />
            <NumberInput label={t('roads.thickness')} value={thicknessM} onChange={setThicknessM} decimalScale={3} required miw={120} error={errors.field('thicknessM')} {...metres} />
          </Group>
          <Select label={t('mixTables.table')} value={table ? String(table.id) : null} allowDeselect={false} error={errors.field('mixTableId')}
            data={tables.map((m) => ({ value: String(m.id), label: m.isDefault ? `${m.name} (${t('mixTables.default')})` : m.name, disabled: m.rows.length === 0 }))}
            onChange={(v) => v && setMixTableId(Number(v))} />
          <Group grow align="flex-start" wrap="wrap">
            <Select label={t('roads.grade')} value={grade} allowDeselect={false} miw={120} onChange={(v) => v && setGrade(v as Grade)}
              data={GRADES.map((g) => ({ value: g, label: g, disabled: !has(g, stone) }))}
              error={errors.field('grade') ?? (has(grade, stone) ? undefined : t('mixTables.notInTable', { grade, stone }))} />
            <Select label={t('roads.stone')} value={stone} allowDeselect={false} data={STONE_SIZES.map((s) => ({ value: s, label: s, disabled: !has(grade, s) }))} miw={120}
              error={errors.field('stone')} onChange={(v) => v && setStone(v as StoneSize)} />
          </Group>
          <Textarea label={t('roads.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} error={errors.field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
