// Makes sure LibreOffice Writer and poppler's pdftotext are installed for the test that prints a
// table to PDF and reads the PDF's text back (tests/core/table/pdf-paste-corpus.test.ts).
// Runs before `npm test` (package.json "pretest"); installs Debian's packages when missing. Where
// it cannot install (not root, not Debian) it says the test will be skipped and lets the rest of
// the suite run; under CI (CI=true) a missing program is an error instead (tests/support/tools.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = [
  { path: '/usr/lib/libreoffice/program/libswlo.so', pkg: 'libreoffice-writer-nogui' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { path: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', pkg: 'fonts-dejavu-core' },
];

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`ensure-pdf-tools: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) return `${command}: ${result.error.message}`;
  return result.status === 0 ? null : `${command} ${args.join(' ')} exited with ${result.status}`;
}

/** @param {string} reason */
function fail(reason) {
  const text =
    `ensure-pdf-tools: LibreOffice Writer or pdftotext is missing and could not be installed (${reason}).\n` +
    `Install them as root with: apt-get update && apt-get install -y ${TOOLS.map((t) => t.pkg).join(' ')}`;
  if (process.env.CI) {
    console.error(text);
    process.exit(1);
  }
  console.warn(`${text}\nThe test that prints a table to PDF will be SKIPPED; the rest of the suite runs.`);
  process.exit(0);
}

const missing = TOOLS.filter((t) => !existsSync(t.path));
if (missing.length === 0) {
  console.log('ensure-pdf-tools: LibreOffice Writer and pdftotext are present');
} else {
  if (process.platform !== 'linux') fail(`apt-get is for Debian; this is ${process.platform}`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) fail('apt-get needs root');
  const packages = missing.map((t) => t.pkg);
  const error = run('apt-get', ['update']) ?? run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
  if (error) fail(error);
  const still = TOOLS.filter((t) => !existsSync(t.path));
  if (still.length > 0) fail(`the packages did not provide ${still.map((t) => t.path).join(', ')}`);
  console.log(`ensure-pdf-tools: installed ${packages.join(' ')}`);
}
