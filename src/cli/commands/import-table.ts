/**
 * `cli import-table SỔ.xlsx TỆP [--table N] [--yes]`: brings a revised plan's table into a
 * workbook. Without --yes it only shows what changes against the table in the workbook
 * (indicators added, removed, reworded, reassigned) and writes nothing; with --yes it replaces
 * the table, keeping the ids of continued indicators, and records the source in Settings.
 */
import { diffLines } from '../../core/import/diff-text';
import { M } from '../../core/messages';
import { withWorkbookFile } from '../../local/workbook-file';
import { previewImport, replaceTable } from '../../sheets/import-table';
import { type CliIo, parseArgs, UserError } from '../io';
import { readTableFile } from '../read-table';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const [book, tableFile] = positional;
  if (!book) throw new UserError(M.cliMissingArgument(M.cliArgument.book));
  if (!tableFile) throw new UserError(M.cliMissingArgument(M.cliArgument.newTable));
  const source = await readTableFile(tableFile, options.table);
  const apply = options.yes === true;
  const origin = { file: source.file, date: source.date, tables: source.document ? source.chosen.join(', ') : '' };
  const output = await withWorkbookFile(
    book,
    (local) => {
      const preview = previewImport(local.platform, source.grid);
      if (preview.indicators.length === 0) throw new UserError(M.importNoIndicators);
      const lines = preview.diff ? diffLines(source.file, preview.diff) : [];
      if (!apply) return [...lines, M.importConfirm(book)];
      const result = replaceTable(local.platform, source.grid, origin);
      return [...lines, M.importDone(book, result.indicators)];
    },
    { save: apply, command: 'import-table' },
  );
  if (source.document && source.tables.length > 1) io.out(M.tableChosenNote(source.chosen, source.tables.length));
  for (const line of output) io.out(line);
  return 0;
}
