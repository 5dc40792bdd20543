/** Reminders: a Vietnamese letter listing exactly what is missing, and a well-formed mailto link. */
import { buildCycle, remindersOf } from '../../../src/core/cycle/cycle';
import type { EditEntry } from '../../../src/core/cycle/log';
import { mailtoLink, reminderFor } from '../../../src/core/cycle/reminder';
import { settings, unit } from './fixtures';

/** Splits a mailto: URL back into its parts, decoding each as a mail program does (RFC 6068). */
function decodeMailto(url: string): { to: string[]; subject: string; body: string } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [to, query] = url.slice('mailto:'.length).split('?');
  const fields = Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
  expect(Object.keys(fields).sort()).toEqual(['body', 'subject']);
  return { to: to ? to.split(',').map(decodeURIComponent) : [], subject: fields.subject, body: fields.body };
}

const base = {
  agency: 'Phòng Y tế',
  sheet: 'P. Y tế',
  emails: ['yte@huyen.gov.vn', 'nguyen.van+a@huyen.gov.vn'],
  period: 'Quý I',
  year: 2024,
  deadline: '20/03/2024',
  deadlinePassed: false,
  sender: 'UBND huyện Lộc Ninh',
  missing: [
    { code: '4', text: 'Số mô hình chuyển đổi số (A&B = 100%?) #1' },
    { code: '5', text: 'Tỷ lệ thuê bao không dùng điện thoại thông minh' },
  ],
  late: [],
};

describe('a reminder letter', () => {
  const r = reminderFor(base);

  it('lists the missing indicators with code and text, the period and the deadline', () => {
    expect(r.subject).toBe('Đôn đốc báo cáo kết quả thực hiện chỉ tiêu Quý I năm 2024');
    const lines = r.body.split('\n');
    expect(lines[0]).toBe('Kính gửi: Phòng Y tế.');
    expect(r.body).toContain('trước hết ngày 20/03/2024');
    expect(r.body).toContain('trang "P. Y tế"');
    const listed = lines.filter((l) => l.startsWith('- '));
    expect(listed).toEqual([
      '- 4. Số mô hình chuyển đổi số (A&B = 100%?) #1',
      '- 5. Tỷ lệ thuê bao không dùng điện thoại thông minh',
    ]);
    expect(lines[lines.length - 1]).toBe('UBND huyện Lộc Ninh');
  });

  it('says the deadline is past when it is', () => {
    expect(reminderFor({ ...base, deadlinePassed: true }).body).toContain(
      'hạn báo cáo là ngày 20/03/2024 (đã quá hạn)',
    );
  });

  it('thanks an agency that reported everything late and lists what came late', () => {
    const late = reminderFor({ ...base, missing: [], late: [{ code: '3', text: 'Tỷ lệ hồ sơ sức khỏe điện tử' }] });
    expect(late.subject).toBe('Về thời hạn báo cáo kết quả thực hiện chỉ tiêu Quý I năm 2024');
    expect(late.body).toContain('đã cập nhật đủ kết quả');
    expect(late.body.split('\n').filter((l) => l.startsWith('- '))).toEqual(['- 3. Tỷ lệ hồ sơ sức khỏe điện tử']);
  });

  it('gives no mailto to an agency without e-mail, but the same text to copy', () => {
    const none = reminderFor({ ...base, emails: [] });
    expect(none.mailto).toBeNull();
    expect(none.body).toBe(r.body);
  });
});

