/**
 * What google.script.run cannot carry faithfully: undefined, Date, functions, NaN and
 * Infinity, class instances. Returns the paths of such values (empty when the value is safe).
 */
export function jsonProblems(value: unknown, path = '$'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonProblems(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => jsonProblems(v, `${path}.${k}`));
  }
  return [`${path}: ${value === undefined ? 'undefined' : Object.prototype.toString.call(value)}`];
}
