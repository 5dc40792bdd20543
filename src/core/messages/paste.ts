/** Messages about a table pasted as text from a PDF viewer (one printed line per row). */
export const pasteMessages = {
  pasteRebuilt: (rows: number, headerLine: number, columns: string) =>
    `Bảng được dán dưới dạng văn bản, mỗi dòng in một ô (như khi sao chép từ tệp PDF): đã dựng lại ${rows} ` +
    `dòng của bảng theo tiêu đề ở dòng ${headerLine} (các cột: ${columns}). Hãy đối chiếu với văn bản gốc, ` +
    `nhất là các dòng được nêu dưới đây.`,
  pasteInterleaved: (line: number, code: string, columns: string) =>
    `Dòng ${line}${code ? ` (mục ${code})` : ''}: trong bản sao chép từ PDF, chữ của các ô dòng này bị xen ` +
    `kẽ nhau; đã ghép lại theo thứ tự cột. Hãy kiểm tra các cột ${columns}.`,
  pasteUncertain: (line: number, code: string, columns: string) =>
    `Dòng ${line}${code ? ` (mục ${code})` : ''}: chưa chắc chắn chỗ tách chữ giữa các cột ${columns}. Hãy ` +
    `đối chiếu dòng này với văn bản gốc.`,
  pasteUncoded: (line: number) =>
    `Dòng ${line}: một dòng của bảng không có số thứ tự (có thể bị mất khi sao chép từ PDF); đã tách thành ` +
    `một dòng riêng. Hãy kiểm tra và ghi số thứ tự nếu cần.`,
  pasteDropped: (count: number, lines: string) =>
    `Đã bỏ qua ${count} dòng là tiêu đề bảng in lại ở đầu trang hoặc số trang (dòng ${lines}).`,
  pasteNoHeader: () =>
    'Văn bản được dán thành một cột (như khi sao chép từ tệp PDF) nhưng không tìm thấy tiêu đề của bảng: ' +
    'một dòng bắt đầu bằng "STT" hoặc "TT", tiếp theo là tên các cột ("Chỉ tiêu", "Chủ trì"…). Hãy dán cả ' +
    'phần tiêu đề bảng, hoặc sao chép bảng từ Word/Excel.',
};
