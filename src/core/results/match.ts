/**
 * Result rows matched to the workbook: which unit's tab, which line, which period, which cell
 * value. Pure: the caller passes the table's indicators, the reporting units with their lines
 * and the period state. Every row is checked and every problem kept, so one run lists them all.
 */
import { agencyKey } from '../agencies/identity';
import { linesOf, type TabLine } from '../layout/lines';
import { atRow, M } from '../messages';
import { cleanText } from '../text/normalize';
import type { Indicator } from '../types';
import type { ResultRow, RowProblem } from './rows';
import { readResultValue, type SheetValue } from './value';

export interface ImportUnit {
  key: string;
  name: string;
  sheetName: string;
  aliases: string[];
  /** The lines this unit reports on its tab. */
  lines: TabLine[];
}

export interface ImportContext {
  indicators: Indicator[];
  units: ImportUnit[];
  periods: string[];
  closedPeriods: string[];
  /** Closed periods reopened for one unit, by unit key. */
  reopened: Record<string, string[]>;
  /** The Settings' period a person means ("Q1", "quý 1" → "Quý I"), or null. */
  resolvePeriod(typed: string): string | null;
}

export interface ResultEntry {
  row: number;
  unit: ImportUnit;
  line: TabLine;
  period: string;
  /** In sheet units: a fraction for a percent. */
  value: SheetValue;
  evidence: string;
  note: string;
}

const lower = (text: string) => cleanText(text).toLowerCase();
const MAX_TEXT = 60;
const shorten = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1).trimEnd()}…` : text);

/** Finds units by full name, alias (same agency key) or sheet name (any case). */
function unitFinder(units: ImportUnit[]): (typed: string) => ImportUnit | undefined {
  const byName = new Map<string, ImportUnit>();
  const bySheet = new Map<string, ImportUnit>();
  for (const unit of units) {
    for (const name of [unit.name, ...unit.aliases])
      if (!byName.has(agencyKey(name))) byName.set(agencyKey(name), unit);
    bySheet.set(lower(unit.sheetName), unit);
  }
  return (typed) => bySheet.get(lower(typed)) ?? byName.get(agencyKey(typed));
}

type LineFound = { line: TabLine } | { problem: string };

/** Finds a line by line key, indicator id, or printed code (when only one indicator has it). */
function lineFinder(indicators: Indicator[]): (ref: string) => LineFound {
  const lineByKey = new Map<string, TabLine>();
  const linesById = new Map<string, TabLine[]>();
  const byCode = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const lines = linesOf(indicator);
    for (const line of lines) lineByKey.set(lower(line.key), line);
    linesById.set(lower(indicator.id), lines);
    const code = lower(indicator.code).replace(/\.$/, '');
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), indicator]);
  }
  const single = (ref: string, lines: TabLine[]): LineFound =>
    lines.length === 1
      ? { line: lines[0] }
      : {
          problem: M.resultsSeveralLines(
            ref,
            lines.map((l) => `${l.key} (${shorten(l.text)})`),
          ),
        };
  return (ref) => {
    const key = lower(ref);
    const exact = lineByKey.get(key);
    if (exact) return { line: exact };
    const byId = linesById.get(key);
    if (byId) return single(ref, byId);
    const coded = byCode.get(key.replace(/\.$/, '')) ?? [];
    if (coded.length > 1)
      return {
        problem: M.resultsAmbiguousCode(
          ref,
          coded.map((i) => `${i.id} (${shorten(i.text)})`),
        ),
      };
    if (coded.length === 1) return single(ref, linesById.get(lower(coded[0].id))!);
    return { problem: M.resultsUnknownIndicator(ref) };
  };
}

export function matchResults(
  rows: ResultRow[],
  context: ImportContext,
): { entries: ResultEntry[]; problems: RowProblem[] } {
  const findUnit = unitFinder(context.units);
  const findLine = lineFinder(context.indicators);
  const reporters = (key: string) =>
    context.units.filter((u) => u.lines.some((l) => l.key === key)).map((u) => u.sheetName);
  const seen = new Map<string, number>();
  const entries: ResultEntry[] = [];
  const problems: RowProblem[] = [];

  for (const row of rows) {
    const own: string[] = [];
    const unit = findUnit(row.agency);
    if (!unit)
      own.push(
        M.resultsUnknownAgency(
          row.agency,
          context.units.map((u) => u.sheetName),
        ),
      );
    const found = findLine(row.indicator);
    if ('problem' in found) own.push(found.problem);
    const period = context.resolvePeriod(row.period);
    if (!period) own.push(M.resultsUnknownPeriod(row.period, context.periods));

    let line: TabLine | undefined;
    if (unit && 'line' in found) {
      line = unit.lines.find((l) => l.key === found.line.key);
      if (!line) own.push(M.resultsNotReportedBy(unit.name, found.line.key, reporters(found.line.key)));
    }
    if (
      unit &&
      period &&
      context.closedPeriods.includes(period) &&
      !(context.reopened[unit.key] ?? []).includes(period)
    ) {
      own.push(M.resultsPeriodClosed(period, unit.name));
    }
    // The value is checked against the line even when the agency is wrong, so both are reported at once.
    const checked = 'line' in found ? readResultValue(row.value, found.line) : null;
    if (checked && !checked.ok) own.push(checked.message);

    if (unit && line && period) {
      const cell = `${unit.key}\u0000${line.key}\u0000${period}`;
      const first = seen.get(cell);
      if (first !== undefined) own.push(M.resultsRepeated(first));
      else seen.set(cell, row.row);
    }
    if (unit && line && period && checked?.ok && own.length === 0) {
      entries.push({ row: row.row, unit, line, period, value: checked.value, evidence: row.evidence, note: row.note });
    } else {
      problems.push(...own.map((message) => ({ row: row.row, message })));
    }
  }
  return { entries, problems };
}

/** A problem as a person reads it: "Dòng 7: …". */
export function problemText(problem: RowProblem): string {
  return `${atRow(problem.row)}${problem.message}`;
}