describe('the mailto link', () => {
  const r = reminderFor(base);

  it('decodes back to the recipients, subject and body, line breaks as CRLF', () => {
    const decoded = decodeMailto(r.mailto!);
    expect(decoded.to).toEqual(base.emails);
    expect(decoded.subject).toBe(r.subject);
    expect(decoded.body).toBe(r.body.replace(/\n/g, '\r\n'));
  });

  it('is fully percent-encoded: no space, no raw line break, no stray & or #', () => {
    const url = r.mailto!;
    expect(url).toMatch(
      /^mailto:[A-Za-z0-9%@,.\-_!~*'()]+\?subject=[A-Za-z0-9%.\-_!~*'()]+&body=[A-Za-z0-9%.\-_!~*'()]+$/,
    );
    expect(url).toContain('%0D%0A');
    expect(url).toContain('nguyen.van%2Ba@huyen.gov.vn');
    expect(url).toContain('A%26B%20%3D%20100%25%3F)%20%231');
  });

  it('keeps Vietnamese letters intact through UTF-8', () => {
    expect(mailtoLink([], 'Đôn đốc', 'Kính gửi')).toBe(
      'mailto:?subject=%C4%90%C3%B4n%20%C4%91%E1%BB%91c&body=K%C3%ADnh%20g%E1%BB%ADi',
    );
  });
});

describe('the cycle of a period, as the sidebar receives it', () => {
  const Q1 = 'Quý I';
  const log: EditEntry[] = [
    {
      at: new Date('2024-03-18T03:00:00Z'),
      sheet: 'P. Nội vụ',
      agencyKey: 'phòng nội vụ',
      lineKey: '1',
      period: Q1,
      value: 0.85,
      user: 'noivu@huyen.gov.vn',
    },
    {
      at: new Date('2024-03-22T03:00:00Z'),
      sheet: 'P. Nội vụ',
      agencyKey: 'phòng nội vụ',
      lineKey: '2',
      period: Q1,
      value: 0.92,
      user: '',
    },
  ];
  const units = [
    unit('Phòng Nội vụ', 'P. Nội vụ', ['1', '2'], { '1': { [Q1]: 0.85 }, '2': { [Q1]: 0.92 } }, ['noivu@huyen.gov.vn']),
    unit('Phòng Y tế', 'P. Y tế', ['3', '4', '5'], { '3': { [Q1]: 0.6 } }, ['yte@huyen.gov.vn']),
    unit('UBND xã Lộc Hưng', 'Xã Lộc Hưng', ['1']),
    unit('Phòng Tư pháp', 'P. Tư pháp', ['6'], { '6': { [Q1]: 'Có' } }),
  ];
  const view = buildCycle({
    period: Q1,
    settings: { ...settings, closedPeriods: [Q1] },
    units,
    entries: log,
    timeZone: 'Asia/Ho_Chi_Minh',
    now: new Date('2024-03-25T02:00:00Z'),
  });

  it('is plain JSON: nothing lost through google.script.run', () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('gives the deadline, whether it passed, and whether the period is closed', () => {
    expect([view.deadline, view.deadlineText, view.deadlinePassed, view.closed]).toEqual([
      '2024-03-20',
      '20/03/2024',
      true,
      true,
    ]);
    expect(view.counts).toEqual({ 'on-time': 1, late: 1, missing: 1, partial: 1 });
  });

  it('describes each agency: status, last entry, what is missing', () => {
    const [noiVu, yTe, xa, tuPhap] = view.agencies;
    expect([noiVu.status, noiVu.statusText, noiVu.lastEntry]).toEqual(['late', 'Nộp muộn', '2024-03-22T03:00:00.000Z']);
    expect(noiVu.late).toEqual([{ code: '2', text: 'Tỷ lệ văn bản điện tử' }]);
    expect([yTe.status, yTe.statusText]).toEqual(['partial', 'Chưa đủ số liệu']);
    expect(yTe.missing.map((m) => m.code)).toEqual(['4', '5']);
    expect([xa.status, xa.mailto, xa.emails]).toEqual(['missing', null, []]);
    expect(xa.body).toContain('- 1. Tỷ lệ hồ sơ trực tuyến');
    expect([tuPhap.status, tuPhap.subject, tuPhap.body, tuPhap.mailto, tuPhap.unknownTime]).toEqual([
      'on-time',
      '',
      '',
      null,
      1,
    ]);
  });

  it('writes reminders only to agencies behind', () => {
    expect(remindersOf(view).map((a) => a.name)).toEqual(['Phòng Nội vụ', 'Phòng Y tế', 'UBND xã Lộc Hưng']);
    expect(decodeMailto(view.agencies[1].mailto!).to).toEqual(['yte@huyen.gov.vn']);
    expect(view.agencies[1].body).toContain('đã quá hạn');
  });

  it('refuses a period Settings does not name', () => {
    expect(() =>
      buildCycle({ period: 'Quý 7', settings, units, entries: [], timeZone: 'UTC', now: new Date() }),
    ).toThrow(/Không có kỳ "Quý 7"/);
  });
});
