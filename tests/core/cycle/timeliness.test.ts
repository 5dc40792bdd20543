/** On time, late, missing: figures judged by their last logged entry against the deadline. */
import { currentPeriod, deadlineOf, displayDate, localDate } from '../../../src/core/cycle/dates';
import { EntryTimes } from '../../../src/core/cycle/entry-times';
import type { EditEntry } from '../../../src/core/cycle/log';
import { classifyAgencies } from '../../../src/core/cycle/timeliness';
import { settings, unit } from './fixtures';

const HANOI = 'Asia/Ho_Chi_Minh';
const Q1 = 'Quý I';
const entry = (
  sheet: string,
  agencyKey: string,
  lineKey: string,
  at: string,
  period = Q1,
  value: unknown = 0.9,
): EditEntry => ({
  at: new Date(at),
  sheet,
  agencyKey,
  lineKey,
  period,
  value,
  user: '',
});

describe('deadlines', () => {
  it('defaults to the 20th of the last month of each quarter', () => {
    expect(settings.periods.map((p) => deadlineOf(settings, p))).toEqual([
      '2024-03-20',
      '2024-06-20',
      '2024-09-20',
      '2024-12-20',
    ]);
    expect(deadlineOf(settings, 'Quý 7')).toBeNull();
    expect(displayDate('2024-03-20')).toBe('20/03/2024');
  });

  it('reads an instant as a calendar day of the spreadsheet, not of the server', () => {
    expect(localDate(new Date('2024-03-20T16:59:00Z'), HANOI)).toBe('2024-03-20');
    expect(localDate(new Date('2024-03-20T17:00:00Z'), HANOI)).toBe('2024-03-21');
    expect(localDate(new Date('2024-03-20T17:00:00Z'), 'UTC')).toBe('2024-03-20');
  });

  it('takes the period being reported as the first whose deadline is not past', () => {
    expect(currentPeriod(settings, '2024-01-05')).toBe('Quý I');
    expect(currentPeriod(settings, '2024-03-20')).toBe('Quý I');
    expect(currentPeriod(settings, '2024-03-21')).toBe('Quý II');
    expect(currentPeriod(settings, '2025-01-10')).toBe('Quý IV');
  });
});

describe('classifying agencies for a period', () => {
  const units = [
    unit('Phòng Nội vụ', 'P. Nội vụ', ['1', '2'], { '1': { [Q1]: 0.85 }, '2': { [Q1]: 0.92 } }),
    unit('Phòng Y tế', 'P. Y tế', ['3', '4', '5'], { '3': { [Q1]: 0.6 } }),
    unit('UBND xã Lộc Hưng', 'Xã Lộc Hưng', ['1']),
    unit('Phòng Văn hóa và Thông tin', 'P. VH-TT', ['1', '2'], {
      '1': { [Q1]: 0.9, 'Quý II': 0.95 },
      '2': { [Q1]: 0.91 },
    }),
  ];
  const log = [
    // 23:30 on the 20th in Hà Nội: on time.
    entry('P. Nội vụ', 'phòng nội vụ', '1', '2024-03-20T16:30:00Z', Q1, 0.85),
    // 00:30 on the 21st in Hà Nội: late.
    entry('P. Nội vụ', 'phòng nội vụ', '2', '2024-03-20T17:30:00Z', Q1, 0.92),
    // Entered early, then corrected after the deadline: the last entry counts.
    entry('P. VH-TT', 'phòng văn hóa và thông tin', '1', '2024-03-10T02:00:00Z'),
    entry('P. VH-TT', 'phòng văn hóa và thông tin', '1', '2024-03-25T02:00:00Z'),
    // Same line, another period: does not count for Quý I.
    entry('P. VH-TT', 'phòng văn hóa và thông tin', '2', '2024-06-30T02:00:00Z', 'Quý II'),
    entry('P. VH-TT', 'phòng văn hóa và thông tin', '2', '2024-03-15T02:00:00Z', Q1, 0.91),
  ];
  const run = (timeZone = HANOI) =>
    classifyAgencies({ period: Q1, deadline: '2024-03-20', timeZone, units, times: new EntryTimes(log) });
  const [noiVu, yTe, xa, vhtt] = run();

  it('finds a figure entered after the deadline late, and the agency late', () => {
    expect(noiVu.status).toBe('late');
    expect(noiVu.late.map((l) => l.key)).toEqual(['2']);
    expect(noiVu.missing).toEqual([]);
    expect(noiVu.lastEntry?.toISOString()).toBe('2024-03-20T17:30:00.000Z');
  });

  it('judges the deadline in the spreadsheet time zone', () => {
    expect(run('UTC')[0].status).toBe('on-time');
  });

  it('calls an agency with some figures missing partial, and lists exactly those', () => {
    expect(yTe.status).toBe('partial');
    expect(yTe.missing.map((l) => l.key)).toEqual(['4', '5']);
    expect([yTe.assigned, yTe.reported]).toEqual([3, 1]);
  });

  it('counts a figure without a log row as on time, with its time unknown', () => {
    expect(yTe.late).toEqual([]);
    expect(yTe.unknownTime).toBe(1);
    expect(yTe.lastEntry).toBeNull();
  });

  it('calls an agency that entered nothing missing', () => {
    expect(xa.status).toBe('missing');
    expect(xa.missing.map((l) => l.key)).toEqual(['1']);
  });

  it('uses the last entry of the figure and period: a correction after the deadline is late', () => {
    expect(vhtt.status).toBe('late');
    expect(vhtt.late.map((l) => l.key)).toEqual(['1']);
    expect(vhtt.lastEntry?.toISOString()).toBe('2024-03-25T02:00:00.000Z');
  });

  it('calls an agency on time when every figure was entered by the deadline', () => {
    const onTime = classifyAgencies({
      period: Q1,
      deadline: '2024-03-20',
      timeZone: HANOI,
      units: [units[0]],
      times: new EntryTimes(log.slice(0, 1)),
    });
    expect(onTime[0].status).toBe('on-time');
    expect(onTime[0].unknownTime).toBe(1);
  });
});

describe('finding the time of a figure', () => {
  it('matches by agency key (a renamed tab keeps its history) or by sheet name, the later time winning', () => {
    const times = new EntryTimes([
      entry('P. Nội vụ cũ', 'phòng nội vụ', '1', '2024-03-01T00:00:00Z'),
      entry('P. Nội vụ', '', '1', '2024-03-05T00:00:00Z'),
      entry('P. Nội vụ', '', '2', '2024-03-02T00:00:00Z'),
      entry('P. Nội vụ cũ', 'phòng nội vụ', '2', '2024-03-04T00:00:00Z'),
    ]);
    const noiVu = { key: 'phòng nội vụ', sheetName: 'p. nội vụ' };
    expect(times.lastEntry(noiVu, '1', Q1)?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(times.lastEntry(noiVu, '2', Q1)?.toISOString()).toBe('2024-03-04T00:00:00.000Z');
    expect(times.lastEntry(noiVu, '3', Q1)).toBeNull();
    expect(times.lastEntry({ key: 'phòng y tế', sheetName: 'P. Y tế' }, '1', Q1)).toBeNull();
  });
});
