// Administrative units: the whole tree (any depth) with expand/collapse; a search (accent-insensitive,
// done by the API) lists matches with their path. Add-child and edit appear when the unit's
// `actions` allow them.
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPencil, IconPlus, IconPoint } from '@tabler/icons-react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import type { Unit } from '../../lib/types';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { SearchInput } from '../../ui/SearchInput';
import { useUnits } from './api';
import { UnitFormModal, type UnitEditTarget } from './UnitFormModal';

function UnitActions({ unit, onEdit }: { unit: Unit; onEdit: (t: UnitEditTarget) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {unit.actions.includes('addChild') && (
        <Tooltip label={t('units.addChild')}>
          <ActionIcon variant="subtle" aria-label={t('units.addChildOf', { name: unit.name })} onClick={() => onEdit({ mode: 'add', parent: unit })}>
            <IconPlus size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      {unit.actions.includes('edit') && (
        <Tooltip label={t('common.edit')}>
          <ActionIcon variant="subtle" aria-label={t('units.editNamed', { name: unit.name })} onClick={() => onEdit({ mode: 'edit', unit })}>
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

function UnitLabel({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
      <Text size="sm" fw={unit.childCount ? 600 : 400}>{unit.name}</Text>
      <Badge size="xs" variant="light" color="gray">{t(`levels.${unit.level}`)}</Badge>
      {unit.code && <Text size="xs" c="dimmed">{unit.code}</Text>}
    </Group>
  );
}

function Tree({ units, onEdit }: { units: Unit[]; onEdit: (t: UnitEditTarget) => void }) {
  const { t } = useTranslation();
  const children = useMemo(() => {
    const map = new Map<number | null, Unit[]>();
    const ids = new Set(units.map((u) => u.id));
    for (const u of units) {
      const key = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
      map.set(key, [...(map.get(key) ?? []), u]);
    }
    return map;
  }, [units]);
  // Provinces and districts start open: communes are what people look for.
  const [open, setOpen] = useState<Set<number>>(() => new Set(units.filter((u) => u.level === 'province' || u.level === 'district').map((u) => u.id)));
  const toggle = (id: number) => setOpen((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  });

  const render = (parent: number | null, depth: number): ReactNode => (children.get(parent) ?? []).map((u) => {
    const kids = children.get(u.id) ?? [];
    const isOpen = open.has(u.id);
    return (
      <div key={u.id} role="treeitem" aria-expanded={kids.length ? isOpen : undefined}>
        <Group justify="space-between" wrap="nowrap" gap="xs" py={4} pl={depth * 18} className="tree-row">
          <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
            {kids.length ? (
              <UnstyledButton onClick={() => toggle(u.id)} aria-label={t(isOpen ? 'units.collapse' : 'units.expand', { name: u.name })} style={{ display: 'flex' }}>
                {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
              </UnstyledButton>
            ) : <IconPoint size={16} color="var(--mantine-color-gray-5)" />}
            <UnitLabel unit={u} />
          </Group>
          <UnitActions unit={u} onEdit={onEdit} />
        </Group>
        {kids.length > 0 && isOpen && <div role="group">{render(u.id, depth + 1)}</div>}
      </div>
    );
  });

  return <div role="tree" aria-label={t('units.title')}>{render(null, 0)}</div>;
}

function Matches({ units, onEdit }: { units: Unit[]; onEdit: (t: UnitEditTarget) => void }) {
  return (
    <Stack gap={0}>
      {units.map((u) => (
        <Group key={u.id} justify="space-between" wrap="nowrap" py={6} className="tree-row">
          <div style={{ minWidth: 0 }}>
            <UnitLabel unit={u} />
            <Text size="xs" c="dimmed">{u.path.slice(0, -1).join(' › ')}</Text>
          </div>
          <UnitActions unit={u} onEdit={onEdit} />
        </Group>
      ))}
    </Stack>
  );
}

export function UnitsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [q, setQ] = useState('');
  const onSearch = useCallback((v: string) => setQ(v), []);
  const units = useUnits(q ? { q } : {});
  const [target, setTarget] = useState<UnitEditTarget | null>(null);

  return (
    <>
      <PageHeader title={t('units.title')} description={t('units.description')}
        actions={can('units.write') && <Button leftSection={<IconPlus size={16} />} onClick={() => setTarget({ mode: 'add', parent: null })}>{t('units.addTop')}</Button>} />
      <Group mb="sm"><SearchInput label={t('units.search')} onSearch={onSearch} /></Group>
      <Paper withBorder p="sm">
        <QueryState query={units} isEmpty={(d) => d.items.length === 0}
          empty={<Empty title={q ? t('common.noMatch', { q }) : t('units.empty')} />}>
          {(data) => (q ? <Matches units={data.items} onEdit={setTarget} /> : <Tree units={data.items} onEdit={setTarget} />)}
        </QueryState>
      </Paper>
      {target && <UnitFormModal target={target} onClose={() => setTarget(null)} />}
    </>
  );
}
