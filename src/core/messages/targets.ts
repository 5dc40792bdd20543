/** Messages about reading and checking targets ("mục tiêu"). */

const MAX_QUOTE = 90;

/** A text quoted in a message: long indicator texts are cut so the message stays readable. */
function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1).trimEnd()}…` : t}"`;
}

const EXAMPLES = '"đạt 80%", "trên 95%", "≥ 15%", "20-30%", "tối thiểu 01 nhân sự" hoặc "Có hệ thống"';

export const targetMessages = {
  targetUnreadable: (text: string) => `Không hiểu mục tiêu ${quote(text)}. Hãy ghi mục tiêu theo dạng ${EXAMPLES}.`,
  targetMissing: (text: string) =>
    text.trim()
      ? `Chỉ tiêu ${quote(text)} chưa có mục tiêu. Hãy ghi mục tiêu vào cột "Mục tiêu" hoặc vào nội dung chỉ tiêu ` +
        `(ví dụ "đạt 80%").`
      : 'Chỉ tiêu chưa có mục tiêu. Hãy ghi mục tiêu vào cột "Mục tiêu" hoặc vào nội dung chỉ tiêu (ví dụ "đạt 80%").',
  targetOver100: (text: string) =>
    `Mục tiêu ${quote(text)} vượt quá 100%, không thể đạt được với một tỷ lệ. Hãy kiểm tra lại (có thể là "100%" ` +
    `hoặc "≥ 100%").`,
  targetPercentMissing: (text: string) =>
    `Mục tiêu ${quote(text)} thiếu dấu "%" trong khi chỉ tiêu là một tỷ lệ; đã hiểu là ` +
    `${quote(`${text.trim()}%`)}. Hãy kiểm tra và ghi rõ "%".`,
  targetChange: (text: string) =>
    `Mục tiêu ${quote(text)} là mức tăng hoặc giảm so với một mốc không được ghi, nên không theo dõi được. Hãy ` +
    `ghi mức cần đạt, ví dụ "đạt 80%" hoặc "dưới 5%".`,
  targetAmbiguous: (text: string) =>
    `Mục tiêu ${quote(text)} có nhiều con số nhưng không rõ mỗi con số áp dụng cho phần nào. Hãy ghi rõ từng phần ` +
    `(ví dụ "Cấp tỉnh đạt 100%, cấp huyện đạt 95%") hoặc ghi một khoảng (ví dụ "20-30%").`,
  targetRangeReversed: (text: string) =>
    `Khoảng mục tiêu ${quote(text)} có số đầu lớn hơn số sau. Hãy ghi số nhỏ trước, ví dụ "20-30%".`,
  targetContradictory: (text: string) =>
    `Mục tiêu ${quote(text)} vừa là mức tối thiểu vừa là mức tối đa (ví dụ "dưới … trở lên"). Hãy ghi lại cho rõ.`,
  targetCliUnknownOption: (name: string) =>
    `Không có tùy chọn "${name}" cho lệnh targets. Các tùy chọn: --embedded (mục tiêu nằm trong nội dung chỉ ` +
    `tiêu), --unit ĐƠN_VỊ_TÍNH, --indicator "NỘI DUNG CHỈ TIÊU".`,
};
