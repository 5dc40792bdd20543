/**
 * Phrasings of targets beyond the seed documents: every phrase of the glossary and the brief,
 * written the ways people write them, and numbers that must not become targets.
 */
import { parseTargets } from '../../../src/core/targets';
import type { Target, TargetOp, WarningCode } from '../../../src/core/types';

const pct = (op: TargetOp, value: number, label?: string): Target => ({
  op,
  value,
  unit: '%',
  ...(label ? { label } : {}),
});
const range = (value: number, max: number, unit: string | null = '%'): Target => ({ op: 'between', value, max, unit });
const count = (op: TargetOp, value: number, unit: string | null): Target => ({ op, value, unit });
const exists = (unit: string | null): Target => ({ op: 'exists', value: 1, unit });

/** A target column, no unit column. */
const COLUMN: Array<[string, Target[]]> = [
  // reach: a bare figure or "đạt"
  ['70%', [pct('>=', 70)]],
  ['đạt 70%', [pct('>=', 70)]],
  ['Đạt 70%', [pct('>=', 70)]],
  ['đạt 70 %', [pct('>=', 70)]],
  ['phấn đấu đạt 90%', [pct('>=', 90)]],
  ['đạt được 90%', [pct('>=', 90)]],
  ['100 phần trăm', [pct('>=', 100)]],
  ['chiếm 20%', [pct('>=', 20)]],
  ['khoảng 40%', [pct('>=', 40)]],
  // more than
  ['trên 95%', [pct('>', 95)]],
  ['Trên 95%', [pct('>', 95)]],
  ['TRÊN 95%', [pct('>', 95)]],
  ['đạt trên 95%', [pct('>', 95)]],
  ['> 95%', [pct('>', 95)]],
  ['>95%', [pct('>', 95)]],
  ['>95 %', [pct('>', 95)]],
  ['hơn 50%', [pct('>', 50)]],
  ['lớn hơn 50%', [pct('>', 50)]],
  ['cao hơn 50%', [pct('>', 50)]],
  ['nhiều hơn 50%', [pct('>', 50)]],
  ['vượt 50%', [pct('>', 50)]],
  // at least
  ['≥ 15%', [pct('>=', 15)]],
  ['≥15%', [pct('>=', 15)]],
  ['>= 15%', [pct('>=', 15)]],
  ['>=15%', [pct('>=', 15)]],
  ['=> 15%', [pct('>=', 15)]],
  ['> = 15%', [pct('>=', 15)]],
  ['⩾ 15%', [pct('>=', 15)]],
  ['tối thiểu 10%', [pct('>=', 10)]],
  ['Tối thiểu 10%', [pct('>=', 10)]],
  ['TỐI THIỂU 10%', [pct('>=', 10)]],
  ['tối thiểu là 10%', [pct('>=', 10)]],
  ['đạt tối thiểu 10%', [pct('>=', 10)]],
  ['ít nhất 80%', [pct('>=', 80)]],
  ['ít nhất là 80%', [pct('>=', 80)]],
  ['đạt ít nhất 80%', [pct('>=', 80)]],
  ['từ 50% trở lên', [pct('>=', 50)]],
  ['Từ 50 % trở lên', [pct('>=', 50)]],
  ['đạt từ 50% trở lên', [pct('>=', 50)]],
  ['từ 50%', [pct('>=', 50)]],
  ['50% trở lên', [pct('>=', 50)]],
  ['đạt 50% trở lên', [pct('>=', 50)]],
  ['50% hoặc cao hơn', [pct('>=', 50)]],
  ['không dưới 90%', [pct('>=', 90)]],
  ['không thấp hơn 90%', [pct('>=', 90)]],
  ['không ít hơn 90%', [pct('>=', 90)]],
  ['lớn hơn hoặc bằng 80%', [pct('>=', 80)]],
  ['bằng hoặc cao hơn 80%', [pct('>=', 80)]],
  // "trên X% trở lên": the redundant "trở lên" wins (seed 000, 4.9)
  ['trên 50% trở lên', [pct('>=', 50)]],
  ['đạt trên 50% trở lên', [pct('>=', 50)]],
  // below, at most
  ['dưới 5%', [pct('<', 5)]],
  ['Dưới 5%', [pct('<', 5)]],
  ['< 5%', [pct('<', 5)]],
  ['<5%', [pct('<', 5)]],
  ['nhỏ hơn 10%', [pct('<', 10)]],
  ['thấp hơn 10%', [pct('<', 10)]],
  ['không quá 5%', [pct('<=', 5)]],
  ['Không quá 5%', [pct('<=', 5)]],
  ['không vượt quá 5%', [pct('<=', 5)]],
  ['tối đa 5%', [pct('<=', 5)]],
  ['nhiều nhất 5%', [pct('<=', 5)]],
  ['≤ 5%', [pct('<=', 5)]],
  ['≤5%', [pct('<=', 5)]],
  ['<= 5%', [pct('<=', 5)]],
  ['=< 5%', [pct('<=', 5)]],
  ['=<5%', [pct('<=', 5)]],
  ['5% trở xuống', [pct('<=', 5)]],
  ['từ 5% trở xuống', [pct('<=', 5)]],
  ['giảm xuống còn 2%', [pct('<=', 2)]],
  ['giảm xuống dưới 2%', [pct('<', 2)]],
  // equal
  ['= 100%', [pct('=', 100)]],
  ['bằng 0%', [pct('=', 0)]],
  // ranges
  ['20-30%', [range(20, 30)]],
  ['20 - 30%', [range(20, 30)]],
  ['20–30%', [range(20, 30)]],
  ['20 — 30 %', [range(20, 30)]],
  ['20% - 30%', [range(20, 30)]],
  ['từ 20% đến 30%', [range(20, 30)]],
  ['từ 20 đến 30%', [range(20, 30)]],
  ['Từ 20% tới 30%', [range(20, 30)]],
  ['khoảng 20-30%', [range(20, 30)]],
  ['đạt 20-30%', [range(20, 30)]],
  ['7,5 - 8,5%', [range(7.5, 8.5)]],
  // decimals
  ['99,7%', [pct('>=', 99.7)]],
  ['8.5%', [pct('>=', 8.5)]],
  ['0,5%', [pct('>=', 0.5)]],
  ['trên 0,5%', [pct('>', 0.5)]],
  ['> 2,25 %', [pct('>', 2.25)]],
  // yes/no
  ['Có', [exists(null)]],
  ['có', [exists(null)]],
  ['CÓ', [exists(null)]],
  ['Có.', [exists(null)]],
  ['Đã có', [exists(null)]],
  ['Có hệ thống', [exists('hệ thống')]],
  ['Có nền tảng', [exists('nền tảng')]],
  ['Có kế hoạch', [exists('kế hoạch')]],
  ['Có mô hình', [exists('mô hình')]],
  ['Có điểm phục vụ', [exists('điểm phục vụ')]],
  ['Có kết nối', [exists('kết nối')]],
  ['Có trang TTĐT', [exists('trang')]],
  ['Có diễn đàn, nhóm công tác', [exists('diễn đàn')]],
  ['Có hệ thống camera giám sát', [exists('hệ thống')]],
  ['Có Zalo OA', [exists('zalo oa')]],
  // counts
  ['Tối thiểu 01 nhân sự', [count('>=', 1, 'nhân sự')]],
  ['tối thiểu 1 nhân sự', [count('>=', 1, 'nhân sự')]],
  ['Có từ 3 mô hình trở lên', [count('>=', 3, 'mô hình')]],
  ['Có 3 mô hình', [count('>=', 3, 'mô hình')]],
  ['Tối thiểu 03 điểm phát', [count('>=', 3, 'điểm phát')]],
  ['ít nhất 02 lớp tập huấn', [count('>=', 2, 'lớp tập huấn')]],
  ['tối thiểu 02 lần/năm', [count('>=', 2, 'lần/năm')]],
  ['không quá 2 hồ sơ', [count('<=', 2, 'hồ sơ')]],
  ['3-5 mô hình', [range(3, 5, 'mô hình')]],
  ['từ 3 đến 5 mô hình', [range(3, 5, 'mô hình')]],
  ['1.000 người', [count('>=', 1000, 'người')]],
  ['tối thiểu 1.000 tài khoản', [count('>=', 1000, 'tài khoản')]],
  ['2,5 tỷ đồng', [count('>=', 2.5, 'tỷ đồng')]],
  ['đạt 85 điểm trở lên', [count('>=', 85, 'điểm')]],
  // plain numbers
  ['5', [count('>=', 5, null)]],
  ['> 10', [count('>', 10, null)]],
  ['≤ 3', [count('<=', 3, null)]],
  // several targets
  [
    'Cấp tỉnh đạt 100%, cấp huyện đạt 95%, cấp xã đạt 80%',
    [pct('>=', 100, 'cấp tỉnh'), pct('>=', 95, 'cấp huyện'), pct('>=', 80, 'cấp xã')],
  ],
  ['Cấp tỉnh: 100%; cấp huyện: 95%', [pct('>=', 100, 'cấp tỉnh'), pct('>=', 95, 'cấp huyện')]],
  ['cấp huyện trên 90%, cấp xã trên 70%', [pct('>', 90, 'cấp huyện'), pct('>', 70, 'cấp xã')]],
  ['100% hồ sơ; 80% văn bản', [pct('>=', 100, 'hồ sơ'), pct('>=', 80, 'văn bản')]],
  // typed without diacritics
  ['dat tren 95%', [pct('>', 95)]],
  ['toi thieu 01 nhan su', [count('>=', 1, 'nhân sự')]],
  ['khong qua 5%', [pct('<=', 5)]],
  ['Co he thong', [exists('hệ thống')]],
  // hazards: HTML, entities, NFD, no-break spaces, line breaks, tone placement
  ['<b>&gt;80%</b>', [pct('>', 80)]],
  ['&gt;=80%', [pct('>=', 80)]],
  ['đạt trên&nbsp;95%', [pct('>', 95)]],
  ['đạt\u00a0trên\u00a095%', [pct('>', 95)]],
  ['đạt\ntrên\n95%', [pct('>', 95)]],
  ['đạt trên 95%'.normalize('NFD'), [pct('>', 95)]],
  ['Tối thiểu 03 điểm phát'.normalize('NFD'), [count('>=', 3, 'điểm phát')]],
  ['  >  60 %  ', [pct('>', 60)]],
  ['＞60％', [pct('>', 60)]],
];

