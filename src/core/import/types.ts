/** Tables found in a document (Word, PDF, web page), before one is chosen and read. */
import type { Grid } from '../types';

export type SourceKind = 'docx' | 'pdf' | 'html' | 'sheet';

export interface SourceTable {
  /** 1-based position in the document, as the user chooses it ("--table 2"). */
  index: number;
  /** The heading or paragraph above the table ("PHỤ LỤC I …"); "" when none. */
  title: string;
  /** Cell strings; a merged block's value in its top-left cell, the covered cells empty. */
  grid: Grid;
  /** 1-based page where the table starts (PDF only). */
  page?: number;
}
