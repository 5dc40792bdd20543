/**
 * A result as a person writes it ("85%", "85", "85,5", "3", "Có") turned into what the tab's
 * cell holds, under the same rules as the cell's validation: percents 0–100% stored as
 * fractions, counts whole and not negative, yes/no answers as the list's "Có" / "Chưa có".
 */
import { toSheetNumber } from '../layout/bounds';
import type { TabLine } from '../layout/lines';
import { M } from '../messages';
import { NO, YES } from '../messages/tab';
import { NO_ANSWERS, YES_ANSWERS } from '../targets/lexicon';
import { readFigure } from '../targets/number';
import { foldKey } from '../text/normalize';

export type SheetValue = number | string;

export type ValueRead = { ok: true; value: SheetValue } | { ok: false; message: string };

const YES_KEYS = new Set(YES_ANSWERS.map(foldKey));
const NO_KEYS = new Set(NO_ANSWERS.map(foldKey));

const fail = (message: string): ValueRead => ({ ok: false, message });

export function readResultValue(text: string, line: Pick<TabLine, 'kind' | 'target'>): ValueRead {
  const typed = text.trim();
  switch (line.kind) {
    case 'percent': {
      const figure = readFigure(typed, true);
      if (figure === null) return fail(M.valuePercent(typed));
      if (figure < 0 || figure > 100) return fail(M.valuePercentRange(typed));
      return { ok: true, value: toSheetNumber(figure, line.target) };
    }
    case 'count': {
      const figure = readFigure(typed, false);
      if (figure === null || figure < 0 || !Number.isInteger(figure)) return fail(M.valueCount(typed));
      return { ok: true, value: figure };
    }
    case 'yesno': {
      const key = foldKey(typed);
      if (YES_KEYS.has(key)) return { ok: true, value: YES };
      if (NO_KEYS.has(key)) return { ok: true, value: NO };
      return fail(M.valueYesNo(typed));
    }
    default: {
      const figure = readFigure(typed, false);
      return figure === null ? fail(M.valueNumber(typed)) : { ok: true, value: figure };
    }
  }
}
