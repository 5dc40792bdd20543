// Builds what is pushed or pasted into Apps Script, each folder holding only Apps Script files:
//   dist/             the editor add-on (clasp's rootDir): Code.js, the HTML pages, appsscript.json;
//   dist-template/    the same code for a script bound to a template spreadsheet, with its own menu
//                     on the menu bar: Code.gs, the pages, appsscript.json and HUONG-DAN.md, ready to
//                     paste in the script editor or to push with clasp;
//   dist-live-check/  (--live-check) the live check's script for a throw-away spreadsheet.
// Apps Script finds handlers only as top-level function declarations, so every export of the entry
// module gets a global wrapper. Options: --out <dir> (where the folders go; default the project),
// --live-check (build the live check instead of the add-on).
import { build } from 'esbuild';
import Papa from 'papaparse';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outRoot = outIndex >= 0 ? resolve(args[outIndex + 1]) : root;
const GLOBAL = '__SoChiTieu';

/**
 * One bundle of `entry` for Apps Script, with a global function per export.
 * @param {string} entry
 * @param {Record<string, string>} define
 */
async function bundleScript(entry, define) {
  const bundle = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    define,
  });
  const code = bundle.outputFiles[0].text;
  // Load the bundle without Apps Script services to list its exports; it must not touch them at load.
  /** @type {{ names?: string[] }} */
  const sandbox = {};
  vm.runInNewContext(`${code}\nthis.names = Object.keys(${GLOBAL});`, sandbox);
  const names = (sandbox.names ?? []).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)).sort();
  const wrappers = names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`).join('\n');
  return { code: `${code}\n${wrappers}\n`, names };
}

/** Sidebar pages: sidebar/NAME.html, with sidebar/NAME.ts bundled into its <!-- SCRIPT --> slot. */
async function pages() {
  const dir = join(root, 'sidebar');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  /** @type {Array<{ file: string; html: string }>} */
  const out = [];
  for (const page of files) {
    const name = basename(page, '.html');
    let html = readFileSync(join(dir, page), 'utf8');
    const script = join(dir, `${name}.ts`);
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
    out.push({ file: page, html });
  }
  return out;
}

/**
 * Writes a folder from scratch.
 * @param {string} dir
 * @param {Record<string, string>} files name → content
 */
function writeFolder(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}

const manifest = readFileSync(join(root, 'appsscript.json'), 'utf8');

/**
 * The seed the live check pastes, read here as the add-on reads a TSV paste (PapaParse, tab
 * delimiter; the final line break is no row), so the script carries a grid and no parser.
 */
function liveCheckSeed() {
  const text = readFileSync(join(root, 'seeds/003b-phan-cong-2023.tsv'), 'utf8').replace(/^\ufeff/, '');
  /** @type {string[][]} */
  const rows = Papa.parse(text, { delimiter: '\t' }).data;
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}

if (args.includes('--live-check')) {
  const live = await bundleScript('src/live-check/main.ts', { __LIVE_CHECK_SEED__: JSON.stringify(liveCheckSeed()) });
  const out = join(outRoot, 'dist-live-check');
  writeFolder(out, {
    'Code.gs': live.code,
    'appsscript.json': manifest,
    'HUONG-DAN.md': readFileSync(join(root, 'docs/HUONG-DAN-KIEM-TRA.md'), 'utf8'),
  });
  console.log(`Đã đóng gói bài kiểm tra trực tiếp (${live.names.join(', ')}) vào ${out}`);
} else {
  const html = await pages();
  const addon = await bundleScript('src/appsscript/main.ts', { __SO_CHI_TIEU_ENTRY__: '"addon"' });
  const bound = await bundleScript('src/appsscript/main.ts', { __SO_CHI_TIEU_ENTRY__: '"bound"' });
  const pageFiles = Object.fromEntries(html.map((p) => [p.file, p.html]));
  const dist = join(outRoot, 'dist');
  writeFolder(dist, { 'Code.js': addon.code, ...pageFiles, 'appsscript.json': manifest });
  const template = join(outRoot, 'dist-template');
  writeFolder(template, {
    'Code.gs': bound.code,
    ...pageFiles,
    'appsscript.json': manifest,
    'HUONG-DAN.md': readFileSync(join(root, 'docs/HUONG-DAN-BAN-MAU.md'), 'utf8'),
  });
  console.log(
    `Đã đóng gói ${addon.names.length} hàm (${addon.names.join(', ')}) và ${html.length} trang HTML vào ${dist} ` +
      `(tiện ích) và ${template} (bản mẫu có mã gắn kèm)`,
  );
}
