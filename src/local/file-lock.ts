/**
 * One writer per workbook file on this computer: a command that saves takes a lock file beside
 * the .xlsx (".NAME.xlsx.lock", created with O_EXCL, so two commands cannot both take it) before
 * it loads the workbook, and removes it when done. A second command is refused with who holds the
 * lock and since when. A lock left by a process that no longer runs (killed, power cut) is taken
 * over safely: it is first renamed away (atomic), so two commands that both find it stale cannot
 * both take it.
 */
import { promises as fs } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { M } from '../core/messages';
import { UserError } from '../core/util/user-error';

export interface LockOwner {
  pid: number;
  host: string;
  user: string;
  /** ISO time the lock was taken. */
  since: string;
  command: string;
}

export function lockPathOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lock: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await fs.readFile(lock, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** A lock from this computer whose process is gone; a lock from another computer is never stale. */
function isStale(owner: LockOwner | null): boolean {
  if (!owner) return true;
  return owner.host === hostname() && !alive(owner.pid);
}

/**
 * Takes the lock of `file` for `command`, or throws a UserError naming its holder. Returns the
 * function that releases it.
 */
export async function lockFile(file: string, command: string): Promise<() => Promise<void>> {
  const lock = lockPathOf(file);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    user: currentUser(),
    since: new Date().toISOString(),
    command,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await fs.open(lock, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me));
      } finally {
        await handle.close();
      }
      return async () => {
        const owner = await readOwner(lock);
        if (owner && owner.pid === me.pid && owner.since === me.since) await fs.rm(lock, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(lock);
    if (!isStale(owner)) {
      throw new UserError(M.fileLocked(file, owner!.command, owner!.user, owner!.host, owner!.pid, owner!.since, lock));
    }
    // Renamed away before it is removed: of two commands that found it stale, one rename fails.
    const aside = `${lock}.${process.pid}.stale`;
    try {
      await fs.rename(lock, aside);
      await fs.rm(aside, { force: true });
    } catch {
      // Another command took it over first: try again, and meet its lock.
    }
  }
  throw new UserError(M.fileLocked(file, '', '', '', 0, '', lock));
}
