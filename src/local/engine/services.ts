/**
 * LockService, PropertiesService and Session over the workbook's data and the engine's users.
 * The document lock can be held by "another user" (a test switch) to exercise the add-on's
 * behaviour under concurrency: tryLock then fails and waitLock throws, without waiting.
 */
import type { CallCounter } from './calls';
import type { Users } from './context';
import { ScriptError, messages } from './errors';
import type { WorkbookData } from './model';
import { FakeUser } from './protection';
import type { LockServiceApi, PropertiesServiceApi, SessionApi } from '../../sheets/gas';
import Base = GoogleAppsScript.Base;
import Lock = GoogleAppsScript.Lock;
import Props = GoogleAppsScript.Properties;

export interface LockState {
  holder: 'script' | 'other' | null;
}

class FakeLock implements Lock.Lock {
  constructor(
    private readonly calls: CallCounter,
    private readonly state: LockState,
  ) {}
  hasLock(): boolean {
    this.calls.hit('Lock', 'hasLock');
    return this.state.holder === 'script';
  }
  releaseLock(): void {
    this.calls.hit('Lock', 'releaseLock');
    if (this.state.holder === 'script') this.state.holder = null;
  }
  tryLock(): boolean {
    this.calls.hit('Lock', 'tryLock');
    if (this.state.holder === 'other') return false;
    this.state.holder = 'script';
    return true;
  }
  waitLock(): void {
    this.calls.hit('Lock', 'waitLock');
    if (this.state.holder === 'other') throw new ScriptError(messages.lockTimeout());
    this.state.holder = 'script';
  }
}

export class FakeLockService implements LockServiceApi {
  constructor(
    private readonly calls: CallCounter,
    private readonly state: LockState,
  ) {}
  getDocumentLock(): Lock.Lock {
    this.calls.hit('LockService', 'getDocumentLock');
    return new FakeLock(this.calls, this.state);
  }
}

/** Apps Script's quotas: 9 KB per value, 500 KB per store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

class FakeProperties implements Props.Properties {
  constructor(
    private readonly calls: CallCounter,
    private readonly store: Record<string, string>,
  ) {}
  private hit(method: string): void {
    this.calls.hit('Properties', method);
  }
  private put(key: string, value: unknown): void {
    const text = String(value);
    if (bytes(text) > MAX_VALUE_BYTES) throw new ScriptError(messages.propertyTooLarge(key));
    const total = Object.entries({ ...this.store, [key]: text }).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
    if (total > MAX_STORE_BYTES) throw new ScriptError(messages.propertyTooLarge(key));
    this.store[key] = text;
  }
  deleteAllProperties(): this {
    this.hit('deleteAllProperties');
    for (const key of Object.keys(this.store)) delete this.store[key];
    return this;
  }
  deleteProperty(key: string): this {
    this.hit('deleteProperty');
    delete this.store[key];
    return this;
  }
  getKeys(): string[] {
    this.hit('getKeys');
    return Object.keys(this.store);
  }
  getProperties(): { [key: string]: string } {
    this.hit('getProperties');
    return { ...this.store };
  }
  getProperty(key: string): string | null {
    this.hit('getProperty');
    return key in this.store ? this.store[key] : null;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    this.hit('setProperties');
    if (deleteAllOthers) for (const key of Object.keys(this.store)) delete this.store[key];
    for (const [k, v] of Object.entries(properties)) this.put(k, v);
    return this;
  }
  setProperty(key: string, value: string): this {
    this.hit('setProperty');
    this.put(key, value);
    return this;
  }
}

export class FakePropertiesService implements PropertiesServiceApi {
  constructor(
    private readonly calls: CallCounter,
    private readonly wb: WorkbookData,
  ) {}
  getDocumentProperties(): Props.Properties {
    this.calls.hit('PropertiesService', 'getDocumentProperties');
    return new FakeProperties(this.calls, this.wb.properties);
  }
}

export class FakeSession implements SessionApi {
  constructor(
    private readonly calls: CallCounter,
    private readonly users: Users,
  ) {}
  getEffectiveUser(): Base.User {
    this.calls.hit('Session', 'getEffectiveUser');
    return new FakeUser(this.users.effective);
  }
  getActiveUser(): Base.User {
    this.calls.hit('Session', 'getActiveUser');
    return new FakeUser(this.users.active);
  }
}
