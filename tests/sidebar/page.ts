/**
 * The sidebar page as Apps Script serves it: sidebar/Sidebar.html with sidebar/Sidebar.ts
 * bundled into its <!-- SCRIPT --> slot, as scripts/build.mjs does (built here in memory, so
 * the test does not rewrite the pushed folder while other tests read it).
 */
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../sidebar');

export function sidebarPage(name = 'Sidebar'): string {
  const js = buildSync({
    entryPoints: [join(dir, `${name}.ts`)],
    bundle: true,
    format: 'iife',
    target: 'es2018',
    write: false,
    charset: 'utf8',
  });
  const code = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return readFileSync(join(dir, `${name}.html`), 'utf8').replace('<!-- SCRIPT -->', () => `<script>\n${code}</script>`);
}
