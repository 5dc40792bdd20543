/**
 * The server side of google.script.run: a function the browser calls never throws. A failure
 * comes back as { ok: false, message } in Vietnamese, and the stack goes to the execution log,
 * not to the person. google.script.run carries only JSON-safe values, so the results are
 * plain objects (see tests/sidebar/json-safe.ts, which checks every answer in the browser tests).
 */
export interface RpcFailure {
  ok: false;
  message: string;
}

/** Wraps a server function so that an exception becomes `{ ok: false, message: describe(detail) }`. */
export function rpc<A extends unknown[], R>(
  describe: (detail: string) => string,
  fn: (...args: A) => R,
): (...args: A) => R | RpcFailure {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      return { ok: false, message: describe(error instanceof Error ? error.message : String(error)) };
    }
  };
}

/** A text argument from the browser, whatever it sent (google.script.run passes what it was given). */
export function textArgument(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
