/** Test support for the command line: runs commands in-process and watches files on disk. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { createPlatform, type LocalPlatform } from '../../src/local/engine';
import { loadWorkbook } from '../../src/local/xlsx';

export const SEED_004 = join(__dirname, '../../seeds/004-chi-tieu-2024.tsv');

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { readStdin: async () => '', out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs a command that must succeed; on failure the assertion shows what it printed on stderr. */
export async function succeed(...argv: string[]): Promise<string> {
  const run = await cli(...argv);
  expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
  return run.out;
}

/** A fresh folder, removed after the test file. */
export function tempDir(): { dir: string; file: (name: string, text?: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'so-chi-tieu-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file: (name, text) => {
      const path = join(dir, name);
      if (text !== undefined) writeFileSync(path, text);
      return path;
    },
  };
}

/** What proves a file was not touched: its bytes and its modification time. */
export function fileState(path: string): { sha: string; mtimeMs: number } {
  return { sha: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs };
}

/** The workbook on disk, opened in the engine for inspection. */
export async function openBook(path: string): Promise<LocalPlatform> {
  return createPlatform(await loadWorkbook(path));
}

/** init + generate from seed 004, checked. */
export async function seedBook(path: string): Promise<void> {
  await succeed('init', SEED_004, '--out', path, '--year', '2024');
  await succeed('generate', path);
}
