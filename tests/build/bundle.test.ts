/**
 * The pushed bundle: built by `npm run build`, holding only Apps Script files, with every
 * function Apps Script calls by name (onOpen, onInstall, each menu item) as a global function.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as main from '../../src/appsscript/main';
import { newBook } from '../support/book';

const root = join(__dirname, '../..');
const out = join(root, JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8')).rootDir);

describe('npm run build', () => {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
  const code = readFileSync(join(out, 'Code.js'), 'utf8');
  const context: Record<string, unknown> = {};
  vm.runInNewContext(code, context);

  it('holds only Code.js, HTML pages and the manifest', () => {
    for (const file of readdirSync(out)) expect(file).toMatch(/^(Code\.js|appsscript\.json|[A-Za-z]+\.html)$/);
  });

  it("writes exactly the files the README's deploy section lists", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const listed = /bundles src\/ into dist\/: (.*) only/.exec(readme)![1].split(/,\s*/);
    expect(readdirSync(out).sort()).toEqual([...listed].sort());
  });

  it('declares onOpen, onInstall and every menu handler as global functions', () => {
    const local = newBook();
    main.onOpen();
    const menuNames = local.workbook.ui.menus[0].items.map((i) => i.functionName).filter((n): n is string => !!n);
    expect(menuNames.length).toBeGreaterThan(3);
    for (const name of ['onOpen', 'onInstall', ...menuNames]) {
      expect([name, typeof context[name]]).toEqual([name, 'function']);
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('asks only for the narrow scopes, on V8', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    // The document it runs in, its dialogs, and who runs it (Session.getEffectiveUser).
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('runs the bundled onOpen against the in-memory services', () => {
    const local = newBook();
    const sandbox: Record<string, unknown> = { ...local.platform };
    vm.runInNewContext(`${code}\nonOpen();`, sandbox);
    expect(local.workbook.ui.menus).toHaveLength(1);
  });
});
