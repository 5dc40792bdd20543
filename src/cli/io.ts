/** The command-line tool's access to the outside world, injectable for tests. */
export interface CliIo {
  readStdin(): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

export { UserError } from '../core/util/user-error';

export const processIo: CliIo = {
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Reads `--name value` options and positional arguments. */
export function parseArgs(args: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        options[arg.slice(2)] = next;
        i++;
      } else {
        options[arg.slice(2)] = true;
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}
