/**
 * The sidebar page itself: its script type-checks as browser code (the project's tsconfig
 * has no DOM library, so `tsc -p .` does not see sidebar/), it needs nothing from outside the
 * page, and it never puts strings into the DOM as HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { sidebarPage } from './page';

const dir = join(__dirname, '../../sidebar');

describe('the sidebar page', () => {
  it('type-checks as strict browser code', () => {
    const program = ts.createProgram([join(dir, 'Sidebar.ts')], {
      target: ts.ScriptTarget.ES2018,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    });
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
