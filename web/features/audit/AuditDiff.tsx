// Before and after of one audit entry side by side, changed fields highlighted.
import { Badge, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { diffEntries } from './diff';

function Value({ value, present }: { value: unknown; present: boolean }) {
  if (!present) return <Text size="xs" c="dimmed">—</Text>;
  if (value === null) return <Text size="xs" c="dimmed">null</Text>;
  if (typeof value === 'object') {
    return <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 220, overflow: 'auto' }}>{JSON.stringify(value, null, 1)}</Code>;
  }
  return <Text size="sm" style={{ wordBreak: 'break-word' }}>{String(value)}</Text>;
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = diffEntries(before, after);
  if (!rows.length) return <Text size="sm" c="dimmed">{t('audit.noDetails')}</Text>;
  // A new (or removed) record: every field is new, so nothing is worth highlighting.
  const whole = before == null ? 'audit.createdRecord' : after == null ? 'audit.removedRecord' : null;
  const shown = whole ? rows.map((r) => ({ ...r, changed: false })) : rows;
  const changedCount = rows.filter((r) => r.changed).length;
  return (
    <div>
      <Text size="xs" c="dimmed" mb={4}>{whole ? t(whole, { n: rows.length }) : t('audit.changedCount', { n: changedCount })}</Text>
      <DataTable testId="audit-diff" rows={shown} rowKey={(r) => r.field} minWidth={560} layout="fixed" withColumnBorders striped={false}
        verticalSpacing={4} fz="sm" rowProps={(r) => ({ bg: r.changed ? 'yellow.0' : undefined, 'data-changed': r.changed || undefined })} columns={[
          { key: 'field', header: t('audit.field'), width: '22%', cell: (r) => (
            <>
              <Text size="sm" ff="monospace" fw={r.changed ? 700 : 400} style={{ wordBreak: 'break-word' }}>{r.field || '—'}</Text>
              {r.changed && <Badge size="xs" color="yellow" variant="filled" mt={2}>{t('audit.changed')}</Badge>}
            </>
          ) },
          { key: 'before', header: t('audit.before'), td: (r) => ({ bg: r.changed && r.inBefore ? 'red.0' : undefined }), cell: (r) => <Value value={r.before} present={r.inBefore} /> },
          { key: 'after', header: t('audit.after'), td: (r) => ({ bg: r.changed && r.inAfter ? 'green.0' : undefined }), cell: (r) => <Value value={r.after} present={r.inAfter} /> },
        ]} />
    </div>
  );
}
