/**
 * LibreOffice as an independent judge and as "another program" saving our files. Each call runs
 * soffice headless with a profile of its own in a temp folder (so parallel test files never
 * share one), set to recalculate every formula when it loads a file (Calc's "Recalculation on
 * File Load: Always", the OOXMLRecalcMode/ODFRecalcMode settings) rather than trusting the
 * values cached in it.
 *
 * Calc's HTML export writes each cell as Calc shows it: the text of its evaluated value and,
 * for a conditional format, the background of the style the rule applied (ScHTMLExport reads
 * the cell's conditional result). readCalcHtml turns that export back into a grid per sheet.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { PYTHON, SOFFICE } from './tools';

const RECALC_ALWAYS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"',
  '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
  ...['OOXMLRecalcMode', 'ODFRecalcMode'].map(
    (name) =>
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse">` +
      '<value>0</value></prop></item>',
  ),
  '</oor:items>',
  '',
].join('\n');

/** A LibreOffice user profile that recalculates on load; removed with `dispose`. */
export function libreOfficeProfile(): { url: string; dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'so-chi-tieu-lo-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return { url: `file://${dir}`, dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * `soffice --convert-to FORMAT` of each input into `outDir`; returns the output paths. FORMAT is
 * an extension with an optional filter ("xlsx", "html", "csv:Text - txt - csv (StarCalc):59,34,40");
 * `infilter` says how to read a text input ("CSV:9,34,76": tab-separated, quoted with ", UTF-8).
 */
export function sofficeConvert(
  profileUrl: string,
  inputs: string[],
  format: string,
  outDir: string,
  infilter?: string,
): string[] {
  mkdirSync(outDir, { recursive: true });
  const how = infilter ? [`--infilter=${infilter}`] : [];
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=${profileUrl}`, '--headless', '--norestore', ...how, '--convert-to', format].concat([
      '--outdir',
      outDir,
      ...inputs,
    ]),
    { stdio: 'pipe', timeout: 180_000 },
  );
  const ext = format.split(':')[0];
  return inputs.map((input) => join(outDir, `${basename(input, extname(input))}.${ext}`));
}

/** Runs a Python script with Debian's python3 (openpyxl, uno); returns its stdout. */
export function python(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(PYTHON, ['-c', script, ...args], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, ...env },
  });
}

export interface CalcCell {
  text: string;
  /** Upper-case "#RRGGBB", or "" when the cell has no background. */
  background: string;
  /** The number behind the text (sdval), when Calc wrote one. */
  number?: number;
}

export interface CalcSheet {
  name: string;
  /** Visible rows and columns only: Calc's HTML export leaves hidden ones out. */
  rows: CalcCell[][];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .trim();
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(2)
    .find((v) => v !== undefined);

/** The sheets of a Calc HTML export, each as a grid with merged cells spread over their span. */
export function readCalcHtml(path: string): CalcSheet[] {
  const html = readFileSync(path, 'utf8');
  const sections = html.split(/<a name="table\d+">/i).slice(1);
  return sections.map((section) => {
    const name = decode(/<h1>[^<]*<em>([\s\S]*?)<\/em>/i.exec(section)?.[1] ?? '');
    const table = section.slice(section.search(/<table/i), section.search(/<\/table>/i));
    const rows: CalcCell[][] = [];
    const taken = new Map<string, CalcCell>();
    (table.match(/<tr[\s\S]*?<\/tr>/gi) ?? []).forEach((tr, r) => {
      const row: CalcCell[] = [];
      rows[r] = row;
      let c = 0;
      for (const td of tr.match(/<td[^>]*>[\s\S]*?<\/td>/gi) ?? []) {
        while (taken.has(`${r}:${c}`) || row[c]) {
          row[c] ??= taken.get(`${r}:${c}`)!;
          c++;
        }
        const open = td.slice(0, td.indexOf('>') + 1);
        const sdval = attribute(open, 'sdval');
        const cell: CalcCell = {
          text: decode(td.slice(open.length, td.length - '</td>'.length)),
          background: (attribute(open, 'bgcolor') ?? '').toUpperCase(),
          ...(sdval !== undefined ? { number: Number(sdval) } : {}),
        };
        const colspan = Number(attribute(open, 'colspan') ?? 1);
        const rowspan = Number(attribute(open, 'rowspan') ?? 1);
        for (let dr = 0; dr < rowspan; dr++)
          for (let dc = 0; dc < colspan; dc++)
            if (dr === 0) row[c + dc] = cell;
            else taken.set(`${r + dr}:${c + dc}`, cell);
        c += colspan;
      }
    });
    return { name, rows };
  });
}
