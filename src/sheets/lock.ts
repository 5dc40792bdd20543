/**
 * The document lock around an action that writes, shared by every person and execution on the
 * file. Apps Script returns no document lock outside a containing document; then, as when
 * another execution holds the lock, nothing is written and the person is told why.
 */
import { M } from '../core/messages';
import type { Platform } from './gas';

/** How long a command waits for another person's command to finish. */
export const LOCK_WAIT_MS = 2000;

export function withDocumentLock<T>(platform: Platform, action: () => T, refused: (message: string) => T): T {
  const lock = platform.LockService.getDocumentLock();
  if (!lock) return refused(M.lockUnavailable());
  if (!lock.tryLock(LOCK_WAIT_MS)) return refused(M.lockBusy());
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}
