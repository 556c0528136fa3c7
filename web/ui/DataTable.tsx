// One table for every feature list: a scrolling table on a wide screen and, where the feature gives
// a card for its rows, one card per row on a phone, so a clerk at 360 px reads each row whole
// instead of scrolling sideways. The columns are data (header, cell, alignment, width), so a feature
// states what it shows and this file decides how: the name the table is read by, striping, the
// empty state and an optional caption are the same everywhere.
import { Stack, Table, type TableProps, type TableTdProps, type TableThProps, type TableTrProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, type Key, type ReactNode } from 'react';

export interface Column<T> {
  /** Stable key of the column (React key; not shown). */
  key: string;
  /** The header cell's content; empty for an actions column. */
  header?: ReactNode;
  cell: (row: T, index: number) => ReactNode;
  align?: 'left' | 'center' | 'right';
  /** Width of the header cell (the column follows it). */
  width?: number | string;
  /** Keeps the cell on one line (dates, figures with units). */
  nowrap?: boolean;
  /** Extra props of the header cell (a title, a style). */
  th?: TableThProps;
  /** Extra props of each body cell, from its row (emphasis, colour). */
  td?: (row: T, index: number) => TableTdProps;
}

/** A column list may hold `false` for a column shown only to some users. */
export type Columns<T> = readonly (Column<T> | false | null | undefined)[];

type RowProps = TableTrProps & Record<`data-${string}`, string | number | boolean | undefined>;

export interface DataTableProps<T> {
  rows: readonly T[];
  columns: Columns<T>;
  rowKey: (row: T, index: number) => Key;
  /** The table's accessible name (what a screen reader announces). */
  label?: string;
  /** A visible caption above the rows. */
  caption?: ReactNode;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  /** Limits the height; the rows scroll inside. */
  maxHeight?: number;
  striped?: boolean;
  highlightOnHover?: boolean;
  verticalSpacing?: TableProps['verticalSpacing'];
  fz?: TableProps['fz'];
  /** Props of each body row (a background, a data attribute, an id). */
  rowProps?: (row: T, index: number) => RowProps;
  /** Rows after the body: totals. */
  footer?: ReactNode;
  /** Shown instead of the table when there are no rows; without it an empty table is shown. */
  empty?: ReactNode;
  /** A row opened below its row across every column (history, a diff); null when closed. */
  detail?: (row: T, index: number) => ReactNode;
  /** Props of the detail row's cell (a background). */
  detailCell?: TableTdProps;
  /** The phone layout: one card per row, listed, below 48em. Without it the table scrolls. */
  card?: (row: T, index: number) => ReactNode;
  testId?: string;
  layout?: 'auto' | 'fixed';
}

const PHONE = '(max-width: 48em)';

export function DataTable<T>(p: DataTableProps<T>) {
  const phone = useMediaQuery(PHONE) && !!p.card;
  if (!p.rows.length && p.empty !== undefined) return <>{p.empty}</>;
  const columns = p.columns.filter((c): c is Column<T> => !!c);
  if (phone && p.card) {
    const card = p.card;
    return (
      <Stack gap={6} role="list" aria-label={p.label} data-testid={p.testId}>
        {p.rows.map((r, i) => <div role="listitem" key={p.rowKey(r, i)}>{card(r, i)}</div>)}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={p.minWidth ?? 0} mah={p.maxHeight}>
      <Table striped={p.striped ?? true} highlightOnHover={p.highlightOnHover} verticalSpacing={p.verticalSpacing ?? 'xs'}
        fz={p.fz} aria-label={p.label} data-testid={p.testId} layout={p.layout}>
        {p.caption && <Table.Caption>{p.caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => <Table.Th key={c.key} ta={c.align} w={c.width} {...c.th}>{c.header}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.rows.map((r, i) => {
            const detail = p.detail?.(r, i);
            return (
              <Fragment key={p.rowKey(r, i)}>
                <Table.Tr {...p.rowProps?.(r, i)}>
                  {columns.map((c) => <Cell key={c.key} column={c} row={r} index={i} />)}
                </Table.Tr>
                {detail && <Table.Tr><Table.Td colSpan={columns.length} {...p.detailCell}>{detail}</Table.Td></Table.Tr>}
              </Fragment>
            );
          })}
        </Table.Tbody>
        {p.footer && <Table.Tfoot>{p.footer}</Table.Tfoot>}
      </Table>
    </Table.ScrollContainer>
  );
}

function Cell<T>({ column: c, row, index }: { column: Column<T>; row: T; index: number }) {
  const extra = c.td?.(row, index);
  // A column kept on one line stays so even when its row adds a style of its own.
  const style = c.nowrap ? { whiteSpace: 'nowrap' as const, ...(extra?.style as object | undefined) } : extra?.style;
  return <Table.Td ta={c.align} {...extra} style={style}>{c.cell(row, index)}</Table.Td>;
}
