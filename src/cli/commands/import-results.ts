/**
 * `cli import-results SỔ.xlsx KẾT_QUẢ.csv`: enters the results agencies sent by letter or
 * e-mail. All or nothing: one bad row and nothing is written; every bad row is listed.
 */
import { M } from '../../core/messages';
import { problemText } from '../../core/results/match';
import { withWorkbookFile } from '../../local/workbook-file';
import { importResults } from '../../sheets/import-results';
import { type CliIo, parseArgs, UserError } from '../io';
import { readGridFile } from '../read-grid';

export async function run(args: string[], io: CliIo): Promise<number> {
  const [book, resultsFile] = parseArgs(args).positional;
  if (!book) throw new UserError(M.cliMissingArgument(M.cliArgument.book));
  if (!resultsFile) throw new UserError(M.cliMissingArgument(M.cliArgument.results));
  const grid = await readGridFile(resultsFile);
  const result = await withWorkbookFile(
    book,
    (local) => {
      const outcome = importResults(local.platform, grid);
      if (!outcome.ok) {
        const rows = new Set(outcome.problems.map((p) => p.row).filter((r) => r > 0)).size;
        const heading = rows > 0 ? [M.resultsRejected(rows)] : [];
        throw new UserError([...heading, ...outcome.problems.map(problemText)].join('\n'));
      }
      if (outcome.values === 0) throw new UserError(M.resultsEmpty(resultsFile));
      return outcome;
    },
    { command: 'import-results' },
  );
  io.out(M.resultsDone(result.values, result.tabs.length, result.periods));
  for (const tab of result.tabs) io.out(M.resultsDoneTab(tab.sheet, tab.values));
  io.out(M.workbookSaved(book));
  return 0;
}
