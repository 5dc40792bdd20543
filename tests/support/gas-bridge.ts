/**
 * google.script.run in a test page: each call goes to the exposed __gasCall and back as JSON, as
 * Apps Script's bridge carries only JSON-safe values; google.script.host.close() marks the page closed.
 */
export const GAS_BRIDGE = `(() => {
  const runner = (ok, fail) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      if (typeof name !== 'string') return undefined;
      return (...args) => {
        window.__gasCall(name, JSON.stringify(args)).then(
          (json) => ok && ok(JSON.parse(json)),
          (e) => fail && fail(new Error(String((e && e.message) || e))),
        );
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() { window.__closed = true; } } } };
})();`;
