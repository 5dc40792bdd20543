/**
 * Keeps the Agencies sheet in step with the table without losing the secretariat's edits:
 * known agencies keep their row (name, sheet name, editors, members); new names get a row;
 * an agency that vanished from the table while a new one now reports exactly its indicators
 * is the same agency renamed, so it keeps its row, key and tab, with the old name as alias.
 */
import { agencyKey } from '../agencies/identity';
import { buildAgencies, findAgency } from '../agencies/registry';
import { shortNameOf } from '../agencies/short-name';
import type { Indicator } from '../types';
import { type AgencyRow, agencyRowToAgency } from './agencies-sheet';
import { cooperatorsOf, hasAgencyColumns, reportersOf } from './assignments';
import { freeSheetName, isReservedSheetName } from './reserved';
import type { Settings } from './settings';

export interface AgencySync {
  rows: AgencyRow[];
  changed: boolean;
  added: string[];
  renamed: Array<{ from: string; to: string }>;
}

function reportedIds(indicators: Indicator[], settings: Settings): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const indicator of indicators) {
    for (const name of reportersOf(indicator, settings)) {
      const key = agencyKey(name);
      if (!byName.has(key)) byName.set(key, new Set());
      byName.get(key)!.add(indicator.id);
    }
  }
  return byName;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

export function syncAgencyRows(
  existing: AgencyRow[],
  indicators: Indicator[],
  settings: Settings,
  previousReports: Record<string, string[]> = {},
): AgencySync {
  const rows = existing.map((r) => ({
    ...r,
    aliases: [...r.aliases],
    editors: [...r.editors],
    members: [...r.members],
  }));
  // Rows the secretariat typed in (communes of a criteria table) get a key and a sheet name.
  const taken = new Set(rows.map((r) => r.sheetName).filter(Boolean));
  let completed = false;
  for (const row of rows) {
    if (!row.key) {
      row.key = agencyKey(row.name);
      completed = true;
    }
    if (!row.sheetName && row.name) {
      row.sheetName = freeSheetName(shortNameOf(row.name), taken);
      taken.add(row.sheetName);
      completed = true;
    }
  }
  // Members of a collective report on their own tabs, so each needs its own row.
  const memberAdded: string[] = [];
  for (const row of [...rows]) {
    for (const member of row.members) {
      if (
        rows.some(
          (r) => agencyKey(r.name) === agencyKey(member) || r.aliases.some((a) => agencyKey(a) === agencyKey(member)),
        )
      )
        continue;
      const sheetName = freeSheetName(shortNameOf(member), taken);
      taken.add(sheetName);
      rows.push({
        sheetName,
        name: member,
        aliases: [],
        editors: [],
        members: [],
        key: agencyKey(member),
        note: '',
        row: 0,
      });
      memberAdded.push(member);
    }
  }
  if (memberAdded.length > 0) completed = true;
  if (!hasAgencyColumns(indicators)) return { rows, changed: completed, added: memberAdded, renamed: [] };

  const names = indicators.flatMap((i) => [...reportersOf(i, settings), ...cooperatorsOf(i, settings)]);
  const known = rows.map(agencyRowToAgency);
  const unknownNames = names.filter((n) => !findAgency(known, n));
  const reports = reportedIds(indicators, settings);
  const renamed: AgencySync['renamed'] = [];

  // A vanished agency whose former indicators a single new name now reports: a rename.
  const present = new Set(names.map((n) => findAgency(known, n)?.key).filter(Boolean));
  for (const row of rows) {
    if (present.has(row.key)) continue;
    const before = new Set(previousReports[row.key] ?? []);
    if (before.size === 0) continue;
    const heir = unknownNames.find((n) => {
      const now = reports.get(agencyKey(n));
      return now && sameSet(now, before);
    });
    if (!heir) continue;
    renamed.push({ from: row.name, to: heir });
    row.aliases.push(row.name);
    row.name = heir;
    known.splice(0, known.length, ...rows.map(agencyRowToAgency));
  }

  const merged = buildAgencies(
    names.filter((n) => !findAgency(known, n)),
    known,
  );
  const added: string[] = [...memberAdded];
  const namesTaken = new Set([...rows.map((r) => r.sheetName), ...merged.map((a) => a.shortName)]);
  for (const agency of merged.slice(known.length)) {
    added.push(agency.name);
    const sheetName = isReservedSheetName(agency.shortName)
      ? freeSheetName(agency.shortName, namesTaken)
      : agency.shortName;
    namesTaken.add(sheetName);
    rows.push({
      sheetName,
      name: agency.name,
      aliases: agency.aliases,
      editors: [],
      members: [],
      key: agency.key,
      note: '',
      row: 0,
    });
  }
  // Spellings met in this table become aliases of the row they matched.
  let aliasAdded = false;
  for (const name of names) {
    const agency = findAgency(known, name);
    const row = agency && rows.find((r) => r.key === agency.key);
    if (row && name !== row.name && !row.aliases.includes(name)) {
      row.aliases.push(name);
      aliasAdded = true;
    }
  }
  const changed = added.length > 0 || renamed.length > 0 || aliasAdded || completed;
  return { rows, changed, added, renamed };
}
