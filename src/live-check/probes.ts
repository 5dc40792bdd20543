/**
 * The points Google does not document and the add-on (and the in-memory engine) must assume:
 * each probe does the thing in a scratch sheet and says what it saw. `assumed` is what the add-on
 * and the engine take for granted (with where that comes from); null means there is no
 * assumption to check, only a fact to record. On the engine the probes must agree with the
 * engine's rules — that is the test that this file works before anyone runs it for real.
 */
import { WHOLE_NUMBER_FORMULA } from '../core/layout/tab';
import { liveCheckTexts as T } from '../core/messages/live-check';
import type { Platform, SheetApi, SpreadsheetApi } from '../sheets/gas';
import { fitSheet } from '../sheets/render-sheet';

export interface ProbeResult {
  id: string;
  question: string;
  /** What the add-on assumes (null: only recorded). */
  assumed: string | null;
  observed: string;
  /** True when observed equals assumed; null when nothing was assumed. */
  agrees: boolean | null;
}

interface Probe {
  id: keyof typeof T.questions;
  /** What the add-on assumes, and where from; null when nothing is assumed. */
  assumed: string | null;
  run(ctx: ProbeContext): string;
}

export interface ProbeContext {
  ss: SpreadsheetApi;
  platform: Platform;
  /** A new sheet for one probe, rows × cols, removed afterwards. */
  scratch(rows?: number, cols?: number): SheetApi;
  me: string;
}

const errorText = (e: unknown) => T.error(e instanceof Error ? e.message : String(e));

/** What a formula written with setFormulas shows in the current locale. */
function formulaResult(ctx: ProbeContext, locale: string, formula: string): string {
  ctx.ss.setSpreadsheetLocale(locale);
  const sheet = ctx.scratch(2, 2);
  try {
    sheet.getRange(1, 1).setFormulas([[formula]]);
    return String(sheet.getRange(1, 1).getValues()[0][0]);
  } catch (e) {
    return errorText(e);
  }
}

function typedValue(ctx: ProbeContext, locale: string, typed: string): string {
  ctx.ss.setSpreadsheetLocale(locale);
  const sheet = ctx.scratch(2, 2);
  sheet.getRange(1, 1).setValue(typed);
  const value = sheet.getRange(1, 1).getValue();
  return `${typeof value} ${String(value)}`;
}

type Feature = keyof typeof T.features;

/** A source sheet with one of each feature a tab uses, and a reader of which a copy kept. */
function featureSource(ctx: ProbeContext): SheetApi {
  const app = ctx.platform.SpreadsheetApp;
  const sheet = ctx.scratch(6, 4);
  sheet.getRange(1, 1, 1, 2).setValues([['x1', 5]]);
  sheet.getRange(2, 1).setFormulas([['=B1*2']]);
  sheet.getRange(3, 1).setNumberFormat('0.00%');
  sheet.getRange(4, 1).setDataValidation(app.newDataValidation().requireNumberBetween(0, 1).build());
  const rule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$B$1>0')
    .setBackground('#b7e1cd')
    .setRanges([sheet.getRange(1, 2)])
    .build();
  sheet.setConditionalFormatRules([rule]);
  sheet.getRange(5, 1, 2, 2).merge();
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 150);
  sheet.hideColumns(3);
  // No protection: what a copy does with one is not documented, the engine refuses to guess
  // (rules.ts, 9), and the add-on never copies a protected sheet; protectedCopy records it.
  return sheet;
}

function featuresOf(sheet: SheetApi): Record<Feature, boolean> {
  return {
    values: sheet.getRange(1, 1).getValues()[0][0] === 'x1',
    formulas: sheet.getRange(2, 1).getFormulas()[0][0] === '=B1*2',
    formats: sheet.getRange(3, 1).getNumberFormats()[0][0] === '0.00%',
    validations: sheet.getRange(4, 1).getDataValidations()[0][0] !== null,
    conditional: sheet.getConditionalFormatRules().length === 1,
    merges: sheet.getRange(5, 1, 2, 2).getMergedRanges().length === 1,
    frozen: sheet.getFrozenRows() === 1,
    widths: sheet.getColumnWidth(2) === 150,
    hidden: sheet.isColumnHiddenByUser(3),
  };
}

function keeps(features: Record<Feature, boolean>): string {
  const names = Object.keys(features) as Feature[];
  return T.keeps(
    names.filter((f) => features[f]).map((f) => T.features[f]),
    names.filter((f) => !features[f]).map((f) => T.features[f]),
  );
}

/** What the engine's template copy keeps (model.ts copySheet, rules.ts 9). */
const COPY_KEEPS = keeps({
  values: true,
  formulas: true,
  formats: true,
  validations: true,
  conditional: true,
  merges: true,
  frozen: true,
  widths: true,
  hidden: true,
});

