// Pieces the road pages share: segment status colours and badge, vi-VN decimals, and the commune
// picker (a commune user is held to their own commune; the office chooses one).
import { Badge, Select } from '@mantine/core';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth';
import { useCriterionCommunes, type SegmentStatus } from './api';

/** One colour per status, the same on the badges, the map lines and the legend. */
export const STATUS_COLOURS: Record<SegmentStatus, { mantine: string; hex: string }> = {
  planned: { mantine: 'gray', hex: '#868e96' },
  ready: { mantine: 'blue', hex: '#1c7ed6' },
  in_progress: { mantine: 'orange', hex: '#f76707' },
  poured: { mantine: 'violet', hex: '#7048e8' },
  accepted: { mantine: 'teal', hex: '#0ca678' },
  rejected: { mantine: 'red', hex: '#e03131' },
};

export function StatusBadge({ status }: { status: SegmentStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOURS[status].mantine} variant="light" style={{ minWidth: 'max-content' }}>{t(`roads.status.${status}`)}</Badge>;
}

const decimals = new Map<number, Intl.NumberFormat>();
/** @example formatDecimal(1234.5, 2) === '1.234,5' (vi-VN, the office's format in both languages) */
export function formatDecimal(n: number, maxDigits = 2): string {
  let f = decimals.get(maxDigits);
  if (!f) decimals.set(maxDigits, (f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDigits })));
  return f.format(n);
}

/** The commune the page shows: a commune user's own; otherwise the one chosen (the first by default). */
export function useCommuneChoice(chosen: number | null, setChosen: (id: number) => void): { communeId: number | null; own: boolean } {
  const me = useMe();
  const own = me.user.role === 'commune' && me.user.unit ? me.user.unit.id : null;
  const communes = useCriterionCommunes();
  const first = communes.data?.items[0]?.commune.id ?? null;
  useEffect(() => {
    if (own === null && chosen === null && first !== null) setChosen(first);
  }, [own, chosen, first, setChosen]);
  return { communeId: own ?? chosen, own: own !== null };
}

export function CommunePicker({ value, onChange }: { value: number | null; onChange: (id: number) => void }) {
  const { t } = useTranslation();
  const communes = useCriterionCommunes();
  return (
    <Select label={t('roads.commune')} value={value === null ? null : String(value)} allowDeselect={false} w={240}
      data={(communes.data?.items ?? []).map((c) => ({ value: String(c.commune.id), label: c.commune.name }))}
      onChange={(v) => v && onChange(Number(v))} />
  );
}

/** The chosen commune kept in the address (?commune=4), so a link or a reload shows the same one. */
export function useCommuneParam(): [number | null, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('commune')) || null;
  const set = useCallback((id: number) => setParams((p) => { p.set('commune', String(id)); return p; }, { replace: true }), [setParams]);
  return [chosen, set];
}
