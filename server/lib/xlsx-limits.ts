// Checks an .xlsx upload against size limits BEFORE a workbook is built from it. A 6 kB file may
// declare one cell at XFD1048576 (a reader then walks a million rows), and a 100 kB file may hold
// a 100 MB name (deflate packs repeated text a thousand to one). The zip is inflated as a stream
// (fflate) and its XML scanned as it arrives, counting rows, columns and the length of each text,
// so memory stays flat and the first bound crossed stops the reading at once, with a clear error.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { fail } from '../http/errors.js';

export interface XlsxLimits {
  maxRows: number;
  maxColumns: number;
  /** Characters in one cell's text. */
  maxCellChars: number;
  /** Bytes of all the XML inside the zip, inflated. */
  maxInflatedBytes: number;
  /** Milliseconds the check may take. */
  timeBudgetMs: number;
  /** Rows covered by merged ranges, summed over the file (each is indexed by row when read). */
  maxMergedRows: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxRows: 20_000, maxColumns: 100, maxCellChars: 4_000, maxInflatedBytes: 80 * 1024 * 1024, timeBudgetMs: 3_000, maxMergedRows: 200_000,
};

class LimitExceeded extends Error {
  constructor(readonly vi: string, readonly en: string) { super(en); }
}

/** "XFD1048576" → { column: 16384, row: 1048576 }. */
export function cellPosition(ref: string): { column: number; row: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}

/** Scans one sheet or shared-strings part as its text arrives, chunk by chunk. */
class PartScanner {
  private tail = '';
  private inText = false;
  private textChars = 0;
  /** The merged ranges of a sheet ("A8:A11"), for the reader to fill in. */
  readonly merges: string[] = [];
  constructor(private readonly part: string, private readonly limits: XlsxLimits, private readonly mergedRows: { n: number }) {}

  feed(chunk: string): void {
    const text = this.tail + chunk;
    // Keep an unfinished tag for the next chunk; text between tags is only counted.
    const lastOpen = text.lastIndexOf('<');
    const complete = lastOpen > text.lastIndexOf('>') ? text.slice(0, lastOpen) : text;
    this.tail = text.slice(complete.length);
    if (this.tail.length > 4096) throw new LimitExceeded('Tệp có thẻ XML dài bất thường', 'The file holds an abnormally long XML tag');
    const tag = /<(\/?)([\w:]+)([^>]*)>/g;
    let at = 0;
    for (let m = tag.exec(complete); m; m = tag.exec(complete)) {
      if (this.inText) this.countText(m.index - at);
      at = m.index + m[0].length;
      const [, close, name, attrs] = m;
      const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
      if (local === 't') { this.inText = !close && !attrs.endsWith('/'); this.textChars = 0; continue; }
      if (close) continue;
      if (local === 'dimension') this.checkRange(/ref="([^"]+)"/.exec(attrs)?.[1]);
      else if (local === 'mergeCell') this.addMerge(/ref="([^"]+)"/.exec(attrs)?.[1]);
      else if (local === 'c' || local === 'row') {
        const ref = /\br="([^"]+)"/.exec(attrs)?.[1];
        if (ref) this.checkRef(local === 'row' ? `A${ref}` : ref);
      }
    }
    if (this.inText) this.countText(complete.length - at);
  }

  private countText(chars: number) {
    this.textChars += chars;
    if (this.textChars > this.limits.maxCellChars) {
      throw new LimitExceeded(`Có ô chứa văn bản dài hơn ${this.limits.maxCellChars} ký tự`, `A cell holds more than ${this.limits.maxCellChars} characters of text`);
    }
  }

  private addMerge(range: string | undefined) {
    if (!range) return;
    this.checkRange(range);
    const [a, b] = range.split(':').map(cellPosition);
    this.mergedRows.n += a && b ? Math.abs(b.row - a.row) + 1 : 1;
    if (this.mergedRows.n > this.limits.maxMergedRows) throw new LimitExceeded('Tệp có quá nhiều ô gộp', 'The file has too many merged cells');
    this.merges.push(range);
  }

  private checkRange(range: string | undefined) {
    for (const ref of range?.split(':') ?? []) this.checkRef(ref);
  }

  private checkRef(ref: string) {
    const p = cellPosition(ref);
    if (!p) return;
    if (p.row > this.limits.maxRows || p.column > this.limits.maxColumns) {
      throw new LimitExceeded(
        `Bảng tính quá lớn: có dữ liệu ở ô ${ref} (${this.part}); giới hạn ${this.limits.maxRows} dòng, ${this.limits.maxColumns} cột`,
        `The spreadsheet is too large: it has data at cell ${ref} (${this.part}); the limit is ${this.limits.maxRows} rows, ${this.limits.maxColumns} columns`);
    }
  }
}

const SCANNED = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;

/**
 * Refuses (400 on `field`) an .xlsx whose sheets reach past the row or column limit, whose cells
 * hold overlong text, whose XML inflates past the limit, or that takes longer than the budget.
 * Returns each sheet part's merged ranges ("worksheets/sheet1.xml" → ["A8:A11"]).
 */
export function checkXlsxLimits(data: Uint8Array, field = 'file', limits: XlsxLimits = DEFAULT_XLSX_LIMITS): { merges: Map<string, string[]> } {
  const started = Date.now();
  const merges = new Map<string, string[]>();
  const mergedRows = { n: 0 };
  let inflated = 0;
  let problem: LimitExceeded | null = null;
  const open: UnzipFile[] = [];
  const unzip = new Unzip((file) => {
    if (problem) return;
    const part = file.name.replace(/^xl\//, '');
    const scanner = SCANNED.test(file.name) ? new PartScanner(part, limits, mergedRows) : null;
    if (scanner) merges.set(part, scanner.merges);
    const decoder = new TextDecoder();
    open.push(file);
    file.ondata = (err, chunk, final) => {
      if (problem) return;
      try {
        if (err) throw new LimitExceeded('Không đọc được tệp Excel', 'The Excel file could not be read');
        inflated += chunk.length;
        if (inflated > limits.maxInflatedBytes) throw new LimitExceeded('Tệp Excel giải nén ra quá lớn', 'The Excel file inflates to too much data');
        // The time budget guards against large files that are slow to scan; a small file that took long
        // only met a busy machine (a stalled process), so it is not refused for that.
        if (inflated > 1024 * 1024 && Date.now() - started > limits.timeBudgetMs) throw new LimitExceeded('Đọc tệp Excel quá lâu, hãy chia nhỏ tệp', 'Reading the Excel file took too long: split it');
        scanner?.feed(decoder.decode(chunk, { stream: !final }));
      } catch (e) {
        problem = e instanceof LimitExceeded ? e : new LimitExceeded('Không đọc được tệp Excel', 'The Excel file could not be read');
        for (const f of open) f.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small steps: deflate packs up to ~1000:1, so one kilobyte in is at most about a megabyte out.
  const STEP = 1024;
  try {
    for (let at = 0; at < data.length && !problem; at += STEP) unzip.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch {
    problem = new LimitExceeded('Không đọc được tệp Excel', 'The Excel file could not be read');
  }
  if (problem) fail('VALIDATION', field, (problem as LimitExceeded).vi, (problem as LimitExceeded).en);
  return { merges };
}
