/**
 * `cli close-period SỔ.xlsx --period KỲ`: "Khóa kỳ báo cáo" on the file: the period's column becomes the
 * secretariat's only.
 */
import { M } from '../../core/messages';
import { withWorkbookFile } from '../../local/workbook-file';
import { closePeriod } from '../../sheets/periods';
import { type CliIo, parseArgs, UserError } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const book = positional[0];
  if (!book) throw new UserError(M.cliMissingArgument(M.cliArgument.book));
  if (typeof options.period !== 'string') throw new UserError(M.cliMissingArgument(M.cliArgument.periodToClose));
  const period = options.period;
  const message = await withWorkbookFile(
    book,
    (local) => {
      const result = closePeriod(local.platform, period);
      if (!result.ok) throw new UserError(result.message);
      return result.message;
    },
    { command: 'close-period' },
  );
  io.out(message);
  io.out(M.workbookSaved(book));
  return 0;
}
