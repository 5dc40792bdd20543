/** `cli agencies`: splits lead / cooperating cells, one per line on stdin, into agency names. */
import { splitAgencies } from '../../core/agencies/split';
import type { CliIo } from '../io';

export async function run(_args: string[], io: CliIo): Promise<number> {
  const input = await io.readStdin();
  for (const line of input.split(/\r?\n/)) {
    if (!line.trim()) continue;
    io.out(JSON.stringify({ input: line, agencies: splitAgencies(line) }));
  }
  return 0;
}
