/** Messages about bringing a table in from a Word file, a PDF or a saved web page. */

const CLI = 'npm run --silent cli --';
const short = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export const importMessages = {
  docLegacy: (file: string) =>
    `Tệp "${file}" là tệp Word cũ (.doc, Word 97–2003), chưa đọc được bảng trong đó. Hãy mở tệp bằng Word hoặc ` +
    `LibreOffice, chọn "Lưu thành" (Save As) với định dạng Word (.docx), rồi nhập tệp .docx đó.`,
  docNotDocx: (file: string) =>
    `Tệp "${file}" không phải là tệp Word (.docx) hợp lệ (có thể tệp bị hỏng hoặc chỉ đổi đuôi). Hãy mở tệp bằng ` +
    `Word hoặc LibreOffice và lưu lại dưới dạng .docx.`,
  pdfEncrypted: (file: string) =>
    `Tệp PDF "${file}" được đặt mật khẩu nên không đọc được. Hãy xin bản không đặt mật khẩu, hoặc mở tệp bằng ` +
    `mật khẩu rồi in/lưu ra một tệp PDF mới không có mật khẩu.`,
  pdfScanned: (file: string) =>
    `Tệp PDF "${file}" không có lớp chữ (có thể là bản chụp hoặc bản quét): không đọc được bảng từ hình ảnh. Hãy ` +
    `xin cơ quan ban hành tệp Word hoặc tệp PDF gốc (xuất từ Word), hoặc gõ bảng vào trang "Chỉ tiêu".`,
  pdfInvalid: (file: string) =>
    `Tệp "${file}" không phải là tệp PDF đọc được (có thể tệp bị hỏng hoặc tải về chưa hết). Hãy tải lại tệp.`,
  noTable: (file: string) =>
    `Không tìm thấy bảng nào trong tệp "${file}". Bảng phân công cần là một bảng thật (có ô, dòng, cột) trong ` +
    `tệp; nếu bảng chỉ là các đoạn văn, hãy dán nội dung vào trang "Chỉ tiêu".`,
  fileUnsupportedImport: (file: string) =>
    `Không đọc được tệp "${file}": chỉ nhận tệp .tsv, .txt, .csv, .xlsx, Word (.docx), PDF có lớp chữ hoặc trang ` +
    `web đã lưu (.html).`,
  tablesHeading: (file: string, count: number) => `Tệp "${file}" có ${count} bảng:`,
  tableLine: (index: number, title: string, rows: number, indicators: number, page?: number) =>
    `  ${index}. ${title ? `"${short(title)}"` : '(không có tiêu đề)'} — ${rows} dòng` +
    `${indicators > 0 ? `, ${indicators} chỉ tiêu đọc được` : ''}${page ? `, từ trang ${page}` : ''}`,
  tablesBest: (index: number) =>
    `Bảng được chọn mặc định: ${index}. Chọn bảng khác bằng --table SỐ (ví dụ --table 2,3).`,
  tableSelectionBad: (text: string, count: number) =>
    `"--table ${text}" không hợp lệ: tệp có ${count} bảng. Ghi số thứ tự bảng, ví dụ --table 2, hoặc nhiều bảng ` +
    `--table 2,3. Xem danh sách bằng: ${CLI} tables TỆP`,
  tableChosenNote: (indexes: number[], count: number) =>
    `Đã đọc bảng ${indexes.join(', ')} trong ${count} bảng của tệp (chọn bảng khác bằng --table SỐ).`,

  // Re-importing a revised plan.
  diffHeading: (file: string) => `So với bảng đang có trong sổ, bảng trong "${file}":`,
  diffNone: 'Không có chỉ tiêu nào thay đổi.',
  diffAdded: (n: number) => `Thêm ${n} chỉ tiêu:`,
  diffRemoved: (n: number) => `Bỏ ${n} chỉ tiêu (số liệu đã nhập được chuyển vào trang "Lưu trữ" khi cập nhật trang):`,
  diffReworded: (n: number) => `Sửa nội dung ${n} chỉ tiêu (giữ nguyên mã và số liệu đã nhập):`,
  diffReassigned: (n: number) => `Đổi mục tiêu hoặc cơ quan của ${n} chỉ tiêu:`,
  diffUnchanged: (n: number) => `Giữ nguyên ${n} chỉ tiêu.`,
  diffItem: (code: string, text: string) => `  - ${code ? `${code}. ` : ''}${short(text, 110)}`,
  diffChange: (code: string, before: string, after: string) =>
    `  - ${code ? `${code}: ` : ''}"${short(before, 70)}" → "${short(after, 70)}"`,
  importConfirm: (book: string) =>
    `Chưa ghi gì vào "${book}". Kiểm tra các thay đổi trên rồi chạy lại lệnh với --yes để thay bảng trong trang ` +
    `"Chỉ tiêu"; sau đó chạy "${CLI} generate" để cập nhật trang các cơ quan.`,
  importDone: (book: string, indicators: number) =>
    `Đã thay bảng trong trang "Chỉ tiêu" của "${book}" (${indicators} chỉ tiêu). Bước tiếp theo: ${CLI} generate ` +
    `"${book}"`,
  importNoIndicators: 'Bảng đã chọn không có chỉ tiêu nào đọc được; trang "Chỉ tiêu" không bị thay đổi.',

  // The dialog in Google Sheets.
  menuImportFile: 'Nhập bảng từ tệp Word',
  importTitle: 'Nhập bảng từ tệp Word',
  importIntro:
    'Chọn tệp Word (.docx) của kế hoạch. Tệp được đọc ngay trên máy của bạn, không tải lên đâu cả; chỉ bảng được ' +
    'chọn mới được ghi vào trang "Chỉ tiêu" sau khi bạn xác nhận.',
  importPick: 'Chọn tệp .docx',
  importReading: 'Đang đọc tệp…',
  importPreviewing: 'Đang đọc bảng…',
  importWriting: 'Đang ghi vào trang "Chỉ tiêu"…',
  importTablesLabel: 'Bảng trong tệp',
  importTableOption: (index: number, title: string, rows: number) =>
    `${index}. ${title ? short(title, 70) : '(không có tiêu đề)'} — ${rows} dòng`,
  importSummary: (indicators: number, agencies: number) =>
    `Đọc được ${indicators} chỉ tiêu, giao cho ${agencies} cơ quan.`,
  importIndicatorsHeading: 'Chỉ tiêu',
  importAgenciesHeading: 'Cơ quan',
  importWarningsHeading: 'Cần xem lại',
  importConfirmButton: 'Ghi vào trang "Chỉ tiêu"',
  importCancel: 'Đóng',
  importDoneDialog: (indicators: number) =>
    `Đã ghi bảng (${indicators} chỉ tiêu) vào trang "Chỉ tiêu". Chọn "Tạo / cập nhật trang cơ quan" để tạo trang ` +
    `cho từng cơ quan.`,
  importPdfInDialog:
    'Hộp thoại này đọc tệp Word (.docx). Với tệp PDF: mở tệp, chọn và sao chép bảng rồi dán vào trang "Chỉ tiêu" ' +
    '(Ctrl+Shift+V), hoặc dùng công cụ dòng lệnh để đọc bảng từ PDF.',
  importHtmlInDialog:
    'Với bảng trên trang web: chọn bảng trên trang, sao chép rồi dán vào trang "Chỉ tiêu" (các ô được giữ nguyên).',
  importTransportError: 'Không kết nối được với bảng tính. Hãy thử lại.',
  importBadRequest: 'dữ liệu bảng không hợp lệ',
  importFailed: (detail: string) => `Không đọc được bảng (${detail}). Trang "Chỉ tiêu" không bị thay đổi.`,
};
