/**
 * Command-line entry: `npm run --silent cli -- <command> …`. Exit 0 on success, 1 on a user
 * error (printed in Vietnamese), 2 on an unexpected failure.
 */
import { M } from '../core/messages';
import { type CliIo, processIo, UserError } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  targets: () => import('./commands/targets'),
  agencies: () => import('./commands/agencies'),
  parse: () => import('./commands/parse'),
  init: () => import('./commands/init'),
  generate: () => import('./commands/generate'),
  'import-results': () => import('./commands/import-results'),
  report: () => import('./commands/report'),
  'close-period': () => import('./commands/close-period'),
  'reopen-period': () => import('./commands/reopen-period'),
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
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
    if (error instanceof UserError) {
      io.err(error.message);
      return 1;
    }
    io.err(M.unexpectedError(error instanceof Error ? error.message : String(error)));
    if (process.env.SCT_DEBUG) io.err(String((error as Error).stack));
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
