/** Messages about reading the pasted assignment table ("bảng phân công"). */
export const tableMessages = {
  tableEmpty: () =>
    'Bảng phân công đang trống. Hãy dán bảng chỉ tiêu (có dòng tiêu đề "STT", "Chỉ tiêu", "Chủ trì"…) vào trang ' +
    '"Chỉ tiêu".',
  tableNoHeader: () =>
    'Không tìm thấy dòng tiêu đề của bảng. Bảng cần có ít nhất một cột "Chỉ tiêu" (hoặc "Nội dung chỉ tiêu", "Tên ' +
    'chỉ tiêu"). Hãy dán cả dòng tiêu đề.',
  rowPrefix: (row: number) => `Dòng ${row}: `,
  rowNoText: (row: number) =>
    `Dòng ${row}: có số liệu nhưng không có nội dung chỉ tiêu. Hãy ghi nội dung chỉ tiêu vào cột "Chỉ tiêu" hoặc ` +
    `xoá dòng này.`,
  rowNoAgency: (row: number, text: string) =>
    `Dòng ${row}: chỉ tiêu "${text}" chưa có cơ quan chủ trì. Hãy ghi tên cơ quan vào cột "Chủ trì" để chỉ tiêu ` +
    `được giao cho cơ quan đó.`,
  idDuplicate: (row: number, id: string, keptRow: number) =>
    `Dòng ${row}: mã định danh "${id}" trùng với dòng ${keptRow} (có thể do sao chép dòng). Dòng ${keptRow} giữ ` +
    `mã "${id}" và số liệu đã nhập của nó; dòng ${row} được cấp mã mới. Không cần sửa tay.`,
  idStale: (row: number, id: string, was: string) =>
    `Dòng ${row}: mã định danh "${id}" trước đây thuộc chỉ tiêu ` +
    `"${was.length > 80 ? `${was.slice(0, 79)}…` : was}" (có thể bảng mới được dán đè lên bảng cũ). Dòng này ` +
    `được cấp mã mới; số liệu cũ của mã "${id}" được chuyển vào trang "Lưu trữ" nếu không còn chỉ tiêu nào ` +
    `mang mã đó.`,
  columnChoice: (row: number, chosen: string, other: string, role: string) =>
    `Dòng ${row}: cả cột "${chosen}" và cột "${other}" đều có thể là cột ${ROLE_NAMES[role] ?? role}; đã dùng ` +
    `cột "${chosen}" (cột đứng trước). Nếu chưa đúng, hãy đổi tên cột kia.`,
  columnText: (row: number, chosen: string, other: string) =>
    `Dòng ${row}: cả cột "${chosen}" và cột "${other}" đều có thể là nội dung chỉ tiêu, nhiệm vụ; đã dùng cột ` +
    `"${chosen}" (tên cột hoặc nội dung dài hơn), cột "${other}" không được đọc. Nếu chưa đúng, hãy đổi tên cột.`,
  rowGap: (row: number) =>
    `Dòng ${row}: dòng dấu chấm cho thấy bảng bị lược bớt một phần (thiếu các mục ở giữa). Các dòng tiếp theo ` +
    `không được xếp vào mục phía trên; hãy dán đủ bảng hoặc ghi lại tên mục cho các dòng sau.`,
  rowSplit: (row: number, count: number) =>
    `Dòng ${row}: ô nội dung có ${count} nhiệm vụ, mỗi dòng một nhiệm vụ, và các ô cơ quan liệt kê cơ quan theo ` +
    `cùng thứ tự: đã tách thành ${count} nhiệm vụ. Hãy kiểm tra cơ quan chủ trì của từng nhiệm vụ.`,
  rowTotal: (row: number, text: string) =>
    `Dòng ${row}: "${text}" là dòng tổng cộng, không phải chỉ tiêu; số liệu tổng không được theo dõi riêng.`,
  rowSecondAssignment: (row: number) =>
    `Dòng ${row}: dòng chỉ có cơ quan chủ trì, phối hợp (ô nội dung gộp với dòng trên): đã hiểu là một cặp chủ ` +
    `trì, phối hợp nữa cho nhiệm vụ phía trên.`,
  deadlineUnreadable: (row: number, text: string) =>
    `Dòng ${row}: thời hạn "${text}" không có ngày cụ thể, nên nhiệm vụ sẽ không bị tính là quá hạn. Nếu có hạn, ` +
    `hãy ghi rõ, ví dụ "Quý II/2026", "Tháng 6/2026", "31/12/2026" hoặc "Hằng năm".`,
  tableHeaderGuessed: (columns: string) =>
    `Bảng không có dòng tiêu đề; đã đoán các cột theo nội dung: ${columns}. Hãy kiểm tra, hoặc thêm dòng tiêu ` +
    `đề (ví dụ "STT | Chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp") rồi chạy lại.`,
  tableResultsOnly: (row: number) =>
    `Dòng ${row}: bảng này liệt kê kết quả của từng cơ quan (mỗi dòng một cơ quan kèm số liệu), không có chỉ ` +
    `tiêu hay nhiệm vụ cần theo dõi nên không tạo được trang nào. Hãy dán bảng phân công (có cột "Chỉ tiêu" hoặc ` +
    `"Nhiệm vụ", "Mục tiêu", "Chủ trì").`,
  tableList: (kind: string) => `Bảng không có dòng tiêu đề: đã đọc mỗi đoạn là một ${kind}, các dòng đề mục là nhóm.`,
  tableNoAgency: () =>
    'Chưa giao chỉ tiêu cho cơ quan nào (bảng không có cột "Chủ trì"). Hãy thêm cột "Cơ quan chủ trì" bên ' +
    'phải cột nội dung và ghi tên cơ quan cho từng dòng, hoặc liệt kê các đơn vị báo cáo trong trang "Cơ quan".',
  targetYearMissing: (row: number, year: number, years: string) =>
    `Dòng ${row}: bảng không có cột mục tiêu của năm ${year} (có ${years}); đã dùng cột gần nhất. Hãy kiểm tra ` +
    `"Năm" trong trang "Cài đặt".`,
  targetYesNo: (row: number, text: string) =>
    `Dòng ${row}: kết quả "${text.length > 80 ? `${text.slice(0, 79)}…` : text}" không có con số để so sánh: đã ` +
    `theo dõi dạng "Có / Chưa có" (đạt hay chưa). Nếu có mức cụ thể, hãy ghi rõ (ví dụ "đạt 80%").`,
  lineDeadline: (text: string) => `(thời hạn: ${text})`,
  lineTaskDone: (product: string) => (product ? `Hoàn thành: ${product}` : 'Hoàn thành'),
  targetChangeIgnored: (row: number, phrases: string) =>
    `Dòng ${row}: ${phrases} là mức tăng hoặc giảm so với một mốc không ghi trong bảng, nên không theo dõi được ` +
    `và không được đưa vào mục tiêu. Nếu cần, hãy ghi mức cần đạt (ví dụ "dưới 5%").`,
};

const ROLE_NAMES: Record<string, string> = {
  code: 'số thứ tự',
  lead: 'cơ quan chủ trì',
  cooperating: 'cơ quan phối hợp',
  monitor: 'cơ quan theo dõi',
  unit: 'đơn vị tính',
  deadline: 'thời hạn',
  status: 'tiến độ',
  method: 'phương pháp',
  note: 'ghi chú',
  tier: 'bắt buộc/mở rộng',
  group: 'nhóm nhiệm vụ',
};
