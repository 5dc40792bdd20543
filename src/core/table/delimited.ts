/**
 * TSV and CSV text to a grid of strings, as a spreadsheet paste gives them: cells holding a
 * delimiter, a line break or a quote are quoted, with inner quotes doubled. Parsing is
 * PapaParse's (RFC 4180 with the usual leniencies), kept rather than our own scanner because it
 * guesses the delimiter by parsing each candidate with its quotes: a semicolon CSV, as Excel
 * writes it in a Vietnamese locale, whose quoted cells hold commas is read as semicolons.
 */
import Papa from 'papaparse';
import type { Grid } from '../types';

/** Tab first (a paste), then ";" (vi-VN Excel's CSV), then ",". */
const CANDIDATES = ['\t', ';', ','];

export type QuoteProblem = 'unclosed-quote' | 'stray-quote';

/** A quote that makes the rest of the file ambiguous; `line` is 1-based, in the text as given. */
export class DelimitedTextError extends Error {
  constructor(
    readonly problem: QuoteProblem,
    readonly line: number,
  ) {
    super(`${problem} at line ${line}`);
  }
}

/**
 * The delimiter whose quote-aware parse gives the most regular rows (PapaParse's guess, made on
 * non-empty lines only: a blank last line would otherwise sink every candidate).
 */
export function detectDelimiter(text: string): string {
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: CANDIDATES, skipEmptyLines: 'greedy', preview: 50 });
  return guess.meta.delimiter || ',';
}

const lineAt = (text: string, index: number) => text.slice(0, Math.max(0, index)).split('\n').length;

export function parseDelimited(text: string, delimiter?: string): Grid {
  const source = text.replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(source, { delimiter: delimiter ?? detectDelimiter(source) });
  const quotes = parsed.errors.filter((e) => e.type === 'Quotes');
  const stray = quotes.find((e) => e.code === 'InvalidQuotes');
  const unclosed = quotes.find((e) => e.code === 'MissingQuotes');
  if (stray) throw new DelimitedTextError('stray-quote', lineAt(source, stray.index ?? 0));
  if (unclosed) throw new DelimitedTextError('unclosed-quote', lineAt(source, unclosed.index ?? 0));
  const rows = parsed.data;
  // The line break ending the last row is not one more, empty, row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}
