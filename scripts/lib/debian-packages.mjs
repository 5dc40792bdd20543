// What the ensure-* scripts share: install Debian's packages with apt-get when a program the tests
// need is missing; where that cannot be done (not root, not Debian) say which tests will be skipped
// and let the rest of the suite run; under CI (CI=true) a missing program is an error instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * @param {string} name the script's name, the prefix of its lines
 * @param {string} command
 * @param {string[]} args
 */
function run(name, command, args) {
  console.log(`${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) return `${command}: ${result.error.message}`;
  return result.status === 0 ? null : `${command} ${args.join(' ')} exited with ${result.status}`;
}

/**
 * Makes sure nothing is missing, installing `packages` when something is.
 * @param {{ name: string, missing: () => string[], packages: string[], present: string, skipped: string }} need
 *   `missing` lists what is absent (paths, modules); `present` and `skipped` are the lines printed
 *   when everything is there and when the tests that need it will not run.
 */
export function ensurePackages({ name, missing, packages, present, skipped }) {
  /** @param {string} reason */
  const cannot = (reason) => {
    const text =
      `${name}: ${missing().join(', ')} missing and could not be installed (${reason}).\n` +
      `Install as root with: apt-get update && apt-get install -y ${packages.join(' ')}`;
    if (process.env.CI) {
      console.error(text);
      process.exit(1);
    }
    console.warn(`${text}\n${skipped} will be SKIPPED; the rest of the suite runs.`);
    process.exit(0);
  };
  if (missing().length === 0) {
    console.log(`${name}: ${present}`);
    return;
  }
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) cannot('apt-get is for Debian');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) cannot('apt-get needs root');
  console.log(`${name}: ${missing().join(', ')} missing; installing Debian's ${packages.join(', ')}`);
  const error =
    run(name, 'apt-get', ['update']) ?? run(name, 'apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
  if (error) cannot(error);
  if (missing().length > 0) cannot(`the packages did not provide ${missing().join(', ')}`);
  console.log(`${name}: installed ${packages.join(' ')}`);
}
