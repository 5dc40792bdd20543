// Makes sure LibreOffice Writer and poppler's pdftotext are installed for the test that prints a
// table to PDF and reads the PDF's text back (tests/core/table/pdf-paste-corpus.test.ts).
// Runs before `npm test` (package.json "pretest"); see lib/debian-packages.mjs for what happens
// when one is missing (tests/support/tools.ts skips the test, or fails it under CI).
import { existsSync } from 'node:fs';
import { ensurePackages } from './lib/debian-packages.mjs';

const TOOLS = [
  { path: '/usr/lib/libreoffice/program/libswlo.so', pkg: 'libreoffice-writer-nogui' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { path: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', pkg: 'fonts-dejavu-core' },
];

ensurePackages({
  name: 'ensure-pdf-tools',
  missing: () => TOOLS.filter((t) => !existsSync(t.path)).map((t) => t.path),
  packages: TOOLS.map((t) => t.pkg),
  present: 'LibreOffice Writer and pdftotext are present',
  skipped: 'The test that prints a table to PDF',
});
