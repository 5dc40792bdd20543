/** Messages about reading and checking targets ("mục tiêu"). */
export const targetMessages = {
  targetUnreadable: (text: string) =>
    `Không hiểu mục tiêu "${text}". Hãy ghi mục tiêu theo dạng "đạt 80%", "trên 95%", "≥ 15%", "tối thiểu 01 nhân sự" hoặc "Có hệ thống".`,
  targetMissing: (text: string) =>
    `Chỉ tiêu "${text}" chưa có mục tiêu. Hãy ghi mục tiêu vào cột "Mục tiêu" hoặc vào nội dung chỉ tiêu (ví dụ "đạt 80%").`,
  targetOver100: (text: string) =>
    `Mục tiêu "${text}" vượt quá 100%, không thể đạt được với một tỷ lệ. Hãy kiểm tra lại (có thể là "100%" hoặc "≥ 100%").`,
  targetPercentMissing: (text: string) =>
    `Mục tiêu "${text}" thiếu dấu "%" trong khi chỉ tiêu là một tỷ lệ; đã hiểu là "${text}%". Hãy kiểm tra và ghi rõ "%".`,
};
