/**
 * Sheet names in .xlsx are stricter than in Sheets: at most 31 characters, none of * ? : \ / [ ],
 * no leading or trailing apostrophe, not "History". A name that breaks these is written under a
 * safe, unique stand-in, and the real name is kept in the "_sheets" metadata sheet.
 */
export const META = {
  workbook: '_workbook',
  sheets: '_sheets',
  props: '_props',
  protections: '_protections',
  lists: '_lists',
} as const;

export const META_NAMES = new Set<string>(Object.values(META));

const MAX_XLSX_NAME = 31;

function safeName(name: string): string {
  let n = name.replace(/[*?:\\/[\]]/g, '_').replace(/^'|'$/g, '_');
  if (n.toLowerCase() === 'history') n = `${n}_`;
  return n.slice(0, MAX_XLSX_NAME);
}

/** Engine sheet name → xlsx sheet name, unique ignoring case, reserved metadata names excluded. */
export function xlsxNames(names: string[]): Map<string, string> {
  const taken = new Set([...META_NAMES].map((n) => n.toLowerCase()));
  const out = new Map<string, string>();
  for (const name of names) {
    if (META_NAMES.has(name)) throw new Error(`"${name}" is reserved for the workbook's metadata; rename that sheet.`);
    let candidate = safeName(name);
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
      const suffix = `~${i}`;
      candidate = safeName(name).slice(0, MAX_XLSX_NAME - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    out.set(name, candidate);
  }
  return out;
}
