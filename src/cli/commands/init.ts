/**
 * `cli init BẢNG --out SỔ.xlsx [--year N] [--table N] [--force]`: a new tracking workbook with the
 * Settings, Agencies and Assignments sheets, the assignment table pasted in as plain text.
 */
import { M } from '../../core/messages';
import { readTable } from '../../core/table/read-table';
import { createWorkbookFile } from '../../local/workbook-file';
import { setupWorkbook } from '../../sheets/setup';
import { type CliIo, parseArgs, UserError } from '../io';
import { readTableFile } from '../read-table';
import { recordOrigin } from '../../sheets/import-table';

/** The sheet a new spreadsheet starts with; the set-up sheets replace it. */
const FIRST_SHEET = 'Sheet1';

function yearOf(option: string | true | undefined): number {
  if (option === undefined) return new Date().getFullYear();
  const year = Number(option);
  if (option === true || !/^\d{4}$/.test(option) || year < 2000 || year > 2100)
    throw new UserError(M.badYear(String(option === true ? '' : option)));
  return year;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const tableFile = positional[0];
  if (!tableFile) throw new UserError(M.cliMissingArgument(M.cliArgument.table));
  const out = typeof options.out === 'string' ? options.out : undefined;
  if (!out) throw new UserError(M.cliMissingArgument(M.cliArgument.out));
  const year = yearOf(options.year);
  const source = await readTableFile(tableFile, options.table);
  const grid = source.grid;
  const table = readTable(grid);
  // A table without a readable indicator would only give an empty workbook: say why instead.
  if (table.indicators.length === 0)
    throw new UserError(table.warnings.map((w) => w.message).join('\n') || M.tableEmpty());
  await createWorkbookFile(
    out,
    (local) => {
      const platform = local.platform;
      setupWorkbook(platform, { year, table: grid });
      const ss = platform.SpreadsheetApp.getActiveSpreadsheet();
      const first = ss.getSheetByName(FIRST_SHEET);
      if (first && first.getLastRow() === 0) ss.deleteSheet(first);
      recordOrigin(platform, {
        file: source.file,
        date: source.date,
        tables: source.document ? source.chosen.join(', ') : '',
      });
    },
    options.force === true,
  );
  if (source.document && source.tables.length > 1) io.out(M.tableChosenNote(source.chosen, source.tables.length));
  io.out(M.initDone(out, year, table.indicators.length));
  return 0;
}
