// XLSX written as a stream (ExcelJS's WorkbookWriter): each row goes to the zip as soon as it is
// final, so an export of a million rows holds one row in memory, not a million. The same official
// layout as xlsx.ts (header, ruled tables, closing) and the same formula-safe rule: every row is
// run through `formulaSafeRow` just before it is committed, and the rows still open at the end too.
// Column widths are written with the first committed row, so a sheet's widths are given up front.
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formulaSafeRow } from '../formula-safe.js';
import { officialWorksheet, writeTableHeader, writeTableRow, type SheetColumn } from './xlsx.js';

type Row = Array<string | number | null>;

const YIELD_EVERY_ROWS = 200;
/** How much of a sheet's XML may wait for the zip before the rows wait for it. */
export const ZIP_BACKLOG_BYTES = 4 * 1024 * 1024;

export class StreamingSheet {
  private committedBefore = 1;

  /** The most XML seen waiting for the zip at a check: stays near the limit when the rows wait. */
  maxBacklogSeen = 0;

  constructor(readonly ws: ExcelJS.Worksheet, private readonly backlogLimit = ZIP_BACKLOG_BYTES) {}

  /** Rows above `row` are final: made formula-safe and written out (they can no longer change). */
  flushBefore(row: number): void {
    if (row - 1 < this.committedBefore) return;
    for (let r = this.committedBefore; r < row; r++) {
      const open = (this.ws as unknown as { findRow(n: number): ExcelJS.Row | undefined }).findRow(r);
      if (open) formulaSafeRow(open);
    }
    this.ws.getRow(row - 1).commit();
    this.committedBefore = row;
  }

  /**
   * Waits while the zip is behind. ExcelJS's sheet buffer hands its 64 kB blocks to the zip entry
   * without heeding backpressure, so when the zip fell behind (a slow reader, a busy machine) the
   * sheet's XML piled up in the entry's write buffer: a million rows peaked at 349 MB. The entry is
   * a stream: past its high-water mark it asks for a 'drain', and past our limit we wait for it.
   */
  async writtenOut(): Promise<void> {
    const internal = this.ws as unknown as { _stream?: { pipes?: Writable[] } };
    const entry = internal._stream?.pipes?.[0] as (Writable & { _writableState?: { length: number; needDrain: boolean } }) | undefined;
    const state = entry?._writableState;
    if (!entry || !state) return;
    this.maxBacklogSeen = Math.max(this.maxBacklogSeen, state.length);
    if (state.needDrain && state.length > this.backlogLimit) await once(entry, 'drain');
  }

  private finished = false;

  /** Makes the rows still open formula-safe and closes the sheet; no row may be added after. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.ws.eachRow({ includeEmpty: false }, formulaSafeRow);
    this.ws.commit();
  }
}

export interface StreamingBook {
  /** A new official A4 sheet (the previous one is closed: sheets are filled one after another) whose columns have these widths (at least; tables may not widen them later). */
  sheet(name: string, widths: number[]): StreamingSheet;
}

/** Writes a workbook to `out` as `fill` adds its rows; resolves once the file is complete. */
export async function streamWorkbook(out: Writable, fill: (book: StreamingBook) => Promise<void>, backlogLimit = ZIP_BACKLOG_BYTES): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'ntm-hub';
  const sheets: StreamingSheet[] = [];
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  await fill({
    sheet(name, widths) {
      // The zip takes one sheet after another: the previous sheet ends here, or the rows of this
      // one would wait in memory until it does.
      sheets.at(-1)?.finish();
      const ws = officialWorksheet(wb, name);
      widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
      const s = new StreamingSheet(ws, backlogLimit);
      sheets.push(s);
      return s;
    },
  });
  sheets.at(-1)?.finish();
  await wb.commit();
  await done;
}

/** The streamed workbook collected in memory: for documents whose file is small (a district's report). */
export async function streamedWorkbookBuffer(fill: (book: StreamingBook) => Promise<void>): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await streamWorkbook(sink, fill);
  return Buffer.concat(chunks);
}

/**
 * A ruled table whose rows come one by one (from a database cursor, say), each written out once
 * the next begins. Returns the next free row, as writeTable does.
 */
export async function streamTable(sheet: StreamingSheet, startRow: number, columns: SheetColumn[], rows: Iterable<Row> | AsyncIterable<Row>, caption?: string): Promise<number> {
  let r = writeTableHeader(sheet.ws, startRow, columns, caption);
  for await (const row of rows) {
    writeTableRow(sheet.ws, r, columns, row);
    sheet.flushBefore(r);
    // Rows from memory never leave the loop on their own: give the zip a turn to compress and
    // pass on what was written, or the XML would pile up in its buffers.
    if (++r % YIELD_EVERY_ROWS === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      await sheet.writtenOut();
    }
  }
  return r + 1;
}
