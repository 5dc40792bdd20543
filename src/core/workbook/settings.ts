/**
 * The Settings sheet ("Cài đặt"): one labelled value per row, edited by the secretariat.
 * Labels are matched loosely (matchKey), so a retyped label still reads.
 */
import { sheetTexts as S } from '../messages/sheets';
import { matchKey } from '../text/normalize';

export type ReporterRule = 'monitor-first' | 'lead';

export interface Settings {
  year: number;
  /** Reporting period names, in order ("Quý I" … "Quý IV"). */
  periods: string[];
  /** Day of the period's last month by which agencies report. */
  deadlineDay: number;
  /** Deadline per period, ISO date (yyyy-mm-dd); derived from year and deadlineDay unless set. */
  deadlines: string[];
  /** Tier rule: share of mandatory and of extended criteria a unit must meet (0–1). */
  mandatoryShare: number;
  extendedShare: number;
  /** Who reports an indicator: the monitoring agency when the table has one, else the lead. */
  reporter: ReporterRule;
  /** A numeric target counts as exceeded ("Vượt") when beaten by this many units of its own unit. */
  exceedMargin: number;
  /** The secretariat's name, printed on the summary sheet ("UBND huyện …"). */
  organisation: string;
  /** Closed periods (protected on every tab). */
  closedPeriods: string[];
  /**
   * E-mail accounts of the secretariat, as written: added to every protection the add-on makes,
   * so any of them can regenerate and edit the set-up sheets. The person running a command is
   * always added too.
   */
  secretariat: string[];
  /** Where the table was imported from: file name, its date (yyyy-mm-dd) and the tables chosen ("3" or "2, 3"). */
  sourceFile: string;
  sourceDate: string;
  sourceTables: string;
}

export const SETTINGS_SHEET = S.names.settings;

export const DEFAULT_PERIODS = S.defaultPeriods;

export function defaultDeadlines(year: number, periods: number, day: number): string[] {
  return Array.from({ length: periods }, (_, i) => {
    const month = Math.round(((i + 1) * 12) / periods);
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  });
}

export function defaultSettings(year = new Date().getFullYear()): Settings {
  return {
    year,
    periods: [...DEFAULT_PERIODS],
    deadlineDay: 20,
    deadlines: defaultDeadlines(year, DEFAULT_PERIODS.length, 20),
    mandatoryShare: 1,
    extendedShare: 0.5,
    reporter: 'monitor-first',
    exceedMargin: 10,
    organisation: '',
    closedPeriods: [],
    secretariat: [],
    sourceFile: '',
    sourceDate: '',
    sourceTables: '',
  };
}

interface Row {
  label: string;
  help: string;
  read(value: unknown, s: Settings): void;
  write(s: Settings): string | number;
}

const list = (v: unknown) =>
  String(v ?? '')
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Accounts separated by ";", "," or line breaks (an e-mail address holds none of them). */
const emails = (v: unknown) =>
  String(v ?? '')
    .split(/[;,\n\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A share written as 100%, 1, "50%" or 50 → 0–1. */
function share(v: unknown, fallback: number): number {
  if (typeof v === 'number') return v > 1 ? v / 100 : v;
  const n = Number(
    String(v ?? '')
      .replace('%', '')
      .replace(',', '.')
      .trim(),
  );
  if (!Number.isFinite(n) || String(v ?? '').trim() === '') return fallback;
  return n > 1 || String(v).includes('%') ? n / 100 : n;
}

function integer(v: unknown, fallback: number): number {
  const n = typeof v === 'number' ? v : Number(String(v ?? '').trim());
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const ROWS: Row[] = [
  { ...S.settings.year, read: (v, s) => (s.year = integer(v, s.year)), write: (s) => s.year },
  {
    ...S.settings.periods,
    read: (v, s) => {
      const periods = list(v);
      if (periods.length) s.periods = periods;
    },
    write: (s) => s.periods.join('; '),
  },
  {
    ...S.settings.deadlineDay,
    read: (v, s) => (s.deadlineDay = Math.min(31, integer(v, s.deadlineDay))),
    write: (s) => s.deadlineDay,
  },
  {
    ...S.settings.deadlines,
    read: (v, s) => (s.deadlines = list(v).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))),
    write: (s) => s.deadlines.join('; '),
  },
  {
    ...S.settings.mandatoryShare,
    read: (v, s) => (s.mandatoryShare = share(v, s.mandatoryShare)),
    write: (s) => `${Math.round(s.mandatoryShare * 100)}%`,
  },
  {
    ...S.settings.extendedShare,
    read: (v, s) => (s.extendedShare = share(v, s.extendedShare)),
    write: (s) => `${Math.round(s.extendedShare * 100)}%`,
  },
  {
    ...S.settings.reporter,
    read: (v, s) => (s.reporter = matchKey(String(v ?? '')).includes(S.reporterLeadWord) ? 'lead' : 'monitor-first'),
    write: (s) => (s.reporter === 'lead' ? S.reporterLead : S.reporterMonitor),
  },
  {
    ...S.settings.exceedMargin,
    read: (v, s) => {
      const n = Number(
        String(v ?? '')
          .replace(',', '.')
          .replace('%', ''),
      );
      if (Number.isFinite(n) && String(v ?? '').trim() !== '') s.exceedMargin = n;
    },
    write: (s) => s.exceedMargin,
  },
  {
    ...S.settings.organisation,
    read: (v, s) => (s.organisation = String(v ?? '').trim()),
    write: (s) => s.organisation,
  },
  {
    ...S.settings.secretariat,
    read: (v, s) => (s.secretariat = emails(v)),
    write: (s) => s.secretariat.join('; '),
  },
  {
    ...S.settings.closedPeriods,
    read: (v, s) => (s.closedPeriods = list(v)),
    write: (s) => s.closedPeriods.join('; '),
  },
  {
    ...S.settings.sourceFile,
    read: (v, s) => (s.sourceFile = String(v ?? '').trim()),
    write: (s) => s.sourceFile,
  },
  {
    ...S.settings.sourceDate,
    read: (v, s) => (s.sourceDate = v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '').trim()),
    write: (s) => s.sourceDate,
  },
  {
    ...S.settings.sourceTables,
    read: (v, s) => (s.sourceTables = String(v ?? '').trim()),
    write: (s) => s.sourceTables,
  },
];

export const SETTINGS_HEADER = S.settingsHeader;

/** Settings from the sheet's rows (label, value); unknown rows are ignored, missing ones default. */
export function readSettings(grid: unknown[][], fallbackYear?: number): Settings {
  const settings = defaultSettings(fallbackYear);
  for (const row of grid) {
    const key = matchKey(String(row[0] ?? ''));
    const spec = ROWS.find((r) => matchKey(r.label) === key);
    if (spec) spec.read(row[1], settings);
  }
  if (settings.deadlines.length !== settings.periods.length) {
    settings.deadlines = defaultDeadlines(settings.year, settings.periods.length, settings.deadlineDay);
  }
  return settings;
}

/** The sheet rows for these settings, header first. */
export function settingsGrid(settings: Settings): (string | number)[][] {
  return [SETTINGS_HEADER, ...ROWS.map((r) => [r.label, r.write(settings), r.help])];
}
