/**
 * The history sheet ("Diễn biến <năm>"): one row per reporting line (one target of one
 * indicator for one agency), its figure and verdict in every period, and the change since the
 * previous reported period, so a meeting sees progress at a glance. Rows follow the table's
 * order of indicators, agencies of the same indicator together. Built as whole blocks so the
 * sheets layer writes it with one call per block.
 */
import { COLOURS } from '../layout/colours';
import { emptySheetSpec, type SheetSpec } from '../layout/sheet-spec';
import type { LineStatus, UnitInput } from '../report/report';
import { evaluateLine } from '../report/report';
import { M } from '../messages';
import { sheetTexts as S } from '../messages/sheets';
import { STATUS } from '../messages/tab';
import type { Indicator, InputKind } from '../types';
import type { Settings } from '../workbook/settings';
import { trendOf } from './trend';

export const HISTORY_HEADER_ROW = 3;

export interface HistoryInput {
  settings: Settings;
  indicators: Indicator[];
  units: UnitInput[];
  /** When the sheet is written, as shown in its note ("HH:mm dd/mm/yyyy"). */
  updated: string;
}

export interface HistorySpec extends SheetSpec {
  title: string;
  /** Data rows (reporting lines). */
  lineCount: number;
}

const TEXT = '@';

export function historySheetName(year: number): string {
  return S.names.history(year);
}

function valueFormat(kind: InputKind): string {
  if (kind === 'percent') return '0.0%';
  if (kind === 'count') return '0';
  // As on the tabs: "#,##0.##" would show a whole number with a trailing separator ("5,").
  if (kind === 'number') return '#,##0.00';
  return TEXT;
}

const WORDS: Record<LineStatus, string> = { ...STATUS, invalid: M.historyInvalid };

function statusColour(status: LineStatus): string | null {
  if (status === 'met' || status === 'exceeded') return COLOURS.metBackground;
  if (status === 'unmet' || status === 'invalid') return COLOURS.unmetBackground;
  return null;
}

export function buildHistory(input: HistoryInput): HistorySpec {
  const { settings } = input;
  const periods = settings.periods;
  const h = M.historyHeader;
  const header = [h.agency, h.section, h.code, h.text, h.target, ...periods, ...periods.map(h.status), h.trend];
  const width = header.length;
  const firstValue = 5;
  const firstStatus = firstValue + periods.length;

  const byIndicator = new Map<string, Array<{ unit: UnitInput['unit']; entry: UnitInput['lines'][number] }>>();
  for (const u of input.units) {
    for (const entry of u.lines) {
      const list = byIndicator.get(entry.line.indicatorId) ?? [];
      list.push({ unit: u.unit, entry });
      byIndicator.set(entry.line.indicatorId, list);
    }
  }

  const title = M.historyTitle(settings.year);
  const values: unknown[][] = [[title], [M.historyNote(input.updated)], header];
  const numberFormats: string[][] = [[], [], []];
  const backgrounds: (string | null)[][] = [[], [], header.map(() => COLOURS.header)];
  const fontWeights: ('bold' | 'normal')[][] = [['bold'], [], header.map(() => 'bold' as const)];

  for (const indicator of input.indicators) {
    for (const { unit, entry } of byIndicator.get(indicator.id) ?? []) {
      const { line, values: entered } = entry;
      const raw = periods.map((p) => entered?.periods[p] ?? '');
      const statuses = raw.map((v) => evaluateLine(line, v, settings.exceedMargin).status);
      const trend = trendOf(line, periods, raw);
      values.push([
        unit.name,
        line.section,
        line.code,
        line.text,
        line.targetText,
        ...raw,
        ...statuses.map((s) => WORDS[s]),
        trend.text,
      ]);
      const format = valueFormat(line.kind);
      numberFormats.push(header.map((_, c) => (c >= firstValue && c < firstStatus ? format : TEXT)));
      const trendColour = trend.better === null ? null : trend.better ? COLOURS.metBackground : COLOURS.unmetBackground;
      backgrounds.push(
        header.map((_, c) =>
          c >= firstStatus && c < width - 1
            ? statusColour(statuses[c - firstStatus])
            : c === width - 1
              ? trendColour
              : null,
        ),
      );
      fontWeights.push(header.map(() => 'normal'));
    }
  }

  const pad = <T>(rows: T[][], fill: T) =>
    rows.map((r) => Array.from({ length: width }, (_, c) => (c < r.length ? r[c] : fill)));
  const height = values.length;
  const lineCount = height - HISTORY_HEADER_ROW;
  return {
    ...emptySheetSpec(historySheetName(settings.year), height, width),
    title,
    values: pad(values, ''),
    numberFormats: pad(numberFormats, TEXT),
    backgrounds: pad(backgrounds, null),
    fontWeights: pad(fontWeights, 'normal'),
    wrap: [{ row: HISTORY_HEADER_ROW, col: 1, numRows: lineCount + 1, numCols: width }],
    frozenRows: HISTORY_HEADER_ROW,
    columnWidths: header.map((_, c) =>
      c === 3 ? 360 : c === 0 ? 180 : c === 1 ? 130 : c === 2 ? 45 : c === width - 1 ? 200 : 95,
    ),
    lineCount,
  };
}
