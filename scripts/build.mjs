// Builds the folder clasp pushes (.clasp.json rootDir): Code.js, the sidebar HTML and
// appsscript.json, nothing else. Apps Script finds handlers only as top-level function
// declarations, so every export of src/appsscript/main.ts gets a global wrapper.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
const out = join(root, clasp.rootDir ?? 'dist');
const GLOBAL = '__SoChiTieu';

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const bundle = await build({
  entryPoints: [join(root, 'src/appsscript/main.ts')],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL,
  target: 'es2020',
  platform: 'neutral',
  write: false,
  legalComments: 'none',
  charset: 'utf8',
});
const code = bundle.outputFiles[0].text;

// Load the bundle without Apps Script services to list its exports; it must not touch them at load.
/** @type {{ names?: string[] }} */
const sandbox = {};
vm.runInNewContext(`${code}\nthis.names = Object.keys(${GLOBAL});`, sandbox);
const names = (sandbox.names ?? []).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)).sort();
const wrappers = names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`).join('\n');
writeFileSync(join(out, 'Code.js'), `${code}\n${wrappers}\n`);

// Sidebar pages: sidebar/NAME.html, with sidebar/NAME.ts bundled into its <!-- SCRIPT --> slot.
const sidebarDir = join(root, 'sidebar');
const pages = existsSync(sidebarDir) ? readdirSync(sidebarDir).filter((f) => f.endsWith('.html')) : [];
for (const page of pages) {
  const name = basename(page, '.html');
  let html = readFileSync(join(sidebarDir, page), 'utf8');
  const script = join(sidebarDir, `${name}.ts`);
  if (existsSync(script)) {
    const js = await build({
      entryPoints: [script],
      bundle: true,
      format: 'iife',
      target: 'es2018',
      write: false,
      charset: 'utf8',
    });
    // "</script" inside the code would end the tag early.
    html = html.replace(
      '<!-- SCRIPT -->',
      () => `<script>\n${js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script')}</script>`,
    );
  }
  writeFileSync(join(out, page), html);
}
copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
console.log(`Đã đóng gói ${names.length} hàm (${names.join(', ')}) và ${pages.length} trang HTML vào ${out}`);
