/**
 * Who reports what. By default the monitoring agency ("Cơ quan theo dõi, đôn đốc") reports
 * where the table has one, because implementing agencies there are often collectives or
 * enterprises that never open the workbook; otherwise the lead ("Chủ trì") reports. The
 * other agencies named on an indicator see it read-only. A collective with members is
 * expanded into one reporting unit per member. A criteria table without agency columns
 * (seed 002) is reported by every unit listed in the Agencies sheet.
 */
import { agencyKey } from '../agencies/identity';
import { findAgency } from '../agencies/registry';
import type { Indicator } from '../types';
import { type AgencyRow, agencyRowToAgency } from './agencies-sheet';
import type { Settings } from './settings';

export interface Assignment {
  unit: AgencyRow;
  reports: Indicator[];
  cooperates: Indicator[];
}

export interface AssignmentResult {
  assignments: Assignment[];
  /** Names on indicators that match no row of the Agencies sheet. */
  unknownNames: string[];
}

/** The agencies that report an indicator, as written on it. */
export function reportersOf(indicator: Indicator, settings: Pick<Settings, 'reporter'>): string[] {
  if (settings.reporter === 'monitor-first' && indicator.monitor.length > 0) return indicator.monitor;
  return indicator.lead.length > 0 ? indicator.lead : indicator.monitor;
}

/** The agencies that see an indicator without reporting it. */
export function cooperatorsOf(indicator: Indicator, settings: Pick<Settings, 'reporter'>): string[] {
  const reporters = new Set(reportersOf(indicator, settings).map(agencyKey));
  const all = [...indicator.monitor, ...indicator.lead, ...indicator.cooperating];
  return all.filter(
    (name, i) => !reporters.has(agencyKey(name)) && all.findIndex((n) => agencyKey(n) === agencyKey(name)) === i,
  );
}

export function hasAgencyColumns(indicators: Indicator[]): boolean {
  return indicators.some((i) => i.lead.length + i.monitor.length + i.cooperating.length > 0);
}

/** Assigns indicators to the reporting units of the Agencies sheet. */
export function assignIndicators(indicators: Indicator[], rows: AgencyRow[], settings: Settings): AssignmentResult {
  const agencies = rows.map(agencyRowToAgency);
  const rowOfAgency = new Map(agencies.map((a, i) => [a, rows[i]]));
  const byName = new Map<string, AgencyRow>(rows.map((r) => [agencyKey(r.name), r]));
  const assignments = new Map<AgencyRow, Assignment>();
  const unknown = new Set<string>();

  /** The reporting units behind a name: the agency itself, or each member of a collective. */
  const unitsOf = (name: string): AgencyRow[] => {
    const agency = findAgency(agencies, name);
    const row = agency && rowOfAgency.get(agency);
    if (!row) {
      unknown.add(name);
      return [];
    }
    if (row.members.length === 0) return [row];
    return row.members
      .map((member) => byName.get(agencyKey(member)) ?? findRow(member))
      .filter((r): r is AgencyRow => !!r);
  };
  const findRow = (name: string) => {
    const agency = findAgency(agencies, name);
    return agency ? rowOfAgency.get(agency) : undefined;
  };
  const entry = (unit: AgencyRow) => {
    let a = assignments.get(unit);
    if (!a) {
      a = { unit, reports: [], cooperates: [] };
      assignments.set(unit, a);
    }
    return a;
  };

  if (!hasAgencyColumns(indicators)) {
    const units = rows.filter((r) => r.members.length === 0);
    for (const unit of units) entry(unit).reports.push(...indicators);
  } else {
    for (const indicator of indicators) {
      const reporters = new Set(reportersOf(indicator, settings).flatMap(unitsOf));
      for (const unit of reporters) entry(unit).reports.push(indicator);
      for (const unit of cooperatorsOf(indicator, settings).flatMap(unitsOf)) {
        if (!reporters.has(unit) && !entry(unit).cooperates.includes(indicator)) entry(unit).cooperates.push(indicator);
      }
    }
  }
  const ordered = rows.map((r) => assignments.get(r)).filter((a): a is Assignment => !!a);
  return { assignments: ordered, unknownNames: [...unknown] };
}
