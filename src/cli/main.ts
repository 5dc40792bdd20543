/**
 * Command-line entry: `npm run --silent cli -- <command> …`. Exit 0 on success, 1 on a user
 * error (printed in Vietnamese), 2 on an unexpected failure. `--debug` (anywhere) or SCT_DEBUG=1
 * adds the full stack of the error behind a message.
 */
import { M } from '../core/messages';
import { isFileSystemError } from '../local/file-errors';
import { type CliIo, processIo, UserError } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  targets: () => import('./commands/targets'),
  agencies: () => import('./commands/agencies'),
  parse: () => import('./commands/parse'),
  'draft-table': () => import('./commands/draft-table'),
  tables: () => import('./commands/tables'),
  'import-table': () => import('./commands/import-table'),
  init: () => import('./commands/init'),
  generate: () => import('./commands/generate'),
  'import-results': () => import('./commands/import-results'),
  report: () => import('./commands/report'),
  'close-period': () => import('./commands/close-period'),
  'reopen-period': () => import('./commands/reopen-period'),
  reminders: () => import('./commands/reminders'),
  history: () => import('./commands/history'),
};

function stackOf(error: unknown): string {
  const lines: string[] = [];
  let e = error instanceof UserError ? error.underlying : error;
  for (let depth = 0; e !== undefined && depth < 5; depth++) {
    lines.push(e instanceof Error ? String(e.stack ?? e.message) : String(e));
    e = (e as { underlying?: unknown } | null)?.underlying;
  }
  return lines.join('\nCaused by: ');
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes('--debug') || !!process.env.SCT_DEBUG;
  const [name, ...args] = argv.filter((a) => a !== '--debug');
  if (!name || name === 'help' || name === '--help') {
    io.out(M.cliUsage());
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(M.cliUnknownCommand(name));
    return 1;
  }
  try {
    return await (await load()).run(args, io);
  } catch (error) {
    if (error instanceof UserError || isFileSystemError(error)) {
      io.err(error instanceof UserError ? error.message : M.fileSystemError(error.code, error.path ?? ''));
      if (debug && !(error instanceof UserError && error.underlying === undefined)) io.err(stackOf(error));
      return 1;
    }
    io.err(M.unexpectedError(error instanceof Error ? error.message : String(error)));
    if (debug) io.err(stackOf(error));
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
