/**
 * A reminder (thư đôn đốc) for one agency: a Vietnamese subject and body listing the figures
 * still missing (code and text) and the deadline, and a mailto: link to the agency's editors.
 * The add-on sends nothing itself (that would need the Gmail scope): the secretariat's own mail
 * program opens with the letter ready, or the body is copied for agencies without e-mail.
 */
import { M } from '../messages';

export interface ReminderLine {
  code: string;
  text: string;
}

export interface ReminderInput {
  agency: string;
  sheet: string;
  emails: string[];
  period: string;
  year: number;
  /** dd/mm/yyyy */
  deadline: string;
  deadlinePassed: boolean;
  /** Who signs: Settings' organisation, or the default sender. */
  sender: string;
  missing: ReminderLine[];
  late: ReminderLine[];
}

export interface Reminder {
  subject: string;
  /** Lines separated by "\n", to show or copy. */
  body: string;
  /** null when the agency has no editor e-mail. */
  mailto: string | null;
}

const item = (l: ReminderLine) => `- ${l.code ? `${l.code}. ` : ''}${l.text}`;

function bodyOf(r: ReminderInput): string {
  const lines = [M.reminderGreeting(r.agency), ''];
  if (r.missing.length > 0) {
    lines.push(M.reminderAsk(r.sender, r.agency, r.period, r.year, r.sheet, r.deadline, r.deadlinePassed), '');
    lines.push(M.reminderMissingHeading(r.missing.length), ...r.missing.map(item), '');
    if (r.late.length > 0) lines.push(M.reminderLateHeading(r.late.length), ...r.late.map(item), '');
    lines.push(M.reminderEvidence, '');
  } else {
    lines.push(M.reminderLateOnly(r.sender, r.agency, r.period, r.year, r.deadline), '');
    lines.push(M.reminderLateHeading(r.late.length), ...r.late.map(item), '');
  }
  lines.push(M.reminderClosing, r.sender);
  return lines.join('\n');
}

/**
 * mailto:a@x,b@y?subject=…&body=… (RFC 6068): every part percent-encoded as UTF-8 by
 * encodeURIComponent, line breaks sent as CRLF (%0D%0A), "@" left readable in addresses.
 */
export function mailtoLink(emails: string[], subject: string, body: string): string {
  const to = emails.map((e) => encodeURIComponent(e).replace(/%40/g, '@')).join(',');
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

export function reminderFor(r: ReminderInput): Reminder {
  const subject = r.missing.length > 0 ? M.reminderSubject(r.period, r.year) : M.lateSubject(r.period, r.year);
  const body = bodyOf(r);
  return { subject, body, mailto: r.emails.length > 0 ? mailtoLink(r.emails, subject, body) : null };
}
