// Makes sure Debian's Chromium is installed for the sidebar's browser test (tests/sidebar):
// playwright-core drives /usr/bin/chromium and never downloads a browser of its own.
// Runs before `npm test` (package.json "pretest"); installs with apt-get when missing. Where it
// cannot install (not root, not Debian) it says the browser tests will be skipped and lets the
// rest of the suite run; under CI (CI=true) a missing browser is an error instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
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
    `ensure-chromium: ${CHROMIUM} is missing and could not be installed (${reason}).\n` +
    'Install it as root with: apt-get update && apt-get install -y chromium';
  if (process.env.CI) {
    console.error(text);
    process.exit(1);
  }
  console.warn(`${text}\nThe browser tests (tests/sidebar) will be SKIPPED; the rest of the suite runs.`);
  process.exit(0);
}

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is present`);
} else {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) fail('apt-get is for Debian');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) fail('apt-get needs root');
  console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package`);
  const error = run('apt-get', ['update']) ?? run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  if (error) fail(error);
  if (!existsSync(CHROMIUM)) fail(`the chromium package did not provide ${CHROMIUM}`);
  console.log(`ensure-chromium: installed ${CHROMIUM}`);
}
