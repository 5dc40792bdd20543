/**
 * `cli reminders SỔ.xlsx [--period KỲ] [--json]`: "Tình hình báo cáo, đôn đốc" on the file:
 * per agency on time, late or missing, with the reminder to send (subject, body, mailto link),
 * the same text as the menu's status dialog. Only reads the workbook. Without --period, the
 * period being reported now (the first whose deadline is not past).
 */
import { cycleStatusText } from '../../core/cycle/status-text';
import { M } from '../../core/messages';
import { withWorkbookFile } from '../../local/workbook-file';
import { loadCycle } from '../../sheets/cycle-view';
import { type CliIo, parseArgs, UserError } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const book = positional[0];
  if (!book) throw new UserError(M.cliMissingArgument(M.cliArgument.book));
  const typed = typeof options.period === 'string' ? options.period.trim() : '';
  const view = await withWorkbookFile(
    book,
    (local) => {
      const response = loadCycle(local.platform, typed, new Date());
      if (!response.ok) throw new UserError(response.message);
      return response;
    },
    { save: false },
  );
  io.out(options.json === true ? JSON.stringify(view, null, 2) : cycleStatusText(view));
  return 0;
}
