/**
 * The agencies of a workbook: every spelling found in the tables merged into one entry per
 * agency, each with a unique short sheet name. Entries the secretariat already has (from the
 * Agencies sheet) keep their name, short name and extra aliases.
 */
import { cleanText } from '../text/normalize';
import { agencyKey, canonicalAgencyName, collectiveKind, type CollectiveKind, isTypoOf } from './identity';
import { shortNameOf, uniqueSheetName } from './short-name';

export interface Agency {
  /** Identity key (see agencyKey); stable across spellings. */
  key: string;
  /** Display name: the secretariat's, else the most frequent spelling. */
  name: string;
  /** Every other spelling seen. */
  aliases: string[];
  collective: CollectiveKind | null;
  /** Unique, sheet-safe short name. */
  shortName: string;
}

interface Candidate {
  key: string;
  spellings: Map<string, number>;
}

/** Finds the agency a name refers to, by key, alias or obvious typo. */
export function findAgency(agencies: Agency[], name: string): Agency | undefined {
  const key = agencyKey(name);
  if (!key) return undefined;
  return (
    agencies.find((a) => a.key === key) ??
    agencies.find((a) => agencyKey(a.name) === key) ??
    agencies.find((a) => a.aliases.some((alias) => agencyKey(alias) === key)) ??
    agencies.find((a) => a.shortName.toLowerCase() === cleanText(name).toLowerCase()) ??
    agencies.find((a) => isTypoOf(a.key, key))
  );
}

function mostFrequent(spellings: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [spelling, n] of spellings) {
    if (n > count) {
      best = spelling;
      count = n;
    }
  }
  return best;
}

/**
 * Merges names (as written in the tables) into agencies.
 * @param names every agency name met, repeats included (frequency picks the display spelling)
 * @param existing agencies already listed by the secretariat; their choices win
 */
export function buildAgencies(names: string[], existing: Agency[] = []): Agency[] {
  const result: Agency[] = existing.map((a) => ({ ...a, aliases: [...a.aliases] }));
  const candidates: Candidate[] = [];
  for (const raw of names) {
    const name = cleanText(raw);
    const key = agencyKey(name);
    if (!key) continue;
    const known = findAgency(result, name);
    if (known) {
      if (name !== known.name && !known.aliases.includes(name)) known.aliases.push(name);
      continue;
    }
    const candidate = candidates.find((c) => c.key === key || isTypoOf(c.key, key));
    if (candidate) candidate.spellings.set(name, (candidate.spellings.get(name) ?? 0) + 1);
    else candidates.push({ key, spellings: new Map([[name, 1]]) });
  }
  const taken = new Set(result.map((a) => a.shortName));
  for (const candidate of candidates) {
    const written = mostFrequent(candidate.spellings);
    const name = canonicalAgencyName(written);
    const shortName = uniqueSheetName(shortNameOf(name), taken);
    taken.add(shortName);
    result.push({
      key: agencyKey(name),
      name,
      aliases: [...candidate.spellings.keys()].filter((s) => s !== name),
      collective: collectiveKind(name),
      shortName,
    });
  }
  return result;
}
