/**
 * The words of Vietnamese targets, as written in plans. Phrases are written naturally and
 * compiled to token keys, so case and tone placement do not matter.
 */
import type { TargetOp } from '../types';
import { PhraseTable, phraseSet } from './tokens';

/** What a word before a number says about the target. */
export type ChainRole =
  /** An explicit comparison ("trên", "tối thiểu", "≥"). */
  | { kind: 'op'; op: Exclude<TargetOp, 'between' | 'exists'> }
  /** "từ": at least, or the start of a range ("từ 20% đến 30%"). */
  | { kind: 'from' }
  /** A level to reach ("đạt", "phấn đấu"): no comparison of its own. */
  | { kind: 'reach' }
  /** "có": the thing counted exists ("có 01 xã", "Có từ 3 mô hình"). */
  | { kind: 'have' }
  /** A change relative to something unstated ("tăng 10%", "giảm 5%"): not a level we can check. */
  | { kind: 'change' }
  /** A rank ("Top 3", "xếp hạng thứ 5"): lower is better, counted in "hạng". */
  | { kind: 'rank' };

const op = (o: Exclude<TargetOp, 'between' | 'exists'>): ChainRole => ({ kind: 'op', op: o });
const rows = (role: ChainRole, phrases: string[]): Array<[string, ChainRole]> => phrases.map((p) => [p, role]);

/** Words that may stand, one after another, between a subject and its number. */
export const CHAIN = new PhraseTable<ChainRole>([
  ...rows(op('>'), ['trên', 'hơn', 'lớn hơn', 'cao hơn', 'nhiều hơn', 'vượt', 'vượt trên', 'vượt mức', 'quá', '>']),
  ...rows(op('>='), [
    'tối thiểu',
    'tối thiểu là',
    'tối thiểu bằng',
    'ít nhất',
    'ít nhất là',
    'thấp nhất',
    'thấp nhất là',
    'không dưới',
    'không thấp hơn',
    'không ít hơn',
    'không nhỏ hơn',
    'không kém',
    'lớn hơn hoặc bằng',
    'cao hơn hoặc bằng',
    'nhiều hơn hoặc bằng',
    'trên hoặc bằng',
    'bằng hoặc lớn hơn',
    'bằng hoặc cao hơn',
    'bằng hoặc hơn',
    'bằng hoặc nhiều hơn',
    '≥',
    '>=',
    '=>',
    '> =',
    // "đạt mục tiêu 1.200 công trình": the document states the level to reach in so many words.
    'mục tiêu',
    'đạt mục tiêu',
    'phấn đấu đạt mục tiêu',
  ]),
  ...rows(op('<'), [
    'dưới',
    'nhỏ hơn',
    'thấp hơn',
    'ít hơn',
    'chưa đến',
    'chưa tới',
    'chưa đầy',
    'không đến',
    'không tới',
    '<',
  ]),
  ...rows(op('<='), [
    'không quá',
    'không vượt quá',
    'không vượt',
    'không vượt mức',
    'tối đa',
    'tối đa là',
    'nhiều nhất',
    'nhiều nhất là',
    'cao nhất',
    'cao nhất là',
    'không lớn hơn',
    'không cao hơn',
    'không nhiều hơn',
    'không hơn',
    'không trên',
    'nhỏ hơn hoặc bằng',
    'thấp hơn hoặc bằng',
    'ít hơn hoặc bằng',
    'dưới hoặc bằng',
    'bằng hoặc nhỏ hơn',
    'bằng hoặc thấp hơn',
    'bằng hoặc ít hơn',
    'giảm xuống',
    'giảm còn',
    'giảm xuống còn',
    'xuống còn',
    'đến',
    'tới',
    '≤',
    '<=',
    '=<',
    '< =',
  ]),
  ...rows(op('='), ['=', 'bằng', 'đúng bằng']),
  ...rows({ kind: 'from' }, ['từ']),
  ...rows({ kind: 'reach' }, [
    'đạt',
    'đạt được',
    'đạt mức',
    'đạt tỷ lệ',
    'đạt tỉ lệ',
    'ở mức',
    'phấn đấu',
    'phấn đấu đạt',
    'chiếm',
    'chiếm tỷ lệ',
    'là',
    'bảo đảm',
    'đảm bảo',
    'khoảng',
    'trong khoảng',
    'xấp xỉ',
    'tăng lên',
    'nâng lên',
    'lên',
  ]),
  ...rows({ kind: 'have' }, ['có', 'đã có']),
  ...rows({ kind: 'change' }, ['tăng', 'giảm', 'tăng thêm', 'giảm thêm', 'tăng gấp', 'gấp', 'tăng trưởng']),
  ...rows({ kind: 'rank' }, [
    'top',
    'trong top',
    'vào top',
    'thuộc top',
    'nằm trong top',
    'trong nhóm top',
    'xếp hạng',
    'xếp hạng thứ',
    'xếp thứ',
    'đứng thứ',
    'hạng',
    'thứ hạng',
  ]),
]);

