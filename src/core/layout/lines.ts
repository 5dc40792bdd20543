/**
 * Reporting lines: an indicator with several targets ("Cấp tỉnh đạt 100%, cấp huyện đạt 95%…")
 * is reported on one line per target, so every entered figure is checked against exactly one
 * target. The line key is the indicator id, plus "/n" when there are several lines.
 */
import { sheetTexts } from '../messages/sheets';
import { tableMessages } from '../messages/table';
import { formatTarget, inputKindOf } from '../targets';
import type { Indicator, InputKind, Target } from '../types';

export interface TabLine {
  key: string;
  indicatorId: string;
  code: string;
  section: string;
  /** Indicator text, with the target's label when the indicator has several targets. */
  text: string;
  targetText: string;
  target: Target | null;
  kind: InputKind;
  /** What to type, shown beside the inputs: "%", "nhân sự", "Có / Chưa có". */
  unitLabel: string;
}

export function lineKey(indicatorId: string, index: number, count: number): string {
  return count > 1 ? `${indicatorId}/${index + 1}` : indicatorId;
}

/** The indicator a line key belongs to. */
export function indicatorIdOfLine(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash > 0 && /^\d+$/.test(key.slice(slash + 1)) ? key.slice(0, slash) : key;
}

function unitLabelOf(kind: InputKind, target: Target | null, unit: string | null): string {
  if (kind === 'yesno') return sheetTexts.yesNoLabel;
  if (kind === 'percent') return '%';
  return target?.unit ?? unit ?? '';
}

/** The line's own words: a sub-indicator names its parent ("Cà Phê — Diện tích"), a task its deadline. */
function lineText(indicator: Indicator): string {
  const own =
    indicator.kind !== 'task' && indicator.parent ? `${indicator.parent} — ${indicator.text}` : indicator.text;
  return indicator.kind === 'task' && indicator.deadline
    ? `${own} ${tableMessages.lineDeadline(indicator.deadline.text)}`
    : own;
}

/** What a task's completion line shows: "Hoàn thành", with the product it delivers. */
function taskTargetText(indicator: Indicator, target: Target | null, index: number): string | null {
  if (indicator.kind !== 'task' || index > 0 || target?.op !== 'exists') return null;
  return tableMessages.lineTaskDone(indicator.product ?? '');
}

export function linesOf(indicator: Indicator): TabLine[] {
  const targets: Array<Target | null> = indicator.targets.length > 0 ? indicator.targets : [null];
  const text = lineText(indicator);
  return targets.map((target, index) => {
    const kind: InputKind = target ? inputKindOf(target) : 'number';
    const labelled = targets.length > 1 && target?.label ? `${text} — ${target.label}` : text;
    return {
      key: lineKey(indicator.id, index, targets.length),
      indicatorId: indicator.id,
      code: indicator.code,
      section: indicator.section,
      text: labelled,
      // An embedded target is shown in its short form; a target column's text as written.
      targetText:
        taskTargetText(indicator, target, index) ??
        (target && (targets.length > 1 || indicator.targetText === indicator.text)
          ? formatTarget(target)
          : indicator.targetText),
      target,
      kind,
      unitLabel: unitLabelOf(kind, target, indicator.unit),
    };
  });
}
