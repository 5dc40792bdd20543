/**
 * `cli history SỔ.xlsx`: "Lập trang diễn biến các kỳ" on the file: writes the sheet
 * "Diễn biến <năm>" with every line's figures across the periods, and saves the workbook.
 */
import { M } from '../../core/messages';
import { withWorkbookFile } from '../../local/workbook-file';
import { writeHistory } from '../../sheets/history-sheet';
import { type CliIo, parseArgs, UserError } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const book = parseArgs(args).positional[0];
  if (!book) throw new UserError(M.cliMissingArgument(M.cliArgument.book));
  const message = await withWorkbookFile(book, (local) => {
    const result = writeHistory(local.platform, new Date());
    if (!result.ok) throw new UserError(result.message);
    return result.message;
  });
  io.out(message);
  io.out(M.workbookSaved(book));
  return 0;
}
