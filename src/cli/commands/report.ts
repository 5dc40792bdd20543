/**
 * `cli report SỔ.xlsx --period KỲ [--json] [--write-summary]`: the summary report of one period,
 * computed from the tabs as the sidebar computes it. It only reads: the file is left untouched
 * unless --write-summary asks to write the period's summary sheet ("Tổng hợp Quý I 2025") into
 * it, as the sidebar's button does. With --json it prints the report object itself (result
 * values in the target's unit: 85 for 85%) and nothing else on stdout; without, a short summary.
 */
import { M } from '../../core/messages';
import { buildReport, type Report } from '../../core/report/report';
import { nothingToReport } from '../../core/report/sidebar-payload';
import { withWorkbookFile } from '../../local/workbook-file';
import { collectResults } from '../../sheets/collect';
import { resolvePeriod } from '../../sheets/periods';
import { writeSummary } from '../../sheets/summary-sheet';
import { type CliIo, parseArgs, UserError } from '../io';

function summaryText(report: Report): string[] {
  if (report.empty) return [M.reportHeading(report.period, report.year), M.reportEmpty(report.period)];
  const complete = report.agencies.filter((a) => a.reported === a.assigned).length;
  return [
    M.reportHeading(report.period, report.year),
    M.reportTotals(report.totals),
    M.reportAgencies(complete, report.agencies.length),
    ...report.agencies.map((a) => M.reportAgency(a.sheet, a.reported, a.assigned, a.met, a.unmet)),
  ];
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const book = positional[0];
  if (!book) throw new UserError(M.cliMissingArgument(M.cliArgument.book));
  const typed = typeof options.period === 'string' ? options.period : undefined;
  if (!typed) throw new UserError(M.cliMissingArgument(M.cliArgument.period));
  const write = options['write-summary'] === true;
  const { report, written } = await withWorkbookFile(
    book,
    (local) => {
      const collected = collectResults(local.platform);
      const nothing = nothingToReport(collected);
      if (nothing) throw new UserError(nothing);
      const period = resolvePeriod(collected.settings, typed);
      if (!period) throw new UserError(M.unknownPeriod(typed, collected.settings.periods));
      let message: string | null = null;
      if (write) {
        const summary = writeSummary(local.platform, period);
        if (!summary.ok) throw new UserError(summary.message);
        message = summary.message;
      }
      return {
        report: buildReport({
          period,
          settings: collected.settings,
          indicators: collected.indicators,
          units: collected.units,
        }),
        written: message,
      };
    },
    { save: write, command: 'report' },
  );
  if (options.json === true) {
    io.out(JSON.stringify(report, null, 2));
    // stdout stays pure JSON for scripts; what was written goes beside it.
    if (written) io.err(`${written}\n${M.workbookSaved(book)}`);
  } else {
    for (const line of summaryText(report)) io.out(line);
    if (written) {
      io.out(written);
      io.out(M.workbookSaved(book));
    } else io.out(M.reportReadOnly(book));
  }
  return 0;
}
