/** What the import dialog and the server functions exchange through google.script.run (JSON-safe). */
import type { Grid, Warning } from '../types';
import type { TableDiff } from './diff';

export interface ImportRequest {
  grid: Grid;
  file: string;
  /** The file's last-modified date, yyyy-mm-dd. */
  date: string;
  tables: number[];
}

export interface ImportPreview {
  indicators: Array<{ id: string; code: string; section: string; text: string; target: string; agencies: string[] }>;
  agencies: string[];
  warnings: Warning[];
  /** Against the table already in the workbook; null when there is none. */
  diff: TableDiff | null;
  /** The file the table in the workbook came from, when recorded. */
  previousFile: string;
}

export type PreviewResponse = ({ ok: true } & ImportPreview) | { ok: false; message: string };
export type ApplyResponse = { ok: boolean; message: string; indicators: number };
