/**
 * The layers of the project, checked by `npm run lint` (dependency-cruiser): src/core is pure
 * and imports no other layer; src/sheets talks to SpreadsheetApp and imports only the core;
 * src/local (engine, xlsx) and src/cli live apart from the pushed bundle; nothing imports the
 * command line but itself; the browser pages import the core and only the TYPES of the
 * server's client API. No import circle anywhere.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      comment: 'src/core has no Apps Script, no file system, and imports no other layer.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src/(sheets|appsscript|local|cli)/|sidebar/)' },
    },
    {
      name: 'core-no-node',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'sheets-only-core',
      comment: 'The sheets layer runs in Apps Script: the core and itself only.',
      severity: 'error',
      from: { path: '^src/sheets/' },
      to: { path: '^(src/(appsscript|local|cli)/|sidebar/)' },
    },
    {
      name: 'appsscript-no-local',
      comment: 'The pushed bundle never contains the engine, the xlsx code or the CLI.',
      severity: 'error',
      from: { path: '^src/appsscript/' },
      to: { path: '^(src/(local|cli)/|sidebar/)' },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      from: { pathNot: '^(src/cli/|tests/|bench/|scripts/)' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'live-check-apart',
      comment:
        'The live check (its own script, npm run build:live-check) uses the add-on\'s sheets layer and core, ' +
        'never the engine, the CLI or the entry points; nothing but tests and the benchmark imports it.',
      severity: 'error',
      from: { path: '^src/live-check/' },
      to: { path: '^(src/(local|cli|appsscript)/|sidebar/)' },
    },
    {
      name: 'nothing-imports-live-check',
      severity: 'error',
      from: { pathNot: '^(src/live-check/|tests/|bench/|scripts/)' },
      to: { path: '^src/live-check/' },
    },
    {
      name: 'local-not-appsscript',
      severity: 'error',
      from: { path: '^src/local/' },
      to: { path: '^(src/appsscript/|sidebar/)' },
    },
    {
      name: 'sidebar-types-only',
      comment: 'The browser pages take only the TYPES of the server (google.script.run is the only way in).',
      severity: 'error',
      from: { path: '^sidebar/' },
      to: { path: '^src/(appsscript|sheets|local|cli)/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|out)/' },
  },
};
