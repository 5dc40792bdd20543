/** A table diff as the lines a person reads, in the CLI and in the import dialog alike. */
import { importMessages as M } from '../messages/import';
import type { TableDiff } from './diff';

/** What changes, group by group, with each indicator named; the file is the new table's source. */
export function diffLines(file: string, diff: TableDiff): string[] {
  const lines = [M.diffHeading(file)];
  if (diff.added.length + diff.removed.length + diff.reworded.length + diff.reassigned.length === 0) {
    lines.push(M.diffNone);
  }
  if (diff.added.length)
    lines.push(M.diffAdded(diff.added.length), ...diff.added.map((a) => M.diffItem(a.code, a.text)));
  if (diff.removed.length) {
    lines.push(M.diffRemoved(diff.removed.length), ...diff.removed.map((r) => M.diffItem(r.code, r.text)));
  }
  if (diff.reworded.length) {
    lines.push(
      M.diffReworded(diff.reworded.length),
      ...diff.reworded.map((r) => M.diffChange(r.code, r.before, r.after)),
    );
  }
  if (diff.reassigned.length) {
    lines.push(
      M.diffReassigned(diff.reassigned.length),
      ...diff.reassigned.map((r) => M.diffChange(r.code, r.before, r.after)),
    );
  }
  lines.push(M.diffUnchanged(diff.unchanged));
  return lines;
}
