// The materials pages' setup forms: a commune's staging points (a store, or a point at one of its
// roads) with their list; where a mixer or other equipment is on a day (one place per day, a road
// or a named place); and the inspector publishing a guidance document or its next version, with an
// effective date and files uploaded to it through /files once it is saved.
import { Alert, Badge, Button, FileInput, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../domain/errors';
import { ApiError } from '../../lib/api';
import { typedApi } from '../../lib/typed-api';
import { accentFilter } from '../../lib/combobox';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import { DataTable } from '../../ui/DataTable';
import { Empty, QueryState } from '../../ui/QueryState';
import { DateField } from '../fund/DateField';
import { useRoads } from '../roads/api';
import { usePoints } from './api';

/** Empty required fields as one 400 before sending, worded from this feature's strings in both languages. */
function checkRequired(checks: Array<[field: string, empty: boolean, key: string]>): void {
  const fields: FieldError[] = checks.filter(([, empty]) => empty)
    .map(([field, , key]) => ({ field, code: 'required', vi: i18n.t(key, { lng: 'vi' }), en: i18n.t(key, { lng: 'en' }) }));
  if (fields.length) throw new ApiError(400, 'VALIDATION', fields, '', '');
}

export function PointModal({ communeId, onClose }: { communeId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const roads = useRoads(communeId);
  const [kind, setKind] = useState<'store' | 'road'>('store');
  const [name, setName] = useState('');
  const [roadId, setRoadId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const errors = useFormErrors(['name', 'kind', 'roadId', 'note', 'unitId']);
  const { save, submit } = useSaveForm({
    isEdit: false, invalidate: ['stock'], errors, onClose,
    save: () => {
      checkRequired([['name', !name.trim(), 'stock.setup.need.name'], ['roadId', kind === 'road' && !roadId, 'stock.setup.need.road']]);
      return typedApi.post('/stock/points', { unitId: communeId, name: name.trim(), kind, roadId: kind === 'road' ? Number(roadId) : null, note: note.trim() || null });
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('stock.setup.pointTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <SegmentedControl value={kind} onChange={(v) => setKind(v as 'store' | 'road')} aria-label={t('stock.setup.pointKind')}
            data={[{ value: 'store', label: t('stock.setup.kindStore') }, { value: 'road', label: t('stock.setup.kindRoad') }]} />
          {kind === 'road' && (
            <Select label={t('stock.setup.road')} required searchable filter={accentFilter} value={roadId} error={errors.field('roadId')}
              onChange={(v) => { setRoadId(v); const r = roads.data?.items.find((x) => String(x.id) === v); if (r && !name.trim()) setName(t('stock.setup.roadPointName', { road: r.name })); }}
              data={(roads.data?.items ?? []).map((r) => ({ value: String(r.id), label: r.name }))} nothingFoundMessage={t('common.nothingFound')} />
          )}
          <TextInput label={t('stock.setup.pointName')} placeholder={t(kind === 'store' ? 'stock.setup.storeHint' : 'stock.setup.roadHint')} required value={name}
            onChange={(e) => setName(e.currentTarget.value)} error={errors.field('name')} />
          <Textarea label={t('stock.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('stock.setup.addPoint')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The commune's staging points, and "add" for those who record stock. */
export function PointsList({ unitId, communeId, canAdd }: { unitId: number | null; communeId: number | null; canAdd: boolean }) {
  const { t } = useTranslation();
  const points = usePoints(unitId);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Group justify="space-between" p="sm" pb={0}>
        <Text fw={600}>{t('stock.setup.points')}</Text>
        {canAdd && communeId !== null && <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>{t('stock.setup.addPoint')}</Button>}
      </Group>
      <QueryState query={points} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('stock.setup.noPoints')} />}>
        {(d) => (
          <DataTable label={t('stock.setup.points')} rows={d.items} rowKey={(p) => p.id} minWidth={420} columns={[
            { key: 'name', header: t('stock.setup.pointName'), cell: (p) => p.name },
            { key: 'kind', header: t('stock.setup.pointKind'), cell: (p) => (
              <><Badge variant="light" color={p.kind === 'road' ? 'grape' : 'gray'}>{t(p.kind === 'road' ? 'stock.setup.kindRoad' : 'stock.setup.kindStore')}</Badge>{p.road && <Text size="xs" c="dimmed">{p.road.name}</Text>}</>
            ) },
            { key: 'note', header: t('stock.note'), cell: (p) => <Text size="sm">{p.note ?? '—'}</Text> },
          ]} />
        )}
      </QueryState>
      {adding && communeId !== null && <PointModal communeId={communeId} onClose={() => setAdding(false)} />}
    </>
  );
}

export function BookingModal({ equipment, onClose }: { equipment: { id: number; name: string; commune: { id: number } | null }; onClose: () => void }) {
  const { t } = useTranslation();
  const roads = useRoads(equipment.commune?.id ?? null);
  const [day, setDay] = useState('');
  const [where, setWhere] = useState<'road' | 'place'>('road');
  const [roadId, setRoadId] = useState<string | null>(null);
  const [place, setPlace] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors(['day', 'roadId', 'segmentId', 'place', 'note']);
  const { save, submit } = useSaveForm({
    isEdit: true, invalidate: ['equipment'], errors, onClose,
    save: async () => {
      checkRequired([['day', !day, 'stock.setup.need.day'], ['roadId', where === 'road' && !roadId, 'stock.setup.need.road'],
        ['place', where === 'place' && !place.trim(), 'stock.setup.need.place']]);
      await typedApi.post('/equipment/{id}/bookings', {
        day, roadId: where === 'road' ? Number(roadId) : null, place: where === 'place' ? place.trim() : null, note: note.trim() || null,
      }, { path: { id: equipment.id } });
      return { name: equipment.name };
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('stock.setup.bookTitle', { name: equipment.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">{t('stock.setup.bookHint')}</Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <DateField label={t('stock.setup.day')} value={day} onChange={setDay} error={errors.field('day')} />
          <SegmentedControl value={where} onChange={(v) => setWhere(v as 'road' | 'place')} aria-label={t('stock.setup.where')}
            data={[{ value: 'road', label: t('stock.setup.atRoad') }, { value: 'place', label: t('stock.setup.atPlace') }]} />
          {where === 'road' ? (
            <Select label={t('stock.setup.road')} required searchable filter={accentFilter} value={roadId} onChange={setRoadId} error={errors.field('roadId')}
              data={(roads.data?.items ?? []).map((r) => ({ value: String(r.id), label: r.name }))} nothingFoundMessage={t('common.nothingFound')} />
          ) : (
            <TextInput label={t('stock.setup.place')} placeholder={t('stock.setup.placeHint')} required value={place} onChange={(e) => setPlace(e.currentTarget.value)}
              error={errors.field('place')} />
          )}
          <Textarea label={t('stock.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('stock.setup.book')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A new guidance document, or (with `doc`) its next version. */
export function GuidanceModal({ doc, onClose }: { doc?: { docKey: string; title: string; summary: string | null }; onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(doc?.title ?? '');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [summary, setSummary] = useState(doc?.summary ?? '');
  const [files, setFiles] = useState<File[]>([]);
  const errors = useFormErrors(['docKey', 'title', 'effectiveFrom', 'summary', 'file']);
  const { save, submit } = useSaveForm({
    isEdit: false, invalidate: ['guidance'], errors, onClose,
    save: async () => {
      checkRequired([['title', !title.trim(), 'stock.setup.need.title'], ['effectiveFrom', !effectiveFrom, 'stock.setup.need.effectiveFrom']]);
      const v = await typedApi.post('/guidance', { docKey: doc?.docKey ?? null, title: title.trim(), effectiveFrom, summary: summary.trim() || null });
      for (const file of files) {
        const form = new FormData();
        form.set('entity', 'guidance_document');
        form.set('entityId', String(v.id));
        form.set('file', file);
        await typedApi.upload('/files', form);
      }
      return { ...v, name: t('stock.setup.versionName', { title: v.title, n: v.versionNo }) };
    },
  });
  return (
    <Modal opened onClose={onClose} title={t(doc ? 'stock.setup.nextVersionTitle' : 'stock.setup.guidanceTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <TextInput label={t('stock.setup.guidanceName')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.field('title')} />
          <DateField label={t('stock.setup.effectiveFrom')} value={effectiveFrom} onChange={setEffectiveFrom} error={errors.field('effectiveFrom')} />
          <Textarea label={t('stock.setup.summary')} autosize minRows={3} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={errors.field('summary')} />
          <FileInput label={t('stock.setup.files')} description={t('stock.setup.filesHint')} multiple value={files} onChange={setFiles} clearable
            accept="application/pdf,image/*,.docx" leftSection={<IconFileText size={16} />} error={errors.field('file') ?? errors.field('docKey')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('stock.setup.publish')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
