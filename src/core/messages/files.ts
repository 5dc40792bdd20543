/** Messages about files on disk: what a file is, how it is encoded, what the file system refused. */

const SAVE_AS_XLSX = 'Hãy mở tệp bằng Excel hoặc LibreOffice Calc và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)".';
const DEBUG_HINT = 'Thêm --debug (hoặc đặt SCT_DEBUG=1) để xem chi tiết lỗi.';

export type XlsxProblemKind = 'legacy-xls' | 'encrypted' | 'opendocument' | 'not-zip' | 'damaged' | 'empty';

/** What the file system refused, by Node's error code. */
const FS_REASONS: Record<string, (path: string) => string> = {
  ENOENT: (p) => `không tìm thấy "${p}" (hoặc thư mục chứa nó). Hãy kiểm tra lại đường dẫn.`,
  EISDIR: (p) => `"${p}" là một thư mục, không phải tệp. Hãy ghi cả tên tệp, ví dụ "${p}/so-theo-doi.xlsx".`,
  ENOTDIR: (p) => `trong đường dẫn "${p}" có một phần là tệp chứ không phải thư mục.`,
  EEXIST: (p) => `"${p}" đã có. Hãy chọn tên khác.`,
  EACCES: (p) =>
    `không có quyền truy cập "${p}". Hãy kiểm tra quyền của tệp và thư mục, hoặc chọn một thư mục của mình.`,
  EPERM: (p) => `hệ điều hành không cho phép thao tác trên "${p}". Hãy kiểm tra quyền, hoặc chọn thư mục khác.`,
  ENOSPC: (p) => `ổ đĩa đã đầy, không ghi được "${p}". Hãy giải phóng dung lượng rồi chạy lại.`,
  EDQUOT: (p) => `đã hết hạn mức dung lượng, không ghi được "${p}". Hãy giải phóng dung lượng rồi chạy lại.`,
  EROFS: (p) => `"${p}" nằm trên ổ đĩa chỉ đọc. Hãy chọn thư mục khác.`,
  EBUSY: (p) => `"${p}" đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi chạy lại.`,
  ENAMETOOLONG: (p) => `tên tệp "${p}" quá dài. Hãy chọn tên ngắn hơn.`,
  EMFILE: (p) => `có quá nhiều tệp đang mở khi truy cập "${p}". Hãy đóng bớt chương trình rồi chạy lại.`,
  EINVAL: (p) => `"${p}" không phải là một tên tệp hợp lệ.`,
};

export const fileMessages = {
  xlsxUnreadable: (path: string, problem: XlsxProblemKind, detail: string) => {
    switch (problem) {
      case 'legacy-xls':
        return `Tệp "${path}" là tệp Excel đời cũ (.xls, Excel 97–2003); chỉ đọc được tệp .xlsx. ${SAVE_AS_XLSX}`;
      case 'encrypted':
        return (
          `Tệp "${path}" được đặt mật khẩu nên không đọc được. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ ` +
          'sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.'
        );
      case 'opendocument':
        return `Tệp "${path}" là bảng tính OpenDocument (.ods), không phải .xlsx. ${SAVE_AS_XLSX}`;
      case 'not-zip':
        return (
          `Tệp "${path}" không phải là tệp Excel (.xlsx): nội dung của nó không phải là một sổ làm việc (có thể là ` +
          `tệp văn bản hoặc tệp khác bị đổi đuôi thành .xlsx). ${SAVE_AS_XLSX}`
        );
      case 'empty':
        return `Tệp "${path}" trống hoặc không có trang tính nào.`;
      default:
        return (
          `Tệp "${path}" không đọc được như tệp Excel (.xlsx): ${detail}. Tệp có thể bị hỏng, hoặc do một chương ` +
          `trình ghi chưa đúng chuẩn. ${SAVE_AS_XLSX} ${DEBUG_HINT}`
        );
    }
  },
  fileSystemError: (code: string, path: string) => {
    const reason = FS_REASONS[code];
    const text = reason ? reason(path) : `lỗi hệ thống tệp (${code}) khi truy cập "${path}".`;
    return `Không thực hiện được: ${text}`;
  },
  outIsDirectory: (path: string) =>
    `"${path}" là một thư mục. Hãy ghi cả tên tệp cần tạo, ví dụ --out "${path}/so-theo-doi.xlsx".`,
  outNotXlsx: (path: string) => `Tên tệp cần tạo "${path}" phải có đuôi .xlsx, ví dụ --out so-theo-doi.xlsx.`,
  debugHint: () => DEBUG_HINT,

  // Delimited text (CSV, TSV) and its encoding.
  inFile: (path: string) => `Tệp "${path}":`,
  textEncodingUnknown: (path: string) =>
    `Tệp "${path}" không phải là văn bản UTF-8 và không nhận ra được bảng mã. Hãy mở tệp bằng Excel hoặc ` +
    'LibreOffice Calc và lưu lại dưới dạng "CSV UTF-8 (phân cách bằng dấu phẩy)".',
  textBinary: (path: string) =>
    `Tệp "${path}" không phải là tệp văn bản (CSV, TSV). Nếu đó là bảng tính, hãy lưu lại dưới dạng .xlsx hoặc ` +
    'CSV UTF-8.',
  csvUnclosedQuote: (line: number) =>
    `Dòng ${line}: một ô mở dấu ngoặc kép (") mà không đóng lại, nên phần còn lại của tệp bị gộp vào ô đó. Hãy thêm ` +
    'dấu " đóng ô, hoặc ghi "" cho một dấu ngoặc kép nằm trong ô.',
  csvStrayQuote: (line: number) =>
    `Dòng ${line}: có dấu ngoặc kép (") ngay sau một ô đã đóng ngoặc. Trong ô có ngoặc kép, hãy ghi "" cho mỗi dấu ` +
    'ngoặc kép.',
};