/** A target column with its unit column. */
const WITH_UNIT: Array<[string, string, Target[]]> = [
  ['Có', 'Nền tảng', [exists('nền tảng')]],
  ['Có', 'Hệ thống', [exists('hệ thống')]],
  ['có', 'Điểm phục vụ', [exists('điểm phục vụ')]],
  ['Có', '%', [exists(null)]],
  ['Có trang TTĐT', 'Trang', [exists('trang')]],
  ['Có diễn đàn, nhóm công tác', 'Diễn đàn', [exists('diễn đàn')]],
  ['Có Zalo OA', 'Kênh', [exists('kênh')]],
  ['3', 'Mô hình', [count('>=', 3, 'mô hình')]],
  ['Tối thiểu 01', 'Nhân sự', [count('>=', 1, 'nhân sự')]],
  ['Tối thiểu 02 camera', 'Hệ thống', [count('>=', 2, 'camera')]],
  ['60%', 'Hệ thống', [pct('>=', 60)]],
  ['Tối thiểu 03 điểm phát', 'Điểm phát', [count('>=', 3, 'điểm phát')]],
  ['Tối thiểu 03 điểm phát', 'điểm  phát', [count('>=', 3, 'điểm phát')]],
];

/** Indicator texts with the target inside. */
const EMBEDDED: Array<[string, Target[]]> = [
  ['Tỷ lệ hộ gia đình có Internet đạt trên 90%', [pct('>', 90)]],
  ['Tỉ lệ hộ gia đình có Internet đạt trên 90%', [pct('>', 90)]],
  ['Tỷ lệ hoá đơn điện tử đạt 100%', [pct('>=', 100)]],
  ['TỶ LỆ NGƯỜI DÂN CÓ CHỮ KÝ SỐ ĐẠT TRÊN 20%', [pct('>', 20)]],
  ['Ty le ho gia dinh dat tren 95%', [pct('>', 95)]],
  ['Tỷ lệ dân số trưởng thành có tài khoản: 45%', [pct('>=', 45)]],
  ['Tỷ trọng kinh tế số trong GRDP đạt 8%', [pct('>=', 8)]],
  ['Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 đạt 80%', [pct('>=', 80)]],
  ['Tỷ lệ dân số từ 18 tuổi trở lên có chữ ký số đạt 40%', [pct('>=', 40)]],
  ['Tỷ lệ xã có ít nhất 01 điểm wifi công cộng đạt 80%', [pct('>=', 80)]],
  ['100% xã có tối thiểu 01 cán bộ phụ trách chuyển đổi số', [pct('>=', 100)]],
  ['Tỷ lệ hồ sơ xử lý đúng hạn (theo Quyết định số 1291/QĐ-UBND ngày 12/6/2024) đạt 98%', [pct('>=', 98)]],
  ['Tỷ lệ kết nối 4G/5G đạt 95%', [pct('>=', 95)]],
  ['Tỷ lệ thuê bao (trên 14 tuổi) có tài khoản đạt 60% trong năm 2025', [pct('>=', 60)]],
  ['Tỷ lệ X (tối thiểu 80%)', [pct('>=', 80)]],
  ['Tỷ lệ hộ nghèo giảm xuống còn dưới 2%', [pct('<', 2)]],
  ['Tỷ lệ văn bản đi được ký số đạt 90%, tăng 10% so với năm 2023', [pct('>=', 90)]],
  ['Đầu tư ít nhất 01 máy tính được kết nối internet tại điểm phục vụ bưu chính', [count('>=', 1, 'máy tính')]],
  ['Phân công tối thiểu 01 cán bộ phụ trách an toàn thông tin', [count('>=', 1, 'cán bộ')]],
  ['Mỗi xã xây dựng từ 3 mô hình trở lên', [count('>=', 3, 'mô hình')]],
  ['Tổ chức tối thiểu 02 lớp tập huấn kỹ năng số mỗi năm', [count('>=', 2, 'lớp tập huấn')]],
  ['Phấn đấu toàn tỉnh có 05 xã đạt chuẩn', [count('>=', 5, 'xã')]],
  ['Tốc độ truy cập Internet băng rộng cố định đạt 100 Mbps', [count('>=', 100, 'mbps')]],
  ['Chỉ số DTI đạt trên 0,5', [count('>', 0.5, null)]],
  ['Có hệ thống camera giám sát an ninh tại trụ sở', [exists('hệ thống')]],
  ['Có mô hình phát triển kinh tế gắn với bảo tồn văn hóa', [exists('mô hình')]],
  ['Tỷ lệ A đạt 70%, tỷ lệ B đạt 80%', [pct('>=', 70, 'a'), pct('>=', 80, 'b')]],
  [
    'Tỷ lệ hồ sơ xử lý trực tuyến: cấp huyện đạt 90%, cấp xã đạt 70%.',
    [pct('>=', 90, 'cấp huyện'), pct('>=', 70, 'cấp xã')],
  ],
  [
    'Phải đạt 100% (33/33) tiêu chí bắt buộc và tối thiểu 50% (11/21) tiêu chí mở rộng',
    [pct('>=', 100, 'tiêu chí bắt buộc'), pct('>=', 50, 'tiêu chí mở rộng')],
  ],
  [
    'Tỷ lệ cơ quan có trang thông tin điện tử đạt 100%. Tỷ lệ xã có cổng thông tin đạt 60%.',
    [pct('>=', 100, 'cơ quan có trang thông tin điện tử'), pct('>=', 60, 'xã có cổng thông tin')],
  ],
  [
    '90% văn bản được ký số trên địa bàn tỉnh theo quy định; 50% cuộc họp được tổ chức trực tuyến',
    [pct('>=', 90, 'văn bản được ký số'), pct('>=', 50, 'cuộc họp được tổ chức trực tuyến')],
  ],
];

