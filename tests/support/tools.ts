/**
 * Tests that need a third-party program (Chromium, LibreOffice, Python's openpyxl) run only where
 * it is installed: the pretest scripts (scripts/ensure-*.mjs) install it as root on Debian, and
 * elsewhere say it will be skipped. Under CI a missing program fails the suite instead, so a
 * green CI run always means the program judged the files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const SOFFICE = '/usr/bin/soffice';
export const PYTHON = '/usr/bin/python3';
/** glibc's iconv (Debian's essential libc-bin): an encoder that is not ours. */
export const ICONV = '/usr/bin/iconv';
/** LibreOffice Writer (prints HTML to PDF) and poppler's pdftotext (reads a PDF's text back). */
const WRITER = '/usr/lib/libreoffice/program/libswlo.so';
export const PDFTOTEXT = '/usr/bin/pdftotext';

const hasPythonModule = (module: string) =>
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;

const CHECKS = {
  chromium: () => existsSync(CHROMIUM),
  libreoffice: () => existsSync(SOFFICE) && hasPythonModule('uno'),
  openpyxl: () => hasPythonModule('openpyxl'),
  iconv: () => existsSync(ICONV),
  pdf: () => existsSync(SOFFICE) && existsSync(WRITER) && existsSync(PDFTOTEXT),
};
const SCRIPTS = {
  chromium: 'ensure-chromium',
  libreoffice: 'ensure-libreoffice',
  openpyxl: 'ensure-libreoffice',
  iconv: 'ensure-libreoffice',
  pdf: 'ensure-pdf-tools',
};

export type Tool = keyof typeof CHECKS;

export function hasTool(tool: Tool): boolean {
  return CHECKS[tool]();
}

/** `describe` when every tool is there; otherwise skipped with a note, or failed under CI. */
export function describeWith(tools: Tool[], name: string, body: () => void): void {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const how = missing.map((t) => `node scripts/${SCRIPTS[t]}.mjs`).join(', ');
  if (process.env.CI) {
    describe(name, () => {
      it(`needs ${missing.join(', ')}`, () => {
        throw new Error(`${missing.join(', ')} missing under CI: ${how} should have installed it`);
      });
    });
    return;
  }
  console.warn(`Skipped "${name}": ${missing.join(', ')} not installed (${how} installs it as root on Debian).`);
  describe.skip(name, body);
}
