/** Messages of the offline commands on .xlsx workbooks: init, generate, import-results, report, periods, demo. */

const CLI = 'npm run --silent cli --';

export const localMessages = {
  workbookUnchanged: (path: string) => `Tệp "${path}" không bị thay đổi.`,
  fileLocked: (path: string, command: string, user: string, host: string, pid: number, since: string, lock: string) =>
    `Tệp "${path}" đang được một lệnh khác cập nhật${command ? ` (lệnh "${command}"` : ''}` +
    `${user ? `, người dùng ${user}` : ''}${host ? ` trên máy ${host}` : ''}${pid ? `, tiến trình ${pid}` : ''}` +
    `${command ? ')' : ''}${since ? ` từ ${since.slice(0, 19).replace('T', ' ')} (giờ UTC)` : ''}. Hãy đợi lệnh đó ` +
    `xong rồi chạy lại. Nếu chắc chắn không còn lệnh nào chạy, hãy xoá tệp khóa "${lock}".`,
  workbookSaved: (path: string) => `Đã lưu "${path}".`,
  outExists: (path: string) => `Tệp "${path}" đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`,
  badYear: (text: string) => `Năm "${text}" không hợp lệ. Hãy ghi năm bằng 4 chữ số, ví dụ --year 2025.`,
  initDone: (path: string, year: number, indicators: number) =>
    [
      `Đã tạo sổ theo dõi "${path}" (năm ${year}) với các trang "Cài đặt", "Cơ quan", "Chỉ tiêu"; bảng phân công ` +
        `có ${indicators} chỉ tiêu.`,
      `Bước tiếp theo: ${CLI} generate "${path}"`,
    ].join('\n'),

  // Import of results sent by letter or e-mail.
  resultsEmpty: (path: string) => `Tệp kết quả "${path}" không có dòng nào.`,
  resultsColumns: () =>
    'Các cột cần có: "cơ quan" (agency), "chỉ tiêu" hoặc "mã" (indicator), "kỳ" (period), "giá trị" hoặc "kết ' +
    'quả" (value); có thể thêm "minh chứng" (evidence), "ghi chú" hoặc "giải trình" (note).',
  resultsUnknownColumn: (col: number, title: string) =>
    `Dòng tiêu đề, cột ${col}: "${title}" không phải là cột của tệp kết quả.`,
  resultsMissingColumns: (titles: string[]) => `Dòng tiêu đề thiếu cột ${titles.map((t) => `"${t}"`).join(', ')}.`,
  resultsRepeatedColumn: (col: number, title: string, first: number) =>
    `Dòng tiêu đề, cột ${col}: "${title}" trùng nghĩa với cột ${first}. Mỗi loại thông tin chỉ ghi ở một cột.`,
  resultsFieldMissing: (field: string) => `thiếu ${field}.`,
  resultsUnknownAgency: (name: string, sheets: string[]) =>
    `không có cơ quan "${name}" trong các trang cơ quan. Hãy ghi tên đầy đủ, tên gọi khác hoặc tên trang: ` +
    `${sheets.join('; ')}.`,
  resultsUnknownIndicator: (ref: string) =>
    `không có chỉ tiêu "${ref}". Hãy ghi mã định danh (cột "Mã" trên trang cơ quan, ví dụ "I.1") hoặc số thứ tự ` +
    `in trong bảng.`,
  resultsAmbiguousCode: (code: string, candidates: string[]) =>
    `số thứ tự "${code}" có ở nhiều chỉ tiêu: ${candidates.join('; ')}. Hãy ghi mã định danh của chỉ tiêu cần nhập.`,
  resultsSeveralLines: (ref: string, keys: string[]) =>
    `chỉ tiêu "${ref}" có nhiều mục tiêu, mỗi mục tiêu một dòng: ${keys.join('; ')}. Hãy ghi mã của dòng cần nhập.`,
  resultsNotReportedBy: (agency: string, ref: string, reporters: string[]) =>
    reporters.length > 0
      ? `"${agency}" không báo cáo chỉ tiêu "${ref}"; chỉ tiêu này do ${reporters.join('; ')} báo cáo.`
      : `"${agency}" không báo cáo chỉ tiêu "${ref}"; chỉ tiêu này chưa được giao cho cơ quan nào báo cáo.`,
  resultsPeriodClosed: (period: string, agency: string) =>
    `kỳ "${period}" đã khóa nên không nhập được kết quả cho "${agency}". Nếu cần sửa, hãy mở lại kỳ trước: ${CLI} ` +
    `reopen-period SỔ.xlsx --period "${period}" --agency "${agency}".`,
  resultsUnknownPeriod: (typed: string, periods: string[]) =>
    `không có kỳ "${typed}". Các kỳ trong trang "Cài đặt": ${periods.join(', ')}.`,
  resultsRepeated: (first: number) => `trùng cơ quan, chỉ tiêu và kỳ với dòng ${first}. Hãy giữ một dòng.`,
  valuePercent: (text: string) =>
    `"${text}" không phải là một tỷ lệ. Chỉ tiêu này nhập tỷ lệ, ví dụ 85%, 85 hoặc 85,5.`,
  valuePercentRange: (text: string) => `tỷ lệ "${text}" phải từ 0% đến 100%.`,
  valueCount: (text: string) => `"${text}" không phải là số nguyên từ 0 trở lên. Chỉ tiêu này nhập số lượng, ví dụ 3.`,
  valueYesNo: (text: string) => `"${text}" không dùng được: chỉ tiêu này chỉ nhận "Có" hoặc "Chưa có".`,
  valueNumber: (text: string) => `"${text}" không phải là một số, ví dụ 12 hoặc 12,5.`,
  resultsNoTabs: () =>
    `Sổ theo dõi chưa có trang cơ quan nào. Hãy tạo các trang cơ quan trước: ${CLI} generate SỔ.xlsx`,
  resultsTabMissing: (sheet: string) =>
    `chưa có trang "${sheet}". Hãy tạo các trang cơ quan trước: ${CLI} generate SỔ.xlsx`,
  resultsTabOutdated: (sheet: string, key: string) =>
    `trang "${sheet}" chưa có dòng "${key}" (bảng phân công đã đổi sau lần tạo trang gần nhất). Hãy cập nhật các ` +
    `trang trước: ${CLI} generate SỔ.xlsx`,
  resultsRejected: (rows: number) =>
    `Chưa nhập kết quả nào: ${rows} dòng có lỗi. Hãy sửa các dòng dưới đây rồi chạy lại (tất cả các dòng được ` +
    `nhập cùng một lần).`,
  resultsDone: (values: number, tabs: number, periods: string[]) =>
    `Đã nhập ${values} kết quả vào ${tabs} trang cơ quan (${periods.join(', ')}).`,
  resultsDoneTab: (sheet: string, values: number) => `- ${sheet}: ${values} kết quả`,

  // The report printed by `report` without --json.
  reportHeading: (period: string, year: number) => `Báo cáo tổng hợp kỳ "${period}" năm ${year}`,
  reportTotals: (t: { indicators: number; met: number; exceeded: number; unmet: number; notReported: number }) =>
    `Chỉ tiêu: ${t.indicators} — đạt ${t.met} (trong đó vượt ${t.exceeded}), chưa đạt ${t.unmet}, chưa báo cáo đủ ` +
    `${t.notReported}.`,
  reportAgencies: (reported: number, total: number) => `Cơ quan đã báo cáo đủ: ${reported}/${total}.`,
  reportAgency: (sheet: string, reported: number, assigned: number, met: number, unmet: number) =>
    `- ${sheet}: đã báo cáo ${reported}/${assigned} dòng, đạt ${met}, chưa đạt ${unmet}`,
  reportEmpty: (period: string) => `Chưa có cơ quan nào nhập kết quả kỳ "${period}".`,
  reportReadOnly: (path: string) =>
    `Tệp "${path}" không bị thay đổi. Thêm --write-summary để ghi trang tổng hợp của kỳ vào sổ theo dõi.`,

  // npm run demo
  demoStep: (step: string) => `• ${step}`,
  demoSampleWritten: (path: string, rows: number) => `Đã ghi ${rows} dòng kết quả mẫu vào "${path}".`,
  demoFailed: (step: string) => `Không tạo được sổ mẫu (bước "${step}").`,
  demoDone: (path: string) => `Sổ mẫu: ${path}`,
  demoSheets: (names: string[]) => `Các trang (${names.length}): ${names.join(', ')}`,
  demoAgencies: (tabs: number, reported: number, silent: string[]) =>
    `Cơ quan: ${tabs} trang cơ quan; ${reported} cơ quan đã gửi kết quả; chưa báo cáo: ${silent.join('; ')}.`,
  demoLines: (indicators: number, lines: number) =>
    `Chỉ tiêu: ${indicators} chỉ tiêu, ${lines} dòng báo cáo trên các trang cơ quan.`,
  demoPeriod: (period: string, values: number, met: number, unmet: number, missing: number) =>
    `${period}: ${values} kết quả đã nhập — đạt ${met}, chưa đạt ${unmet}; ${missing} dòng chưa báo cáo.`,
  demoOpen: () =>
    'Mở tệp bằng Excel hoặc LibreOffice Calc: ô xanh là đạt, ô đỏ là chưa đạt, ô vàng còn trống là chưa báo cáo.',
};
