/**
 * Turns what goes wrong with a file into a user error in Vietnamese: a file that is not a
 * readable .xlsx (XlsxUnreadable) or a refusal of the file system (ENOENT, EISDIR, EACCES,
 * ENOSPC…). The original error rides along for --debug.
 */
import { M } from '../core/messages';
import { UserError } from '../core/util/user-error';
import { XlsxUnreadable } from './xlsx';

/**
 * A Node.js file-system error: it has a code ("ENOENT") and the system call that failed. Not
 * tested with instanceof: errors made in another realm (a test sandbox) are Errors all the same.
 */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  const e = error as NodeJS.ErrnoException | null;
  return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.syscall === 'string';
}

/** The user error for `error` met while reading or writing `path`; other errors are returned as they are. */
export function fileProblem(path: string, error: unknown): unknown {
  if (error instanceof UserError) return error;
  if (error instanceof XlsxUnreadable)
    return new UserError(M.xlsxUnreadable(path, error.problem, error.detail), error.underlying ?? error);
  if (isFileSystemError(error)) return new UserError(M.fileSystemError(error.code, path), error);
  return error;
}
