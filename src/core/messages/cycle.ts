/** Messages of the reporting cycle: deadlines, reminders, the entry log, the history sheet. */
export const cycleMessages = {
  menuReportingStatus: 'Tình hình báo cáo, đôn đốc',
  menuWriteHistory: 'Lập trang diễn biến các kỳ',
  askCyclePeriod: (periods: string[]) => `Nhập tên kỳ (${periods.join(', ')}); để trống để xem kỳ đang báo cáo:`,
  timelinessWords: { 'on-time': 'Đúng hạn', late: 'Nộp muộn', missing: 'Chưa báo cáo', partial: 'Chưa đủ số liệu' },
  /** Who signs a reminder when Settings names no organisation. */
  defaultSender: 'Văn phòng (cơ quan thường trực)',
  reminderSubject: (period: string, year: number) => `Đôn đốc báo cáo kết quả thực hiện chỉ tiêu ${period} năm ${year}`,
  lateSubject: (period: string, year: number) => `Về thời hạn báo cáo kết quả thực hiện chỉ tiêu ${period} năm ${year}`,
  reminderGreeting: (agency: string) => `Kính gửi: ${agency}.`,
  reminderAsk: (
    sender: string,
    agency: string,
    period: string,
    year: number,
    sheet: string,
    deadline: string,
    passed: boolean,
  ) =>
    passed
      ? `${sender} đề nghị ${agency} khẩn trương cập nhật kết quả thực hiện chỉ tiêu ${period} năm ${year} vào ` +
        `trang "${sheet}" của Sổ chỉ tiêu; hạn báo cáo là ngày ${deadline} (đã quá hạn).`
      : `${sender} đề nghị ${agency} cập nhật kết quả thực hiện chỉ tiêu ${period} năm ${year} vào trang ` +
        `"${sheet}" của Sổ chỉ tiêu trước hết ngày ${deadline}.`,
  reminderMissingHeading: (count: number) => `Các chỉ tiêu chưa có số liệu (${count}):`,
  reminderLateHeading: (count: number) => `Các chỉ tiêu nhập sau hạn báo cáo (${count}):`,
  reminderLateOnly: (sender: string, agency: string, period: string, year: number, deadline: string) =>
    `${sender} ghi nhận ${agency} đã cập nhật đủ kết quả thực hiện chỉ tiêu ${period} năm ${year}, nhưng một số ` +
    `số liệu được nhập sau hạn báo cáo ngày ${deadline}. Đề nghị báo cáo đúng hạn trong các kỳ tiếp theo.`,
  reminderEvidence: 'Đề nghị ghi kèm minh chứng (số văn bản, đường dẫn) và giải trình đối với chỉ tiêu chưa đạt.',
  reminderClosing: 'Trân trọng.',
  cycleUnknownPeriod: (period: string, periods: string[]) =>
    `Không có kỳ "${period}". Các kỳ trong trang "Cài đặt": ${periods.join(', ')}.`,
  cycleFailed: (reason: string) =>
    `Chưa lấy được tình hình báo cáo: ${reason}. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người quản trị sổ.`,
  cycleSummary: (
    period: string,
    deadline: string,
    counts: Record<'on-time' | 'late' | 'missing' | 'partial', number>,
  ) =>
    `${period} (hạn ${deadline}): ${counts['on-time']} cơ quan đúng hạn, ${counts.late} nộp muộn, ` +
    `${counts.partial} chưa đủ số liệu, ${counts.missing} chưa báo cáo.`,
  cycleAgencyLine: (name: string, status: string, codes: string[]) =>
    codes.length > 0 ? `${name}: ${status} — còn thiếu ${codes.join(', ')}` : `${name}: ${status}`,
  cycleUnknownTimes: (count: number) =>
    `${count} số liệu được nhập khi chưa có nhật ký nhập liệu nên chưa rõ thời điểm; các số liệu này được tính là ` +
    `đúng hạn.`,
  cycleOverruled: (count: number) =>
    `${count} dòng nhật ký nhập liệu không khớp với những gì Văn phòng đã thấy trên trang cơ quan (số liệu chưa có ` +
    `khi Văn phòng mở báo cáo sau thời điểm dòng nhật ký ghi), nên không được dùng: các số liệu này được tính theo ` +
    `lần Văn phòng thấy chúng.`,
  cycleWitnessedLate: (count: number) =>
    `${count} số liệu không có trong nhật ký nhập liệu được tính là nộp muộn: khi Văn phòng mở báo cáo sau hạn, ` +
    `các ô này còn trống.`,
  cycleAllOnTime: 'Tất cả các cơ quan đã báo cáo đúng hạn.',
  cycleRemindersHint: 'Mở "Báo cáo tổng hợp" để gửi thư đôn đốc từng cơ quan.',
  cycleMore: (count: number) => `… và ${count} cơ quan khác.`,
  historyTitle: (year: number) => `DIỄN BIẾN THỰC HIỆN CHỈ TIÊU NĂM ${year}`,
  historyNote: (updated: string) =>
    `Cập nhật lúc ${updated}. Mỗi dòng là kết quả của một cơ quan đối với một chỉ tiêu qua các kỳ; cột "Diễn ` +
    `biến" so sánh kỳ có số liệu gần nhất với kỳ có số liệu trước đó. Trang này được ghi lại mỗi lần chọn "Lập ` +
    `trang diễn biến các kỳ"; không nhập số liệu vào đây.`,
  historyHeader: {
    agency: 'Cơ quan báo cáo',
    section: 'Nhóm chỉ tiêu',
    code: 'STT',
    text: 'Chỉ tiêu',
    target: 'Mục tiêu',
    status: (period: string) => `Đánh giá ${period}`,
    trend: 'Diễn biến',
  },
  historyInvalid: 'Không hợp lệ',
  historyUnchanged: '→ không đổi',
  historyPercentPoints: 'điểm %',
  historySince: (period: string) => `so với ${period}`,
  historyWritten: (sheet: string, rows: number) =>
    `Đã ghi trang "${sheet}": ${rows} dòng (mỗi dòng một chỉ tiêu của một cơ quan).`,
  historyNothing:
    'Chưa có chỉ tiêu nào để lập trang diễn biến. Hãy dán bảng phân công và chọn "Tạo / cập nhật trang cơ quan" trước.',
  historySheetTaken: (sheet: string) =>
    `Đã có trang "${sheet}" không do tiện ích tạo ra, nên trang diễn biến chưa được ghi. Hãy đổi tên trang đó rồi ` +
    `chạy lại.`,
};
