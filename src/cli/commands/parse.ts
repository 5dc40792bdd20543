/** `cli parse FILE`: reads an assignment table and prints its indicators and merged agencies. */
import { buildAgencies } from '../../core/agencies/registry';
import { M } from '../../core/messages';
import { readAssignmentTable } from '../../core/table/read';
import { type CliIo, parseArgs, UserError } from '../io';
import { readGridFile } from '../read-grid';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional } = parseArgs(args);
  const file = positional[0];
  if (!file) throw new UserError(M.cliMissingArgument(M.cliArgument.table));
  const table = readAssignmentTable(await readGridFile(file));
  const names = table.indicators.flatMap((i) => [...i.monitor, ...i.lead, ...i.cooperating]);
  const agencies = buildAgencies(names);
  io.out(
    JSON.stringify(
      {
        file,
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
