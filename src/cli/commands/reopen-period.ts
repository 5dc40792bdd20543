/** `cli reopen-period SỔ.xlsx --period KỲ [--agency CƠ_QUAN]`: "Mở lại kỳ" for every agency, or for one. */
import { M } from '../../core/messages';
import { withWorkbookFile } from '../../local/workbook-file';
import { reopenPeriod } from '../../sheets/periods';
import { type CliIo, parseArgs, UserError } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const book = positional[0];
  if (!book) throw new UserError(M.cliMissingArgument(M.cliArgument.book));
  if (typeof options.period !== 'string') throw new UserError(M.cliMissingArgument(M.cliArgument.periodToReopen));
  if (options.agency === true) throw new UserError(M.cliMissingArgument(M.cliArgument.agency));
  const period = options.period;
  const agency = options.agency || undefined;
  const message = await withWorkbookFile(
    book,
    (local) => {
      const result = reopenPeriod(local.platform, period, agency);
      if (!result.ok) throw new UserError(result.message);
      return result.message;
    },
    { command: 'reopen-period' },
  );
  io.out(message);
  io.out(M.workbookSaved(book));
  return 0;
}
