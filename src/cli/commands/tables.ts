/**
 * `cli tables TỆP`: lists the tables of a Word file, PDF or web page with their headings and
 * sizes (a TSV, CSV or XLSX is one table).
 */
import { bestTable, summarizeTables } from '../../core/import/choose';
import { M } from '../../core/messages';
import { type CliIo, parseArgs, UserError } from '../io';
import { basename } from 'node:path';
import { readGridFile } from '../read-grid';
import { isDocument, readDocumentTables } from '../read-table';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const file = positional[0];
  if (!file) throw new UserError(M.cliMissingArgument(M.cliArgument.document));
  // A table file (TSV, CSV, XLSX) is the one table it holds.
  const tables = isDocument(file)
    ? await readDocumentTables(file)
    : [{ index: 1, title: basename(file), grid: await readGridFile(file) }];
  const summaries = summarizeTables(tables);
  if (options.json === true) {
    io.out(JSON.stringify({ file, tables: summaries, best: bestTable(summaries) }, null, 2));
    return 0;
  }
  io.out(M.tablesHeading(file, summaries.length));
  for (const s of summaries) io.out(M.tableLine(s.index, s.title, s.rows, s.indicators, s.page));
  const best = bestTable(summaries);
  if (best !== null) io.out(M.tablesBest(best));
  return 0;
}
