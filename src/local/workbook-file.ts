/**
 * Running the add-on on an .xlsx file: the workbook is loaded into the in-memory engine, the
 * engine's services are installed as the Apps Script globals (so code written for the real
 * globals runs unchanged), the action runs, and the file is saved back atomically only when
 * the action succeeds. A failed command therefore leaves the file on disk exactly as it was.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { M } from '../core/messages';
import { UserError } from '../core/util/user-error';
import type { Platform } from '../sheets/gas';
import { createPlatform, type LocalPlatform, type WorkbookData } from './engine';
import { fileProblem } from './file-errors';
import { lockFile } from './file-lock';
import { loadWorkbook, saveWorkbook } from './xlsx';

/** Who a new local workbook belongs to: the secretariat working on this computer. */
export const LOCAL_USER = 'van.phong@may-tinh.local';

const SERVICES = ['SpreadsheetApp', 'LockService', 'Session', 'HtmlService'] as const satisfies (keyof Platform)[];

/** Runs `action` with the platform's services as globals, restoring what was there before. */
async function withGlobals<T>(local: LocalPlatform, action: (local: LocalPlatform) => T | Promise<T>): Promise<T> {
  const scope = globalThis as unknown as Record<string, unknown>;
  const before = SERVICES.map((name) => [name, scope[name]] as const);
  Object.assign(scope, local.platform satisfies Platform);
  try {
    return await action(local);
  } finally {
    for (const [name, value] of before) {
      if (value === undefined) delete scope[name];
      else scope[name] = value;
    }
  }
}

async function load(path: string): Promise<WorkbookData> {
  if (!existsSync(path)) throw new UserError(M.fileNotFound(path));
  try {
    return await loadWorkbook(path);
  } catch (error) {
    throw fileProblem(path, error);
  }
}

/** Saves atomically; a refusal of the file system is reported against the workbook's own path. */
async function save(workbook: WorkbookData, path: string): Promise<void> {
  try {
    await saveWorkbook(workbook, path);
  } catch (error) {
    throw fileProblem(path, error);
  }
}

/** The file's lock; a lock file the disk refuses is a problem of the workbook's own path. */
async function takeLock(path: string, command: string): Promise<() => Promise<void>> {
  try {
    return await lockFile(path, command);
  } catch (error) {
    throw error instanceof UserError ? error : fileProblem(path, error);
  }
}

export interface OpenOptions {
  /** False for actions that only read (the file is then never written, and not locked). */
  save?: boolean;
  /** The command's name, shown to another command refused by the file's lock. */
  command?: string;
}

/**
 * Opens the workbook at `path`, runs `action` as the workbook's owner (the secretariat), and
 * saves it back when the action returns. A UserError from the action says the file is unchanged.
 */
export async function withWorkbookFile<T>(
  path: string,
  action: (local: LocalPlatform) => T | Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const saves = options.save !== false;
  // Taken before the load: a second command that saves would otherwise work on a copy the
  // first is about to replace, and one of the two changes would be silently gone.
  const release = saves && existsSync(path) ? await takeLock(path, options.command ?? '') : null;
  try {
    const data = await load(path);
    const local = createPlatform(data, { user: data.owner });
    let result: T;
    try {
      result = await withGlobals(local, action);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(`${error.message}\n${M.workbookUnchanged(path)}`);
      throw error;
    }
    if (saves) await save(local.workbook, path);
    return result;
  } finally {
    await release?.();
  }
}

/**
 * Creates a new workbook at `path` (refused when the file exists, unless `force`), owned by the
 * local user and named after the file, runs `action` on it and saves it.
 */
export async function createWorkbookFile<T>(
  path: string,
  action: (local: LocalPlatform) => T | Promise<T>,
  force = false,
): Promise<T> {
  if (existsSync(path) && statSync(path).isDirectory()) throw new UserError(M.outIsDirectory(path));
  if (extname(path).toLowerCase() !== '.xlsx') throw new UserError(M.outNotXlsx(path));
  if (existsSync(path) && !force) throw new UserError(M.outExists(path));
  const local = createPlatform(undefined, { owner: LOCAL_USER, name: basename(path, extname(path)) });
  const result = await withGlobals(local, action);
  // mkdir -p says EEXIST when a part of the path is a file: name that part instead.
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) throw new UserError(M.fileSystemError('ENOTDIR', dir));
      break;
    }
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw fileProblem(dirname(path), error);
  }
  await save(local.workbook, path);
  return result;
}