/** Indicator texts whose numbers are not targets. */
const NO_TARGET: string[] = [
  'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán',
  'Tỷ lệ dân số trưởng thành (14 tuổi) có tài khoản định danh điện tử',
  'Số thuê bao băng rộng cố định/100 dân',
  'Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4',
  'Tỷ lệ người dân có tài khoản định danh điện tử mức 2',
  'Kế hoạch chuyển đổi số năm 2025',
  'Cập nhật dữ liệu theo Quyết định số 528/QĐ-UBND ngày 27/10/2023 của UBND tỉnh',
  'Báo cáo trước tháng 9/2023',
  'Triển khai Đề án giai đoạn 2022-2025, tầm nhìn đến năm 2030',
  'Triển khai Đề án giai đoạn 2021 - 2025',
  'Phủ sóng 4G/5G toàn huyện',
  'Phần mềm phòng chống mã độc đáp ứng Chỉ thị 14/CT-TTg ngày 25/5/2018',
  'Trang thông tin điện tử theo Nghị định 42/2022/NĐ-CP ngày 24/06/2022',
  'Thực hiện Nghị quyết số 04-NQ/TU ngày 08/5/2021 của Tỉnh ủy',
  'Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá (01 lần kiểm tra, đánh giá được tính cho 02 năm)',
  'Tỷ lệ các thôn được đo kiểm tốc độ mạng di động ( đảm bảo đạt 40 Mbps )',
  'Tỷ lệ thôn được đo kiểm tốc độ mạng di động đảm bảo đạt 40 Mbps',
  'Tỷ lệ xã có ít nhất 01 điểm wifi công cộng',
  'Báo cáo kết quả 6 tháng đầu năm',
  'Báo cáo trước ngày 20 của tháng cuối quý',
  'Gồm 03 nhóm tiêu chí với 54 tiêu chí thành phần (chi tiết tại phụ lục)',
  'Ứng dụng VOV Bác sỹ 24h',
  'Cách mạng công nghiệp lần thứ 4',
  'Thực hiện Kế hoạch 95/KH-UBND',
  'Tổ chức 01 lần kiểm tra',
  'Hoàn thiện hạ tầng số tại xã',
];

