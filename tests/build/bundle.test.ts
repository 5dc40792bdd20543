/**
 * What `npm run build` makes, run as Apps Script runs it: the add-on (dist/) and the script
 * bound to a template (dist-template/), each holding only Apps Script files, with every function
 * Apps Script calls by name as a global function. Both bundles are loaded in a fresh V8 context
 * over the in-memory services and driven through the same entry points: the add-on puts its menu
 * under Extensions (createAddonMenu), the bound script a menu of its own (createMenu); set-up,
 * generation, the sidebar, the progress dialog and the onEdit log work the same in both.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { M } from '../../src/core/messages';
import { MENU_ITEMS } from '../../src/appsscript/menu';
import type { LocalPlatform } from '../../src/local/engine';
import { newBook, paste, seedGrid, tabCell } from '../support/book';

const root = join(__dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'build-'));
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });

const BUNDLES = {
  addon: { dir: join(out, 'dist'), code: 'Code.js' },
  bound: { dir: join(out, 'dist-template'), code: 'Code.gs' },
} as const;
type Kind = keyof typeof BUNDLES;
const codeOf = (kind: Kind) => readFileSync(join(BUNDLES[kind].dir, BUNDLES[kind].code), 'utf8');

/** The bundle loaded over a new in-memory spreadsheet, with Apps Script's globals and its functions. */
function load(kind: Kind): { local: LocalPlatform; context: vm.Context; run: (call: string) => unknown } {
  const local = newBook();
  const context = vm.createContext({ ...local.platform, console: { log() {}, error() {} }, Date });
  vm.runInContext(codeOf(kind), context);
  return { local, context, run: (call) => vm.runInContext(call, context) };
}

const menuFunctions = MENU_ITEMS.filter((i) => i !== '').map((i) => i[1]);

describe('npm run build', () => {
  it('writes only Apps Script files to dist/, and the template files with their guide to dist-template/', () => {
    for (const file of readdirSync(BUNDLES.addon.dir))
      expect(file).toMatch(/^(Code\.js|appsscript\.json|[A-Za-z]+\.html)$/);
    expect(readdirSync(BUNDLES.bound.dir).sort()).toEqual(
      ['Code.gs', 'HUONG-DAN.md', 'ImportFile.html', 'Progress.html', 'Sidebar.html', 'appsscript.json'].sort(),
    );
    expect(readFileSync(join(BUNDLES.bound.dir, 'HUONG-DAN.md'), 'utf8')).toContain('Tạo bản sao');
    // The guide tells where to paste each page: a page it does not name would be missing in the copy.
    const guide = readFileSync(join(BUNDLES.bound.dir, 'HUONG-DAN.md'), 'utf8');
    for (const page of readdirSync(BUNDLES.bound.dir).filter((f) => f.endsWith('.html')))
      expect([page, guide.includes(`| \`${page}\` | tệp HTML tên \`${page.replace(/\.html$/, '')}\``)]).toEqual([
        page,
        true,
      ]);
  });

  it("writes exactly the files the README's deploy section lists for each folder", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const kind of ['addon', 'bound'] as const) {
      const folder = kind === 'addon' ? 'dist/' : 'dist-template/';
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${folder}\` |`))!;
      const listed = [...row.matchAll(/`([\w-]+\.(?:js|gs|html|json|md))`/g)].map((m) => m[1]);
      expect([folder, readdirSync(BUNDLES[kind].dir).sort()]).toEqual([folder, [...listed].sort()]);
    }
  });

  it.each(['addon', 'bound'] as const)('declares onOpen, onEdit and every menu handler as globals (%s)', (kind) => {
    const code = codeOf(kind);
    for (const name of ['onOpen', 'onInstall', 'onEdit', 'generateContinue', ...menuFunctions]) {
      expect([name, code.match(new RegExp(`^function ${name}\\(`, 'm')) !== null]).toEqual([name, true]);
    }
  });

  it('asks only for the narrow scopes, on V8, the same in both', () => {
    for (const kind of ['addon', 'bound'] as const) {
      const manifest = JSON.parse(readFileSync(join(BUNDLES[kind].dir, 'appsscript.json'), 'utf8'));
      expect(manifest.runtimeVersion).toBe('V8');
      // The document it runs in (sharing included), its dialogs, and who runs it (Session.getEffectiveUser).
      expect(manifest.oauthScopes).toEqual([
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/userinfo.email',
      ]);
    }
  });
});

describe('the two entry paths', () => {
  it('puts the add-on menu under Extensions, through createAddonMenu, on open and on install', () => {
    const { local, run } = load('addon');
    run('onOpen({ authMode: "NONE" })');
    run('onInstall({ authMode: "FULL" })');
    expect(local.workbook.ui.menus.map((m) => [m.kind, m.caption])).toEqual([
      ['addon', null],
      ['addon', null],
    ]);
  });

  it('gives the bound script a menu of its own on the menu bar, named after the add-on, not the project', () => {
    const { local, run } = load('bound');
    run('onOpen({ authMode: "LIMITED" })');
    expect(local.workbook.ui.menus.map((m) => [m.kind, m.caption])).toEqual([['menu', M.menuTitle]]);
  });

  it('offers the same items in the same order in both', () => {
    const items = (kind: Kind) => {
      const { local, run } = load(kind);
      run('onOpen()');
      return local.workbook.ui.menus[0].items.map((i) => i.functionName ?? '');
    };
    expect(items('bound')).toEqual(items('addon'));
    expect(items('addon').filter(Boolean)).toEqual(menuFunctions);
  });

  it.each(['addon', 'bound'] as const)('sets up, generates, opens the sidebar and logs an edit (%s)', (kind) => {
    const { local, context, run } = load(kind);
    run('menuSetup()');
    paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
    run('menuGenerate()');
    const tabs = local.workbook.sheets.filter((s) => s.name.startsWith('P. ') || s.name.startsWith('Phòng'));
    expect(tabs.length).toBeGreaterThan(0);
    run('menuOpenSidebar()');
    expect(local.workbook.ui.sidebars.at(-1)?.title).toBe(M.sidebarTitle);
    const report = run('JSON.stringify(sidebarGetReport(""))') as string;
    expect(JSON.parse(report).ok).toBe(true);
    // An edit by a person, then the simple trigger as Sheets fires it.
    const tab = tabs[0].name;
    expect(local.engine.userEdit(tab, tabCell(6, 'Quý I'), '1').ok).toBe(true);
    context.edit = {
      range: local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!.getRange(tabCell(6, 'Quý I')),
    };
    run('onEdit(edit)');
    const log = local.workbook.sheets.find((s) => s.name === 'Nhật ký nhập liệu');
    expect(log?.rows.get(2)?.get(2)?.value).toBe(tab);
  });
});