/** After the number: "50% trở lên", "3 mô hình trở lên". */
export const SUFFIX = new PhraseTable<'up' | 'down'>([
  ['trở lên', 'up'],
  ['hoặc hơn', 'up'],
  ['hoặc cao hơn', 'up'],
  ['hoặc nhiều hơn', 'up'],
  ['trở xuống', 'down'],
  ['trở lại', 'down'],
]);

/** Between the two numbers of a range: "20-30%", "từ 20% đến 30%". */
export const RANGE_SEPARATOR = phraseSet(['-', '~', 'đến', 'tới', 'cho đến']);

export const PERCENT = phraseSet(['%', 'phần trăm']);

/** Rates and shares: their targets are percentages ("Tỷ lệ … >10" lacks its "%"). */
export const RATE = phraseSet(['tỷ lệ', 'tỉ lệ', 'tỷ trọng', 'tỉ trọng', 'phần trăm']);

/** Nouns of age and time: "15 tuổi", "02 năm", "6 tháng" are conditions or periods, never targets. */
export const TIME_NOUNS = phraseSet(['tuổi', 'năm', 'năm học', 'tháng', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'giây']);

/** Counted nouns of plans (the longest wins: "điểm phát" before "điểm"), each giving its own spelling. */
export const COUNTED_NOUNS = nounTable([
  'nhân sự',
  'cán bộ',
  'công chức',
  'viên chức',
  'người',
  'cá nhân',
  'chuyên gia',
  'mô hình',
  'điểm',
  'điểm phát',
  'điểm phát wifi',
  'điểm phục vụ',
  'điểm truy cập',
  'điểm wifi',
  'điểm công cộng',
  'hệ thống',
  'nền tảng',
  'ứng dụng',
  'phần mềm',
  'cơ sở dữ liệu',
  'kết nối',
  'giải pháp',
  'sáng kiến',
  'xã',
  'phường',
  'thị trấn',
  'thôn',
  'ấp',
  'làng',
  'bản',
  'khu phố',
  'tổ dân phố',
  'huyện',
  'tỉnh',
  'đơn vị',
  'cơ quan',
  'trường',
  'trường học',
  'cơ sở',
  'trạm',
  'trạm y tế',
  'bệnh viện',
  'doanh nghiệp',
  'hợp tác xã',
  'htx',
  'hộ',
  'hộ gia đình',
  'sản phẩm',
  'dịch vụ',
  'tài khoản',
  'thuê bao',
  'máy tính',
  'máy',
  'camera',
  'thiết bị',
  'trang',
  'trang thông tin điện tử',
  'website',
  'cổng thông tin',
  'kế hoạch',
  'chương trình',
  'đề án',
  'dự án',
  'diễn đàn',
  'nhóm',
  'tổ',
  'tổ công nghệ số',
  'câu lạc bộ',
  'đội',
  'lớp',
  'lớp tập huấn',
  'lớp đào tạo',
  'buổi',
  'hội nghị',
  'hội thảo',
  'cuộc',
  'đợt',
  'cuộc thi',
  'bài',
  'bài viết',
  'tin',
  'tin bài',
  'video',
  'văn bản',
  'hồ sơ',
  'tiêu chí',
  'chỉ tiêu',
  'lượt',
  'lượt truy cập',
  'km',
  'mbps',
  'gbps',
  'đồng',
  'triệu đồng',
  'tỷ đồng',
  'bộ tiêu chí',
  'trạm',
  'hecta',
  'ha',
  'tấn',
  'con',
  'giường',
  'giường bệnh',
  'bác sĩ',
  'lượt người',
]);

function nounTable(nouns: string[]): PhraseTable<string> {
  return new PhraseTable(nouns.map((n) => [n, n]));
}