const PROBES: Probe[] = [
  // COMMON.md / issue 13: ";" as argument separator works in every locale.
  { id: 'formulaSemicolonVi', assumed: 'yes', run: (c) => formulaResult(c, 'vi_VN', '=IF(1>0;"yes";"no")') },
  { id: 'formulaCommaVi', assumed: null, run: (c) => formulaResult(c, 'vi_VN', '=IF(1>0,"yes","no")') },
  { id: 'formulaSemicolonEn', assumed: 'yes', run: (c) => formulaResult(c, 'en_US', '=IF(1>0;"yes";"no")') },
  { id: 'formulaCommaEn', assumed: 'yes', run: (c) => formulaResult(c, 'en_US', '=IF(1>0,"yes","no")') },
  // The import and the tests type figures as a person would, in the spreadsheet's locale.
  { id: 'decimalInputVi', assumed: 'number 1.5', run: (c) => typedValue(c, 'vi_VN', '1,5') },
  { id: 'percentInputVi', assumed: 'number 0.855', run: (c) => typedValue(c, 'vi_VN', '85,5%') },
  {
    id: 'trailingComma',
    assumed: null,
    run: (c) => {
      c.ss.setSpreadsheetLocale('vi_VN');
      const sheet = c.scratch(2, 2);
      const cell = sheet.getRange(1, 1);
      cell.setNumberFormat('#,##0.##');
      cell.setValue(3);
      return `"${cell.getDisplayValues()[0][0]}"`;
    },
  },
  {
    id: 'validationAnchor',
    assumed: null,
    run: (c) => {
      const sheet = c.scratch(4, 2);
      const rule = c.platform.SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=A1>0').build();
      sheet.getRange(1, 1, 3, 1).setDataValidations([[rule], [rule], [rule]]);
      return sheet
        .getRange(1, 1, 3, 1)
        .getDataValidations()
        .map((row, i) => `A${i + 1}: ${String(row[0]?.getCriteriaValues()[0] ?? '—')}`)
        .join(' | ');
    },
  },
  // layout/tab.ts: the whole-number rule names its own cell as INDIRECT("RC";FALSE), so one rule
  // serves every count cell. R1C1 in INDIRECT is documented (support.google.com/docs/answer/
  // 3093377); what "RC" names inside a validation rule is not, and no script can tell (a script's
  // writes are not validated): the README's Known limits asks for 2,5 typed into a count cell.
  {
    id: 'indirectR1C1',
    assumed: '7',
    run: (c) => {
      const sheet = c.scratch(2, 2);
      sheet.getRange(1, 1).setValue(7);
      sheet.getRange(1, 2).setFormulas([['=INDIRECT("RC[-1]";FALSE)']]);
      return String(sheet.getRange(1, 2).getValues()[0][0]);
    },
  },
  {
    id: 'wholeNumberRule',
    assumed: T.yes,
    run: (c) => {
      const sheet = c.scratch(4, 2);
      const rule = c.platform.SpreadsheetApp.newDataValidation().requireFormulaSatisfied(WHOLE_NUMBER_FORMULA).build();
      sheet.getRange(1, 1, 3, 1).setDataValidations([[rule], [rule], [rule]]);
      const read = sheet
        .getRange(1, 1, 3, 1)
        .getDataValidations()
        .map((row) => String(row[0]?.getCriteriaValues()[0] ?? '—'));
      return read.every((f) => f === WHOLE_NUMBER_FORMULA) ? T.yes : read.join(' | ');
    },
  },
  {
    id: 'templateCopy',
    assumed: COPY_KEEPS,
    run: (c) => {
      const source = featureSource(c);
      const copy = c.ss.insertSheet(`${source.getName()} template`, { template: source });
      try {
        return keeps(featuresOf(copy));
      } finally {
        c.ss.deleteSheet(copy);
      }
    },
  },
  {
    id: 'copyTo',
    assumed: `${COPY_KEEPS}; ${T.named(`Copy of ${T.sourceName}`)}`,
    run: (c) => {
      const source = featureSource(c);
      const copy = source.copyTo(c.ss);
      try {
        const name = copy.getName().replace(source.getName(), T.sourceName);
        return `${keeps(featuresOf(copy))}; ${T.named(name)}`;
      } finally {
        c.ss.deleteSheet(copy);
      }
    },
  },
  // Undocumented, so only recorded: the add-on lifts a template's protection to copy it (sheets/templates.ts).
  {
    id: 'protectedCopy',
    assumed: null,
    run: (c) => {
      const source = c.scratch(2, 2);
      source.protect().setDescription('live-check');
      try {
        const copy = c.ss.insertSheet(`${source.getName()} protected`, { template: source });
        try {
          const found = copy.getProtections(c.platform.SpreadsheetApp.ProtectionType.SHEET);
          const editors = found.flatMap((p) => p.getEditors().map((u) => u.getEmail()));
          return T.copyProtections(found.length, editors);
        } finally {
          c.ss.deleteSheet(copy);
        }
      } catch (e) {
        return errorText(e);
      }
    },
  },
  // COMMON.md: clear() keeps merges and hidden columns.
  {
    id: 'mergesAfterClear',
    assumed: '1',
    run: (c) => {
      const sheet = c.scratch(4, 4);
      sheet.getRange(2, 2, 2, 2).merge();
      sheet.clear();
      return String(sheet.getRange(2, 2, 2, 2).getMergedRanges().length);
    },
  },
  {
    id: 'hiddenAfterClear',
    assumed: T.yes,
    run: (c) => {
      const sheet = c.scratch(4, 4);
      sheet.hideColumns(2);
      sheet.clear();
      return sheet.isColumnHiddenByUser(2) ? T.yes : T.no;
    },
  },
  // COMMON.md: setFrozenRows cannot freeze all visible rows.
  {
    id: 'freezeAllRows',
    assumed: T.failedWord,
    run: (c) => attempt(() => c.scratch(3, 2).setFrozenRows(3)),
  },
  { id: 'freezeAllButOne', assumed: T.works, run: (c) => attempt(() => c.scratch(3, 2).setFrozenRows(2)) },
  // Sheets holds at most 50,000 characters in a cell.
  {
    id: 'cellLimit',
    assumed: T.failedWord,
    run: (c) => attempt(() => c.scratch(2, 2).getRange(1, 1).setValue('x'.repeat(50_001))),
  },
  // Protection.addEditors "doesn't automatically give the user permission to edit the spreadsheet itself".
  {
    id: 'protectionNoFileAccess',
    assumed: T.no,
    run: (c) => {
      const address = 'kiem.tra.so.chi.tieu@example.com';
      try {
        c.scratch(2, 2).protect().addEditor(address);
      } catch (e) {
        return errorText(e);
      }
      return c.ss.getEditors().some((u) => u.getEmail().toLowerCase() === address) ? T.yes : T.no;
    },
  },
  {
    id: 'fileEditors',
    assumed: T.works,
    run: (c) =>
      attempt(() => {
        c.ss.getEditors();
        c.ss.getOwner();
      }),
  },
  { id: 'shareSelf', assumed: null, run: (c) => attempt(() => c.ss.addEditor(c.me)) },
  {
    id: 'effectiveUser',
    assumed: T.yes,
    run: (c) => (c.platform.Session.getEffectiveUser().getEmail() ? T.yes : T.no),
  },
  { id: 'documentLock', assumed: T.yes, run: (c) => (c.platform.LockService.getDocumentLock() ? T.yes : T.no) },
];

