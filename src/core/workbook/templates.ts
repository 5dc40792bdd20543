/**
 * Which new tabs are made as copies of a template sheet rather than written cell by cell. Tabs
 * that differ only in the cells naming their unit (every commune of a criteria table) share a
 * full template: a copy needs its unit cells written and its protections. Tabs that share only
 * their layout (the same periods, closed periods and year: any group of agencies) share a
 * skeleton: the title rows, header, widths, frozen rows and plain rows enough for the tallest
 * tab come with the copy, the lines are written in. A template pays for itself from a few
 * copies; below that, tabs are rendered.
 */
import { diffSheets, type SheetDiff } from '../layout/sheet-diff';
import type { SheetSpec } from '../layout/sheet-spec';
import { skeletonSpec, type TabSpec, unitFreeSpec } from '../layout/tab';
import { fingerprint } from '../util/hash';

/** Fewest new tabs of one structure for which a template is made (it costs about one tab). */
export const MIN_COPIES = 3;

export type TemplateKind = 'full' | 'skeleton';

export interface TemplateChoice {
  kind: TemplateKind;
  /** Tells templates apart: the same key, the same template sheet. */
  key: string;
  /** What the template sheet holds. */
  spec: SheetSpec;
}

const keyOf = (kind: TemplateKind, spec: SheetSpec) =>
  `${kind}:${fingerprint(JSON.stringify({ ...spec, sheetName: '' }))}`;

export function templatesOf(spec: TabSpec): Record<TemplateKind, TemplateChoice> {
  const full = unitFreeSpec(spec);
  const skeleton = skeletonSpec(spec);
  return {
    full: { kind: 'full', key: keyOf('full', full), spec: full },
    skeleton: { kind: 'skeleton', key: keyOf('skeleton', skeleton), spec: skeleton },
  };
}

/**
 * Counts the new tabs of each structure, then tells each tab its template (or null): a full
 * template where at least MIN_COPIES tabs share it, else a skeleton shared by at least as many
 * of the remaining tabs.
 */
export class TemplatePlan {
  private readonly counts = new Map<string, number>();
  /** The tallest tab of each skeleton: its copies delete the rows they do not need. */
  private readonly heights = new Map<string, number>();

  constructor(newTabs: TabSpec[]) {
    const keys = newTabs.map(templatesOf);
    for (const k of keys) this.count(k.full.key);
    keys.forEach((k, i) => {
      if (this.enough(k.full.key)) return;
      this.count(k.skeleton.key);
      this.heights.set(k.skeleton.key, Math.max(this.heights.get(k.skeleton.key) ?? 0, newTabs[i].height));
    });
  }

  private count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  private enough(key: string): boolean {
    return (this.counts.get(key) ?? 0) >= MIN_COPIES;
  }

  /** The template a new tab is copied from, with what to write over the copy; null to render it. */
  choose(spec: TabSpec): { template: TemplateChoice; diff: SheetDiff } | null {
    const choices = templatesOf(spec);
    const skeleton = choices.skeleton;
    const tall = { ...skeleton, spec: skeletonSpec(spec, this.heights.get(skeleton.key)) };
    for (const template of [choices.full, tall]) {
      if (!this.enough(template.key)) continue;
      const diff = diffSheets(template.spec, spec);
      if (diff) return { template, diff };
    }
    return null;
  }
}
