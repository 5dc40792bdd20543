/**
 * What the add-on remembers between runs, by key, and the shape of each value. The sheets layer
 * keeps these as JSON in its hidden state sheet; nothing else names a key.
 */
import type { Witnesses } from '../cycle/witness';
import type { IdRecord } from '../table/ids';

export interface AddonState {
  /** Fingerprint of what shaped each unit's tab when it was last written, by unit key. */
  fingerprints: Record<string, string>;
  /** Indicator ids each unit reported at the last generation: recognises a renamed agency. */
  reports: Record<string, string[]>;
  /** Every indicator id ever issued: an id once issued is never reused for a new row. */
  issuedIds: string[];
  /** The table row each id was issued for (its words): recognises a row copied with its id. */
  idRecords: Record<string, IdRecord>;
  /** Closed periods reopened for one unit only, by unit key. */
  reopened: Record<string, string[]>;
  /** Sheet id of each unit's tab, by unit key: finds a tab renamed by hand. */
  sheetIds: Record<string, number>;
  /** By sheet id: the accounts (accountsKey) a secretariat sheet was last protected for. */
  protectedFor: Record<string, string>;
  /** What the secretariat's runs saw on the tabs: the check of the entry log (core/cycle/witness.ts). */
  witnesses: Witnesses;
}

export const STATE_KEYS: { readonly [K in keyof AddonState]: string } = {
  fingerprints: 'sct.tabFingerprints',
  reports: 'sct.reports',
  issuedIds: 'sct.issuedIds',
  idRecords: 'sct.idRecords',
  reopened: 'sct.reopened',
  sheetIds: 'sct.sheetIds',
  protectedFor: 'sct.protectedFor',
  witnesses: 'sct.witnesses',
};

export const EMPTY_STATE: AddonState = {
  fingerprints: {},
  reports: {},
  issuedIds: [],
  idRecords: {},
  reopened: {},
  sheetIds: {},
  protectedFor: {},
  witnesses: {},
};
