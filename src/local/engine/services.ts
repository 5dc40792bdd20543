/**
 * LockService and Session. The document lock belongs to the workbook, not to an engine: every
 * execution over the same WorkbookData (two people, two runs) shares it, as in Apps Script
 * (rules.ts, 7). It is held by an execution until released or until that execution ends.
 */
import type { CallCounter } from './calls';
import type { Users } from './context';
import { ScriptError } from './errors';
import type { WorkbookData } from './model';
import { FakeUser } from './protection';
import { LOCK_TIMEOUT } from './rules';
import type { LockApi, LockServiceApi, SessionApi } from '../../sheets/gas';

/** Whoever holds a workbook's document lock: an execution, or a stand-in for someone else's. */
interface LockState {
  holder: object | null;
}

const documentLocks = new WeakMap<WorkbookData, LockState>();

export function documentLockOf(wb: WorkbookData): LockState {
  let state = documentLocks.get(wb);
  if (!state) {
    state = { holder: null };
    documentLocks.set(wb, state);
  }
  return state;
}

/** Stands for an execution the test does not run itself (helpers.lockHeldByOtherUser). */
export const ANOTHER_EXECUTION = Object.freeze({ name: 'another execution' });

class FakeLock implements LockApi {
  constructor(
    private readonly calls: CallCounter,
    private readonly state: LockState,
    private readonly execution: object,
  ) {}

  private free(): boolean {
    return this.state.holder === null || this.state.holder === this.execution;
  }
  hasLock(): boolean {
    this.calls.hit('Lock', 'hasLock');
    return this.state.holder === this.execution;
  }
  releaseLock(): void {
    this.calls.hit('Lock', 'releaseLock');
    if (this.state.holder === this.execution) this.state.holder = null;
  }
  /** Nothing else runs while a test waits, so a lock held elsewhere stays held: false at once. */
  tryLock(_timeoutInMillis: number): boolean {
    this.calls.hit('Lock', 'tryLock');
    if (!this.free()) return false;
    this.state.holder = this.execution;
    return true;
  }
  waitLock(_timeoutInMillis: number): void {
    this.calls.hit('Lock', 'waitLock');
    if (!this.free()) throw new ScriptError(LOCK_TIMEOUT);
    this.state.holder = this.execution;
  }
}

export class FakeLockService implements LockServiceApi {
  constructor(
    private readonly calls: CallCounter,
    private readonly wb: WorkbookData,
    private readonly execution: object,
    /** A standalone script or web app has no containing document, hence no document lock. */
    private readonly inDocument: boolean,
  ) {}
  getDocumentLock(): LockApi | null {
    this.calls.hit('LockService', 'getDocumentLock');
    return this.inDocument ? new FakeLock(this.calls, documentLockOf(this.wb), this.execution) : null;
  }
}

export class FakeSession implements SessionApi {
  constructor(
    private readonly calls: CallCounter,
    private readonly users: Users,
  ) {}
  getEffectiveUser(): FakeUser {
    this.calls.hit('Session', 'getEffectiveUser');
    return new FakeUser(this.users.effective);
  }
}
