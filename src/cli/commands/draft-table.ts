/**
 * `cli draft-table VĂN_BẢN [--targets CHỈ_TIÊU.tsv] [--tasks NHIỆM_VỤ.tsv]`: the draft tables of a
 * plan written in prose (its "Mục tiêu" and "Phân công nhiệm vụ" sections), for review. Without
 * options both tables are printed as TSV, one after the other; the notes go to standard error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { draftTable } from '../../core/draft/draft';
import { toTsv } from '../../core/draft/tsv';
import { M } from '../../core/messages';
import { writeFileAtomic } from '../../local/xlsx/atomic';
import { type CliIo, parseArgs, UserError } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const file = positional[0];
  if (!file) throw new UserError(M.cliMissingArgument(M.cliArgument.planText));
  if (!existsSync(file)) throw new UserError(M.fileNotFound(file));
  const draft = draftTable(readFileSync(file, 'utf8'));
  if (draft.targets.length === 1 && draft.tasks.length === 1) throw new UserError(draft.notes.join('\n'));
  const targetsOut = typeof options.targets === 'string' ? options.targets : undefined;
  const tasksOut = typeof options.tasks === 'string' ? options.tasks : undefined;
  // Both files are written only once both tables are ready: a failed command writes nothing.
  if (targetsOut) await writeFileAtomic(targetsOut, new TextEncoder().encode(toTsv(draft.targets)));
  if (tasksOut) await writeFileAtomic(tasksOut, new TextEncoder().encode(toTsv(draft.tasks)));
  if (!targetsOut && !tasksOut) io.out(`${toTsv(draft.targets)}\n${toTsv(draft.tasks)}`.trimEnd());
  for (const note of draft.notes) io.err(note);
  if (targetsOut) io.err(M.draftFileWritten(targetsOut));
  if (tasksOut) io.err(M.draftFileWritten(tasksOut));
  return 0;
}
