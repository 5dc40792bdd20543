// Makes sure Debian's Chromium is installed for the sidebar's browser test (tests/sidebar):
// playwright-core drives /usr/bin/chromium and never downloads a browser of its own.
// Runs before `npm test` (package.json "pretest"); see lib/debian-packages.mjs for what happens
// when it is missing.
import { existsSync } from 'node:fs';
import { ensurePackages } from './lib/debian-packages.mjs';

const CHROMIUM = '/usr/bin/chromium';

ensurePackages({
  name: 'ensure-chromium',
  missing: () => (existsSync(CHROMIUM) ? [] : [CHROMIUM]),
  packages: ['chromium'],
  present: `${CHROMIUM} is present`,
  skipped: 'The browser tests (tests/sidebar)',
});