/** Target columns that cannot be read: no targets, one target-unreadable warning. */
const UNREADABLE: string[] = [
  'abc',
  'đạt chuẩn',
  'Chưa có',
  'Không',
  '2025',
  'mức 2',
  'ngày 30/6/2024',
  'giảm 2%',
  'tăng 10%',
  'trên 50% và dưới 80%',
  '80% hoặc 90%',
  '30-20%',
  'dưới 5% trở lên',
  'trên 5% trở xuống',
];

describe('parseTargets: target column phrasings', () => {
  it.each(COLUMN)('%j', (text, expected) => {
    const result = parseTargets(text);
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });
});

describe('parseTargets: with a unit column', () => {
  it.each(WITH_UNIT)('%j under %j', (text, unitHint, expected) => {
    const result = parseTargets(text, { unitHint });
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });
});

describe('parseTargets: targets embedded in indicator texts', () => {
  it.each(EMBEDDED)('%j', (text, expected) => {
    const result = parseTargets(text, { embedded: true });
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });
});

describe('parseTargets: numbers that are not targets', () => {
  it.each(NO_TARGET.map((t) => [t]))('%j', (text) => {
    const result = parseTargets(text, { embedded: true });
    expect(result.targets).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['target-missing']);
  });
});

describe('parseTargets: unreadable targets are reported, never guessed', () => {
  it.each(UNREADABLE.map((t) => [t]))('%j', (text) => {
    const result = parseTargets(text);
    expect(result.targets).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['target-unreadable']);
  });
});