/** T.works when `fn` runs, T.error(message) when it throws; the word before ":" is what is compared. */
function attempt(fn: () => unknown): string {
  try {
    fn();
    return T.works;
  } catch (e) {
    return errorText(e);
  }
}

/** An assumption of one word (T.failedWord) matches an observation starting with it ("… : message"). */
function agrees(assumed: string, observed: string): boolean {
  if (assumed === observed) return true;
  return !assumed.includes(' ') && observed.split(':')[0] === assumed;
}

export const PROBE_IDS = PROBES.map((p) => p.id);

/**
 * Runs every probe (or those named), each in scratch sheets of its own that are deleted after
 * it; the spreadsheet's locale is put back afterwards.
 */
export function runProbes(platform: Platform, me: string, only?: readonly string[]): ProbeResult[] {
  const ss = platform.SpreadsheetApp.getActiveSpreadsheet();
  const locale = ss.getSpreadsheetLocale();
  const prefix = `_probe_${Date.now().toString(36)}_`;
  let created: SheetApi[] = [];
  let count = 0;
  const ctx: ProbeContext = {
    ss,
    platform,
    me,
    scratch: (rows = 4, cols = 4) => {
      const sheet = ss.insertSheet(`${prefix}${++count}`, ss.getSheets().length);
      fitSheet(sheet, rows, cols);
      created.push(sheet);
      return sheet;
    },
  };
  const results: ProbeResult[] = [];
  try {
    for (const probe of PROBES) {
      if (only && !only.includes(probe.id)) continue;
      let observed: string;
      try {
        observed = probe.run(ctx);
      } catch (e) {
        observed = errorText(e);
      }
      for (const sheet of created) {
        try {
          ss.deleteSheet(sheet);
        } catch {
          // Already gone (a probe deleted it): nothing to clean.
        }
      }
      created = [];
      results.push({
        id: probe.id,
        question: T.questions[probe.id],
        assumed: probe.assumed,
        observed,
        agrees: probe.assumed === null ? null : agrees(probe.assumed, observed),
      });
    }
  } finally {
    ss.setSpreadsheetLocale(locale);
  }
  return results;
}
