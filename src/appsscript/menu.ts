/**
 * The menu, the same items for both ways the code runs:
 * - as an editor add-on, under Extensions: "Published Editor add-ons can create custom menu items
 *   under their editor's Extensions menu … by using Ui.createAddonMenu()" (Google Workspace
 *   add-ons guide, "Menus");
 * - as a script bound to the spreadsheet (the template route), a menu of its own on the menu
 *   bar: in a bound script createAddonMenu would put the items under Extensions in a sub-menu
 *   named after the script project ("if the script is bound to the document directly, the
 *   sub-menu name matches the script's name", Ui.createAddonMenu reference), which in a copy of
 *   a template is whatever the project was called, often "Untitled project".
 * The build decides which: `npm run build` bundles dist/ for the add-on and dist-template/ for
 * the bound script (scripts/build.mjs defines __SO_CHI_TIEU_ENTRY__).
 */
import { M } from '../core/messages';
import type { UiApi } from '../sheets/gas';

declare const __SO_CHI_TIEU_ENTRY__: string | undefined;

export type EntryKind = 'addon' | 'bound';

/** How this bundle runs: set by the build; an unbuilt module (tests, the CLI) is the add-on's. */
export function entryKind(): EntryKind {
  return typeof __SO_CHI_TIEU_ENTRY__ === 'string' && __SO_CHI_TIEU_ENTRY__ === 'bound' ? 'bound' : 'addon';
}

/** The items of the menu, in order; '' is a separator. */
export const MENU_ITEMS: ReadonlyArray<readonly [caption: string, functionName: string] | ''> = [
  [M.menuSetup, 'menuSetup'],
  [M.menuImportFile, 'menuImportFile'],
  [M.menuDraftTable, 'menuDraftTable'],
  [M.menuGenerate, 'menuGenerate'],
  [M.menuSidebar, 'menuOpenSidebar'],
  [M.menuShare, 'menuShareFile'],
  '',
  [M.menuClosePeriod, 'menuClosePeriod'],
  [M.menuReopenPeriod, 'menuReopenPeriod'],
  [M.menuReportingStatus, 'menuReportingStatus'],
  [M.menuWriteHistory, 'menuWriteHistory'],
  '',
  [M.menuHelp, 'menuHelp'],
];

/** Builds the menu only: onOpen is a simple trigger, with 30 seconds and no authorisation. */
export function addMenu(ui: Pick<UiApi, 'createMenu' | 'createAddonMenu'>, kind: EntryKind): void {
  const menu = kind === 'bound' ? ui.createMenu(M.menuTitle) : ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === '') menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}
