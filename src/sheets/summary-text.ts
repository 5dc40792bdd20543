/** Turns a generation result into the one message a secretariat reads after the run. */
import { M } from '../core/messages';
import { sheetTexts } from '../core/messages/sheets';
import type { GenerateResult } from './generate';

const MAX_LINES = 25;

export function generationMessage(result: GenerateResult): string {
  const parts: string[] = [];
  if (result.ok) parts.push(M.generateDone(result.created.length, result.updated.length, result.unchanged.length));
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    const shown = lines.slice(0, MAX_LINES);
    if (lines.length > MAX_LINES) shown.push(sheetTexts.moreNotices(lines.length - MAX_LINES));
    parts.push(`${title}\n- ${shown.join('\n- ')}`);
  };
  section(M.problemsHeading, result.problems);
  section(M.noticesHeading, result.notices);
  section(M.warningsHeading, result.warnings);
  return parts.join('\n\n');
}
