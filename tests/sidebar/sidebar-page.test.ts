/**
 * The sidebar page itself: its script type-checks as browser code (sidebar/tsconfig.json,
 * with the DOM library), it needs nothing from outside the page, and it never puts strings into the DOM as HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { sidebarPage } from './page';

const dir = join(__dirname, '../../sidebar');

describe('the sidebar page', () => {
  it('type-checks as strict browser code, with the server types it calls', () => {
    // sidebar/tsconfig.json: the DOM library, and the server's own types (src/appsscript/client-api.ts).
    const configFile = join(dir, 'tsconfig.json');
    const config = ts.getParsedCommandLineOfConfigFile(
      configFile,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    )!;
    expect(config.options.lib).toContain('lib.dom.d.ts');
    expect(config.options.strict).toBe(true);
    const program = ts.createProgram(config.fileNames, config.options);
    expect(program.getRootFileNames().map((f) => f.split('/').pop())).toEqual(
      expect.arrayContaining(['Sidebar.ts', 'Progress.ts', 'rpc.ts']),
    );
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });

  it('loads no external script, style, font or image', () => {
    // The SVG namespace is a name, not something fetched.
    const page = sidebarPage().split('http://www.w3.org/2000/svg').join('');
    expect(page).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(|<img\b|https?:\/\//i);
  });

  it('builds the DOM with textContent only', () => {
    const source = readFileSync(join(dir, 'Sidebar.ts'), 'utf8');
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(readFileSync(join(dir, 'Sidebar.html'), 'utf8')).toContain('<!-- SCRIPT -->');
  });
});
