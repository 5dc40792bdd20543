/**
 * The words an agency tab shows, as the layout needs them. The message catalogue fills them in
 * (src/core/messages/tab.ts); this file imports nothing, so the catalogue and the layout do not
 * import each other.
 */
import type { InputKind } from '../types';

export interface TabTexts {
  title: string;
  agencyLine: string;
  instructions: string;
  legend: string;
  closedNote: (periods: string) => string;
  header: {
    key: string;
    code: string;
    section: string;
    text: string;
    target: string;
    unit: string;
    evidence: (period: string) => string;
    explanation: (period: string) => string;
    status: string;
    bounds: string[];
    kind: string;
  };
  cooperatingTitle: string;
  reportedBy: (names: string) => string;
  help: Record<InputKind, string>;
  yes: string;
  no: string;
  statusWords: { met: string; unmet: string; missing: string; reported: string; invalid: string };
}
