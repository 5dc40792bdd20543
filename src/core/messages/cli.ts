/** Messages of the command-line tool. */
export const cliMessages = {
  cliUsage: () =>
    [
      'Cách dùng: npm run --silent cli -- <lệnh> [tham số]',
      '',
      'Các lệnh:',
      '  targets                      đọc mục tiêu (mỗi dòng một mục tiêu) từ đầu vào chuẩn, in JSON',
      '  agencies                     tách ô "Chủ trì"/"Phối hợp" (mỗi dòng một ô) thành danh sách cơ quan',
      '  parse BẢNG                   đọc bảng phân công (TSV, CSV, XLSX, hoặc .txt sao chép từ PDF), in các chỉ ' +
        'tiêu và cơ quan (JSON)',
      '  draft-table VĂN_BẢN [--targets A.tsv] [--tasks B.tsv]   lập bảng nháp từ văn bản kế hoạch (phần ' +
        '"Mục tiêu", "Phân công nhiệm vụ")',
      '  init BẢNG --out SỔ.xlsx [--year N]   tạo sổ theo dõi mới từ bảng phân công',
      '  generate SỔ.xlsx             tạo / cập nhật trang của từng cơ quan',
      '  import-results SỔ.xlsx KẾT_QUẢ.csv   nhập kết quả các cơ quan gửi qua văn bản, thư điện tử',
      '  report SỔ.xlsx --period KỲ [--json] [--write-summary]   lập báo cáo tổng hợp của một kỳ (chỉ đọc;',
      '                               --write-summary ghi thêm trang "Tổng hợp <kỳ> <năm>" vào sổ)',
      '  close-period SỔ.xlsx --period KỲ     khóa kỳ báo cáo',
      '  reopen-period SỔ.xlsx --period KỲ [--agency CƠ_QUAN]   mở lại kỳ báo cáo',
      '  reminders SỔ.xlsx [--period KỲ] [--json]   tình hình báo cáo và thư đôn đốc từng cơ quan (chỉ đọc)',
      '  history SỔ.xlsx              lập trang "Diễn biến <năm>": kết quả từng chỉ tiêu qua các kỳ',
      '',
      'Thêm --debug (hoặc đặt SCT_DEBUG=1) để in chi tiết lỗi.',
    ].join('\n'),
  cliUnknownCommand: (name: string) => `Không có lệnh "${name}". Gõ "npm run --silent cli -- help" để xem các lệnh.`,
  /** What a command's missing argument is, for cliMissingArgument. */
  cliArgument: {
    book: 'đường dẫn sổ theo dõi (.xlsx)',
    table: 'đường dẫn tệp bảng phân công',
    results: 'đường dẫn tệp kết quả (.csv, .tsv hoặc .xlsx)',
    out: 'tên sổ theo dõi cần tạo (--out SỔ.xlsx)',
    periodToClose: 'kỳ cần khóa (--period KỲ, ví dụ --period "Quý I")',
    periodToReopen: 'kỳ cần mở lại (--period KỲ, ví dụ --period "Quý I")',
    period: 'kỳ báo cáo (--period KỲ, ví dụ --period "Quý I")',
    agency: 'tên cơ quan sau --agency',
    planText: 'đường dẫn tệp văn bản kế hoạch (.txt)',
  },
  cliMissingArgument: (what: string) => `Thiếu ${what}. Gõ "npm run --silent cli -- help" để xem cách dùng.`,
  fileNotFound: (path: string) => `Không tìm thấy tệp "${path}". Hãy kiểm tra lại đường dẫn.`,
  fileUnsupported: (path: string) => `Không đọc được tệp "${path}": chỉ nhận tệp .tsv, .txt, .csv hoặc .xlsx.`,
  unexpectedError: (detail: string) => `Đã xảy ra lỗi không mong muốn: ${detail}. Sổ theo dõi không bị thay đổi.`,
};
