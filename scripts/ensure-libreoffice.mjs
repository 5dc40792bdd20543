// Makes sure the third-party programs that judge our files are installed (tests/libreoffice,
// tests/files): LibreOffice Calc without GUI (recalculates saved workbooks, saves and converts
// them), its Python-UNO bridge, and Python's openpyxl (writes .xlsx files as other scripts do);
// and LibreOffice Writer without GUI, which makes the Word and PDF files tests/import reads.
// Runs before `npm test` (package.json "pretest"); see lib/debian-packages.mjs for what happens
// when one is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensurePackages } from './lib/debian-packages.mjs';

const SOFFICE = '/usr/bin/soffice';
const PYTHON = '/usr/bin/python3';
/** Writer's own library: soffice alone may come with Calc only. */
const WRITER = '/usr/lib/libreoffice/program/libswlo.so';

/** @param {string} module */
const hasModule = (module) =>
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;

ensurePackages({
  name: 'ensure-libreoffice',
  missing: () =>
    [
      existsSync(SOFFICE) ? '' : SOFFICE,
      existsSync(WRITER) ? '' : 'libreoffice-writer-nogui',
      hasModule('uno') ? '' : 'python3-uno',
      hasModule('openpyxl') ? '' : 'openpyxl',
    ].filter(Boolean),
  packages: ['libreoffice-calc-nogui', 'libreoffice-writer-nogui', 'python3-uno', 'python3-openpyxl'],
  present: 'LibreOffice (Calc, Writer), Python-UNO and openpyxl are present',
  skipped: 'The LibreOffice and openpyxl tests',
});
