/** Messages about the draft table made from a plan in prose ("Lập bảng nháp từ văn bản kế hoạch"). */
export const draftMessages = {
  draftReview: (targets: number, tasks: number) =>
    `Bảng nháp từ văn bản kế hoạch: ${targets} chỉ tiêu ở phần "Mục tiêu" và ${tasks} nhiệm vụ có chỉ tiêu đo ` +
    `được ở phần "Phân công nhiệm vụ". Đây chỉ là bản đề xuất: hãy đối chiếu từng dòng với văn bản, sửa, bổ ` +
    `sung cơ quan phối hợp nếu có, rồi mới dán vào trang "Chỉ tiêu" để tạo trang cơ quan.`,
  draftTargetsSkipped: (count: number) =>
    `${count} gạch đầu dòng ở phần "Mục tiêu" không nêu chỉ tiêu đo được (tỷ lệ, số lượng, "Có …") nên không ` +
    `được đưa vào bảng nháp; nếu cần theo dõi, hãy thêm tay và ghi rõ mục tiêu.`,
  draftAgenciesWithoutTarget: (agencies: string[]) =>
    `Các cơ quan sau có nhiệm vụ nhưng không có câu nào nêu chỉ tiêu đo được, nên chưa có dòng trong bảng ` +
    `nháp: ${agencies.join('; ')}. Nếu cần theo dõi nhiệm vụ của các cơ quan này, hãy thêm dòng và ghi kết ` +
    `quả cần đạt.`,
  draftNoTargetSection: () =>
    'Không tìm thấy phần "Mục tiêu" (một đề mục như "II. MỤC TIÊU") trong văn bản. Hãy dán toàn văn kế ' +
    'hoạch, kể cả các đề mục.',
  draftNoTargets: () => 'Phần "Mục tiêu" không có gạch đầu dòng nào nêu chỉ tiêu đo được (ví dụ "Tỷ lệ … đạt 70%").',
  draftNoTaskSection: () =>
    'Không tìm thấy phần phân công nhiệm vụ cho từng cơ quan (các đề mục như "1. Sở Y tế" dưới "IV. PHÂN ' +
    'CÔNG NHIỆM VỤ").',
  draftEmpty: () =>
    'Không có văn bản để lập bảng nháp. Hãy dán toàn văn kế hoạch (mỗi dòng một ô ở cột A) vào một trang ' +
    'rồi chạy lại lệnh khi đang mở trang đó.',
  draftSheetTitle: 'Bảng nháp',
  draftTargetsTitle: 'Chỉ tiêu (phần "Mục tiêu" của văn bản)',
  draftTasksTitle: 'Nhiệm vụ có chỉ tiêu (phần "Phân công nhiệm vụ")',
  draftFileWritten: (path: string) => `Đã ghi bảng nháp vào tệp "${path}".`,
  draftWritten: (sheet: string) =>
    `Đã ghi bảng nháp vào trang "${sheet}". Trang "Chỉ tiêu" không bị thay đổi: hãy xem lại bảng nháp rồi ` +
    `sao chép các dòng đã kiểm tra vào trang "Chỉ tiêu".`,
};
