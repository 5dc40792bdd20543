/**
 * `cli generate SỔ.xlsx`: "Tạo / cập nhật trang cơ quan" on the file, as the secretariat, every tab
 * in one run; prints the menu's summary.
 */
import { M } from '../../core/messages';
import { withWorkbookFile } from '../../local/workbook-file';
import { generateTabs } from '../../sheets/generate';
import { generationMessage } from '../../sheets/summary-text';
import { type CliIo, parseArgs, UserError } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const book = parseArgs(args).positional[0];
  if (!book) throw new UserError(M.cliMissingArgument(M.cliArgument.book));
  const message = await withWorkbookFile(
    book,
    (local) => {
      // No time budget here: Apps Script's 6 minutes per execution do not apply to the command line,
      // so one run does every tab.
      const result = generateTabs(local.platform, { budgetMs: Number.POSITIVE_INFINITY });
      if (!result.ok) throw new UserError(generationMessage(result));
      return generationMessage(result);
    },
    { command: 'generate' },
  );
  io.out(message);
  io.out(M.workbookSaved(book));
  return 0;
}
