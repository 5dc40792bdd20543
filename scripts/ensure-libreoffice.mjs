// Makes sure the third-party programs that judge our files are installed (tests/libreoffice,
// tests/files): LibreOffice Calc without GUI (recalculates saved workbooks, saves and converts
// them), its Python-UNO bridge, and Python's openpyxl (writes .xlsx files as other scripts do);
// and LibreOffice Writer without GUI, which makes the Word and PDF files tests/import reads.
// Runs before `npm test` (package.json "pretest"); installs Debian's packages with apt-get when
// missing. Where it cannot install (not root, not Debian) it says which tests will be skipped and
// lets the rest of the suite run; under CI (CI=true) a missing program is an error instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SOFFICE = '/usr/bin/soffice';
const PYTHON = '/usr/bin/python3';
const PACKAGES = ['libreoffice-calc-nogui', 'libreoffice-writer-nogui', 'python3-uno', 'python3-openpyxl'];
/** Writer's own library: soffice alone may come with Calc only. */
const WRITER = '/usr/lib/libreoffice/program/libswlo.so';

/** @param {string} module */
const hasModule = (module) =>
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;

const missing = () =>
  [
    !existsSync(SOFFICE) && SOFFICE,
    !existsSync(WRITER) && 'libreoffice-writer-nogui',
    !hasModule('uno') && 'python3-uno',
    !hasModule('openpyxl') && 'openpyxl',
  ].filter(Boolean);

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`ensure-libreoffice: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) return `${command}: ${result.error.message}`;
  return result.status === 0 ? null : `${command} ${args.join(' ')} exited with ${result.status}`;
}

/** @param {string} reason */
function cannot(reason) {
  const lines = [
    `ensure-libreoffice: ${missing().join(', ')} missing and could not be installed (${reason}).`,
    `Install as root with: apt-get update && apt-get install -y ${PACKAGES.join(' ')}`,
  ];
  if (process.env.CI) {
    console.error(lines.join('\n'));
    process.exit(1);
  }
  console.warn(`${lines.join('\n')}\nThe LibreOffice and openpyxl tests will be SKIPPED; the rest of the suite runs.`);
  process.exit(0);
}

if (missing().length === 0) {
  console.log('ensure-libreoffice: LibreOffice (Calc, Writer), Python-UNO and openpyxl are present');
} else {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) cannot('apt-get is for Debian');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) cannot('apt-get needs root');
  console.log(`ensure-libreoffice: ${missing().join(', ')} missing; installing Debian's ${PACKAGES.join(', ')}`);
  const error = run('apt-get', ['update']) ?? run('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES]);
  if (error) cannot(error);
  if (missing().length > 0) cannot(`the packages did not provide ${missing().join(', ')}`);
  console.log('ensure-libreoffice: installed');
}
