/** The reporting cycle of a period as the one message a secretariat reads in a dialog. */
import { M } from '../messages';
import { type CycleView, remindersOf } from './cycle';

const MAX_AGENCIES = 25;

export function cycleStatusText(view: CycleView): string {
  const parts = [M.cycleSummary(view.period, view.deadlineText, view.counts)];
  const behind = remindersOf(view);
  if (behind.length === 0) parts.push(M.cycleAllOnTime);
  else {
    const lines = behind.slice(0, MAX_AGENCIES).map(
      (a) =>
        `- ${M.cycleAgencyLine(
          a.name,
          a.statusText,
          a.missing.map((m) => m.code || m.text),
        )}`,
    );
    if (behind.length > MAX_AGENCIES) lines.push(M.cycleMore(behind.length - MAX_AGENCIES));
    parts.push(lines.join('\n'));
  }
  if (view.unknownTime > 0) parts.push(M.cycleUnknownTimes(view.unknownTime));
  if (view.overruled > 0) parts.push(M.cycleOverruled(view.overruled));
  if (view.witnessedLate > 0) parts.push(M.cycleWitnessedLate(view.witnessedLate));
  if (behind.length > 0) parts.push(M.cycleRemindersHint);
  return parts.join('\n\n');
}
