/**
 * `cli targets [--embedded] [--unit ĐƠN_VỊ] [--indicator "CHỈ TIÊU"]`: reads target texts, one
 * per line on stdin, and prints one JSON object per line: input, targets, warnings.
 */
import { M } from '../../core/messages';
import { parseTargets, type ParseOptions } from '../../core/targets';
import { type CliIo, parseArgs, UserError } from '../io';

const OPTIONS = new Set(['embedded', 'unit', 'indicator']);

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = optionsOf(args);
  const input = await io.readStdin();
  for (const line of input.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const { targets, warnings } = parseTargets(line, opts);
    io.out(
      JSON.stringify({ input: line, targets, warnings: warnings.map(({ code, message }) => ({ code, message })) }),
    );
  }
  return 0;
}

function optionsOf(args: string[]): ParseOptions {
  const { options } = parseArgs(args);
  const unknown = Object.keys(options).find((name) => !OPTIONS.has(name));
  if (unknown) throw new UserError(M.targetCliUnknownOption(`--${unknown}`));
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  return { embedded: options.embedded !== undefined, unitHint: text('unit') ?? null, indicatorText: text('indicator') };
}
