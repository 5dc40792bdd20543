/**
 * Sharing the file with the accounts of the Agencies sheet and of Settings' secretariat row:
 * a menu item with a confirmation naming every account, and the sidebar's section. Protections
 * alone give no access to the file (sheets/sharing.ts).
 */
import { M } from '../core/messages';
import { appsScriptPlatform } from '../sheets/platform';
import { missingByAgency, type ShareResult, type SharingView, shareWithMissing, sharingView } from '../sheets/sharing';
import { alert, guardSecretariat, notSecretariat } from './guard';
import { rpc } from './rpc';

export function menuShareFile(): void {
  guardSecretariat(M.shareTitle, () => {
    const platform = appsScriptPlatform();
    const view = sharingView(platform);
    if (view.missing.length === 0) {
      const listed = view.agencies.flatMap((a) => a.accounts).length + view.secretariat.length;
      alert(M.shareTitle, M.shareNothing(listed));
      return;
    }
    const ui = platform.SpreadsheetApp.getUi();
    const answer = ui.alert(
      M.shareTitle,
      M.shareConfirm(missingByAgency(view), view.missing.length),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) {
      alert(M.shareTitle, M.shareCancelled(view.missing));
      return;
    }
    alert(M.shareTitle, shareWithMissing(platform, view.missing).message);
  });
}

/** Who of the listed accounts can edit the file, for the sidebar. */
export const sidebarGetSharing = rpc(M.sharingFailed, (): SharingView => sharingView(appsScriptPlatform()));

/**
 * Shares the file with the accounts the sidebar's confirmation named (only those still missing
 * and listed: the browser's list is never trusted beyond that).
 */
export const sidebarShareFile = rpc(M.sharingFailed, (accounts: string[]): ShareResult => {
  const refused = notSecretariat();
  if (refused) return { ok: false, shared: [], failed: [], message: refused };
  const list = Array.isArray(accounts) ? accounts.filter((a): a is string => typeof a === 'string') : [];
  return shareWithMissing(appsScriptPlatform(), list);
});
