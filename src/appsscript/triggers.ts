/**
 * Simple triggers besides onOpen / onInstall. onEdit logs when figures are entered; why a
 * simple trigger, what it may do and what it cannot see are written in sheets/edit-log.ts.
 */
import { type EditEvent, recordEdit } from '../sheets/edit-log';
import { appsScriptPlatform } from '../sheets/platform';

export function onEdit(e?: EditEvent): void {
  // Run by hand from the script editor there is no event: nothing was edited.
  if (!e?.range) return;
  recordEdit(appsScriptPlatform(), e, new Date());
}