describe('parseTargets: suspicious targets are read and flagged', () => {
  it.each<[string, { indicatorText?: string; unitHint?: string; embedded?: boolean }, Target[], WarningCode[]]>([
    ['>100%', {}, [pct('>', 100)], ['target-over-100']],
    ['105%', {}, [pct('>=', 105)], ['target-over-100']],
    ['90-110%', {}, [range(90, 110)], ['target-over-100']],
    ['100%', {}, [pct('>=', 100)], []],
    ['≥ 100%', {}, [pct('>=', 100)], []],
    [
      '>10',
      { indicatorText: 'Tỷ lệ các cơ sở khám chữa bệnh có kết nối' },
      [pct('>', 10)],
      ['target-percent-unit-missing'],
    ],
    [
      '>10',
      { indicatorText: 'Tỉ trọng thanh toán không dùng tiền mặt' },
      [pct('>', 10)],
      ['target-percent-unit-missing'],
    ],
    ['>10', { indicatorText: '1.2 Tỷ lệ hộ gia đình' }, [pct('>', 10)], ['target-percent-unit-missing']],
    ['60', { unitHint: '%' }, [pct('>=', 60)], ['target-percent-unit-missing']],
    ['>10', { indicatorText: 'Số cơ sở khám chữa bệnh có kết nối' }, [count('>', 10, null)], []],
    ['Tỷ lệ hộ gia đình có Internet đạt 80', { embedded: true }, [pct('>=', 80)], ['target-percent-unit-missing']],
    ['Tỷ lệ văn bản ký số > 120%', { embedded: true }, [pct('>', 120)], ['target-over-100']],
    ['>200', { unitHint: '%' }, [pct('>', 200)], ['target-percent-unit-missing', 'target-over-100']],
  ])('%j %j', (text, opts, targets, codes) => {
    const result = parseTargets(text, opts);
    expect(result.targets).toEqual(targets);
    expect(result.warnings.map((w) => w.code)).toEqual(codes);
  });
});
