/**
 * The services the sheets layer uses, taken from the global scope when called: the real ones
 * in Apps Script; the in-memory engine's when a test or the command line installs them.
 */
import type { Platform } from './gas';

export function appsScriptPlatform(): Platform {
  const g = globalThis as unknown as Platform;
  return {
    SpreadsheetApp: g.SpreadsheetApp,
    LockService: g.LockService,
    Session: g.Session,
    HtmlService: g.HtmlService,
  };
}
