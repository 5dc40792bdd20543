/**
 * The README's commands stay true: every `npm run --silent cli -- …` line of its shell blocks runs
 * here, in order, in a fresh folder (its out/ filled by the demo, as `npm run demo` does), and
 * succeeds; every command of the CLI is in the README. (tests/build/bundle.test.ts checks the
 * README's list of built files.)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';
import { tempDir } from './run';

const ROOT = resolve(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PREFIX = 'npm run --silent cli --';

/** Splits a shell line into words, with "…" and '…' quoting, as sh does for these lines. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** The README's CLI lines: stdin (from an `echo … |`) and the arguments after `cli --`. */
function readmeCommands(): { line: string; stdin: string; argv: string[] }[] {
  const blocks = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.includes(PREFIX))
    .map((line) => {
      const [before, after] = line.split(PREFIX);
      const echo = /^echo\s+(.*)\|\s*$/.exec(before.trim() ? `${before.trim()} ` : '');
      return { line, stdin: echo ? `${words(echo[1]).join(' ')}\n` : '', argv: words(after) };
    });
}

describe("the README's command lines", () => {
  const { dir } = tempDir();
  const commands = readmeCommands();

  beforeAll(() => {
    // `npm run demo` writes out/ of the folder it runs in; here, of the test's folder.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/demo.ts', join(dir, 'out')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    mkdirSync(join(dir, 'seeds'), { recursive: true });
    copyFileSync(join(ROOT, 'seeds/004-chi-tieu-2024.tsv'), join(dir, 'seeds/004-chi-tieu-2024.tsv'));
    // The seed documents as extracted from their PDFs, for the lines that read text files.
    mkdirSync(join(dir, 'seeds/text'), { recursive: true });
    for (const file of ['000_fa53efd050dc5634.txt', '003_45a6d03a464dc3c0.txt'])
      copyFileSync(join(ROOT, 'seeds/text', file), join(dir, 'seeds/text', file));
  }, 120_000);

  it('are found', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
  });

  it('each run and succeed, in order, from a fresh folder', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const { line, stdin, argv } of commands) {
        const out: string[] = [];
        const err: string[] = [];
        const code = await main(argv, {
          readStdin: async () => stdin,
          out: (l) => out.push(l),
          err: (l) => err.push(l),
        });
        expect({ line, code, err: code === 0 ? '' : err.join('\n') }).toEqual({ line, code: 0, err: '' });
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('name every command of the CLI', async () => {
    const usage: string[] = [];
    await main(['help'], { readStdin: async () => '', out: (l) => usage.push(l), err: () => {} });
    const names = usage
      .join('\n')
      .split('\n')
      .map((l) => /^ {2}([a-z-]+)\b/.exec(l)?.[1])
      .filter((n): n is string => !!n);
    expect(names.length).toBeGreaterThanOrEqual(11);
    const used = new Set(commands.map((c) => c.argv[0]));
    expect(names.filter((n) => !used.has(n))).toEqual([]);
  });
});