/** Words after which a number is a date, a document number, a level or a place number. */
export const NOT_BEFORE_NUMBER = phraseSet([
  'năm',
  'tháng',
  'ngày',
  'quý',
  'tuần',
  'kỳ',
  'đợt',
  'lần',
  'giờ',
  'đoạn',
  'khóa',
  'số',
  'mức',
  'độ',
  'thứ',
  'điều',
  'khoản',
  'chương',
  'mục',
  'lục',
  'bước',
  'bản',
  'tiêu',
  'chí',
  'vụ',
  'phụ lục',
  'phiên',
  'version',
  'định',
  'thị',
  'tư',
  'quyết',
  'hoạch',
  'văn',
  'trình',
  'luật',
  'top',
  'hạng',
  'lớp',
  'tuổi',
  'phường',
  'quận',
  'ấp',
  'tổ',
  'thôn',
  'khu',
  'xóm',
  'lộ',
  'km',
]);

/** Words that end a noun read after a number ("01 xã đạt tiêu chí": the noun is "xã"). */
export const NOUN_STOP = phraseSet([
  'đạt',
  'được',
  'có',
  'trở',
  'và',
  'hoặc',
  'là',
  'trên',
  'dưới',
  'tại',
  'của',
  'cho',
  'theo',
  'để',
  'với',
  'trong',
  'từ',
  'đến',
  'so',
  'mỗi',
  'các',
  'những',
  'đã',
  'sẽ',
  'đang',
  'thì',
  'mà',
  'nhưng',
  'khi',
  'nếu',
  'này',
  'đó',
  'ở',
  'về',
  'bằng',
  'hơn',
  'tối',
  'ít',
  'không',
  'chưa',
]);

/** Answers that say a thing exists, or does not. Compared folded, so "co" and "Có" both count. */
export const YES_ANSWERS = ['có', 'đã có', 'rồi', 'đã triển khai', 'hoàn thành', 'đạt'];
/**
 * A target cell that only says the thing is met or done: a yes/no target ("Đạt", "Đạt chuẩn",
 * "Hoàn thành"). Read by the table reader for target cells; a phrase alone stays a strict reading.
 */
export const YES_TARGETS = phraseSet([
  'đạt',
  'đạt chuẩn',
  'đạt yêu cầu',
  'hoàn thành',
  'hoàn thành 100%',
  'có',
  'được công nhận',
  'được công nhận đạt chuẩn',
  'x',
]);

/**
 * Subjects whose lower value is the aim: a plain level under them is a ceiling ("Tỷ lệ hộ nghèo
 * 0,6%" is at most 0.6%). "Mức giảm …" and "Số … giảm" are the size of a fall: higher is better.
 */
export const LOWER_IS_BETTER = [
  'tỷ lệ hộ nghèo',
  'tỉ lệ hộ nghèo',
  'hộ cận nghèo',
  'tỷ lệ thất nghiệp',
  'tỷ lệ thiếu việc làm',
  'chỉ số giá tiêu dùng',
  'cpi',
  'lạm phát',
  'suy dinh dưỡng',
  'tỷ suất chết',
  'tử vong',
  'nợ xấu',
  'nợ công',
  'bội chi',
  'lao động nông nghiệp',
  'tỷ lệ bỏ học',
  'tảo hôn',
  'trễ hạn',
  'quá hạn',
];

/** Rate subjects that may hold "khi" ("tỷ số giới tính khi sinh"): no condition follows them. */
export const MEASURE_WORDS = phraseSet([
  'tỷ lệ',
  'tỉ lệ',
  'tỷ số',
  'tỉ số',
  'tỷ suất',
  'tỉ suất',
  'tỷ trọng',
  'tỉ trọng',
]);

/** Words that open a condition: a number after them ("khi chỉ số AQI ≥ 300") is when, not what. */
export const CONDITION = phraseSet(['khi', 'nếu', 'trường hợp', 'trong trường hợp']);

/** "trên 1 vạn dân", "/100.000 dân": the denominator of a rate per population. */
export const POPULATION = phraseSet(['dân', 'người dân', 'dân số', 'vạn dân', 'nghìn dân', 'ngàn dân', 'triệu dân']);

export const NO_ANSWERS = ['không', 'chưa', 'chưa có', 'không có', 'chưa triển khai', 'chưa hoàn thành', 'chưa đạt'];
