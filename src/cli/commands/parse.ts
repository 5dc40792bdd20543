/**
 * `cli parse FILE [--table N]`: reads an assignment table (a TSV/CSV/XLSX, or the table of a Word
 * file, PDF or web page) and prints its indicators and merged agencies.
 */
import { buildAgencies } from '../../core/agencies/registry';
import { M } from '../../core/messages';
import { readTable } from '../../core/table/read-table';
import { type CliIo, parseArgs, UserError } from '../io';
import { readTableFile } from '../read-table';

/** `--year 2027`: the year whose column a table with a column per year is read for. */
function yearOf(option: string | true | undefined): number | undefined {
  if (option === undefined) return undefined;
  if (option === true || !/^\d{4}$/.test(option)) throw new UserError(M.badYear(option === true ? '' : option));
  return Number(option);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const file = positional[0];
  if (!file) throw new UserError(M.cliMissingArgument(M.cliArgument.table));
  const source = await readTableFile(file, options.table);
  const table = readTable(source.grid, { year: yearOf(options.year) });
  const names = table.indicators.flatMap((i) => [...i.monitor, ...i.lead, ...i.cooperating]);
  const agencies = buildAgencies(names);
  io.out(
    JSON.stringify(
      {
        file,
        ...(source.document ? { tables: source.tables, chosen: source.chosen } : {}),
        indicators: table.indicators.map((i) => ({
          id: i.id,
          code: i.code,
          section: i.section,
          text: i.text,
          targetText: i.targetText,
          targets: i.targets,
          unit: i.unit,
          lead: i.lead,
          cooperating: i.cooperating,
          monitor: i.monitor,
          tier: i.tier,
          row: i.row,
          // What only some tables have: tasks, parents, deadlines, a target per year, products, progress.
          ...(i.kind === 'task' ? { kind: i.kind } : {}),
          ...(i.parent ? { parent: i.parent } : {}),
          ...(i.deadline !== undefined ? { deadline: i.deadline } : {}),
          ...(i.byYear ? { byYear: i.byYear } : {}),
          ...(i.product ? { product: i.product } : {}),
          ...(i.status ? { status: i.status } : {}),
        })),
        agencies: agencies.map((a) => ({
          name: a.name,
          shortName: a.shortName,
          aliases: a.aliases,
          collective: a.collective,
        })),
        warnings: table.warnings,
      },
      null,
      2,
    ),
  );
  return 0;
}
