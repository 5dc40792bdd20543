/**
 * Every target of the five seed documents (/work/shared/seeds), read exactly. The texts are the
 * cells as a spreadsheet holds them: the lines of a PDF cell joined into one line.
 * - 000, 001, 003: targets embedded in the indicator text (embedded: true).
 * - 002: the "Mục tiêu" column with the "Đơn vị tính" column as unit hint.
 * - 004: the "Mục tiêu năm 2024" column with its indicator text (HTML tags as in the source).
 */
import { parseTargets } from '../../../src/core/targets';
import type { Target, TargetOp, WarningCode } from '../../../src/core/types';

const pct = (op: TargetOp, value: number, label?: string): Target => ({
  op,
  value,
  unit: '%',
  ...(label ? { label } : {}),
});
const range = (value: number, max: number): Target => ({ op: 'between', value, max, unit: '%' });
const count = (op: TargetOp, value: number, unit: string): Target => ({ op, value, unit });
const exists = (unit: string): Target => ({ op: 'exists', value: 1, unit });

/** Seed 000: Phụ lục I, district plan 2025 (column "Chỉ tiêu"). */
const SEED_000: Array<[string, string, Target[]]> = [
  ['1.1', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt trên 95%', [pct('>', 95)]],
  ['1.2', 'Tỷ lệ hộ gia đình được phủ mạng Internet băng thông rộng cáp quang đạt trên 95%', [pct('>', 95)]],
  ['1.3', 'Tỷ lệ dân số được phủ sóng bởi mạng di động đạt 100%', [pct('>=', 100)]],
  [
    '2.1',
    '100% TTHC đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn ' +
      'trình (Theo quyết định công bố TTHC của các bộ, ngành); 75% hồ sơ được xử lý trực tuyến toàn trình.',
    [
      pct('>=', 100, 'tthc được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình'),
      pct('>=', 75, 'hồ sơ được xử lý trực tuyến toàn trình'),
    ],
  ],
  [
    '2.2',
    '100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp ' +
      'nhất trên tất cả các hệ thống của các cấp chính quyền từ huyện đến xã',
    [pct('>=', 100)],
  ],
  [
    '2.3',
    '100% kết quả giải quyết TTHC của cá nhân được lưu trữ điện tử với số định danh cá nhân là một thông tin bắt ' +
      'buộc phục vụ cho kết nối, chia sẻ, tái sử dụng',
    [pct('>=', 100)],
  ],
  ['2.4', 'Tỷ lệ số hóa hồ sơ giải quyết TTHC đạt 100%', [pct('>=', 100)]],
  ['2.5', 'Tỷ lệ số hóa kết quả giải quyết TTHC đạt 100%', [pct('>=', 100)]],
  ['2.6', '99% người dân, doanh nghiệp hài lòng về việc giải quyết TTHC', [pct('>=', 99)]],
  [
    '2.7',
    'Trên 60% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống ' +
      'thông tin của cơ quan quản lý',
    [pct('>', 60)],
  ],
  [
    '2.8',
    '100% cơ sở dữ liệu tạo nền tảng phát triển chính quyền điện tử, chuyển đổi số của huyện được kết nối, chia ' +
      'sẻ; mở dữ liệu của các cơ quan nhà nước để cung cấp dịch vụ công kịp thời, một lần khai báo, trọn vòng đời ' +
      'phục vụ người dân và phát triển kinh tế - xã hội.',
    [pct('>=', 100)],
  ],
  [
    '2.9',
    '100% hồ sơ công việc tại cấp cấp huyện và cấp xã được xử lý trên môi trường mạng (trừ hồ sơ thuộc bí mật nhà ' +
      'nước).',
    [pct('>=', 100)],
  ],
  ['2.10', 'Phấn đấu huyện có 01 xã đạt tiêu chí thông minh', [count('>=', 1, 'xã')]],
  [
    '2.11',
    '100% hệ thống camera giám sát tại bộ phận một cửa điện tử từ cấp huyện đến cấp xã kết nối với Trung tâm lưu ' +
      'trữ, xử lý dữ liệu hệ thống camera an ninh tỉnh Bình Phước để phục vụ công tác chỉ đạo, điều hành.',
    [pct('>=', 100)],
  ],
  ['3.1', 'Tỷ trọng kinh tế số trong GRDP 20%', [pct('>=', 20)]],
  ['3.2', 'Tỷ trọng kinh tế số trong từng ngành, từng lĩnh vực đạt tối thiểu 10%', [pct('>=', 10)]],
  ['3.3', 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt 10%', [pct('>=', 10)]],
  ['3.4', 'Tỷ lệ doanh nghiệp sử dụng nền tảng hợp đồng điện tử đạt trên 80%', [pct('>', 80)]],
  ['3.5', 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%', [pct('>', 50)]],
  ['3.6', 'Tỷ lệ Doanh nghiệp sử dụng hóa đơn điện tử đạt 100%', [pct('>=', 100)]],
  ['4.1', 'Tỷ lệ người dân có điện thoại thông minh cài đặt ứng dụng “Binhphuoc today” đạt trên 80%', [pct('>', 80)]],
  ['4.2', 'Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt trên 90%', [pct('>', 90)]],
  ['4.3', 'Tỷ lệ dân số trưởng thành đủ điều kiện có tài khoản định danh điện tử mức 2 đạt 100%', [pct('>=', 100)]],
  ['4.4', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 95%', [pct('>=', 95)]],
  [
    '4.5',
    'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán, thanh toán điện tử tại ngân hàng hoặc tổ ' +
      'chức được phép khác đạt 85%',
    [pct('>=', 85)],
  ],
  ['4.6', 'Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản đạt trên 75%', [pct('>', 75)]],
  ['4.7', 'Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến đạt 60%', [pct('>=', 60)]],
  [
    '4.8',
    'Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa đạt trên 30%',
    [pct('>', 30)],
  ],
  ['4.9', 'Tỷ lệ dân số trưởng thành có chữ ký số đạt trên 50% trở lên có chữ ký số', [pct('>=', 50)]],
  [
    '4.10',
    'Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 100%; 100% hồ sơ về dân cư trên địa bàn huyện được tạo, lưu ' +
      'trữ, chia sẻ dữ liệu điện tử theo quy định',
    [
      pct('>=', 100, 'người dân có hồ sơ sức khỏe điện tử'),
      pct('>=', 100, 'hồ sơ về dân cư được tạo, lưu trữ, chia sẻ dữ liệu điện tử'),
    ],
  ],
  [
    '4.11',
    'Tỷ lệ các cơ sở giáo dục nghề nghiệp hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu ' +
      'số, kho học liệu số mở đạt 100%.',
    [pct('>=', 100)],
  ],
  [
    '4.12',
    'Tỷ lệ các cơ sở giáo dục từ tiểu học đến trung học phổ thông hoàn thiện được mô hình quản trị số, hoạt động ' +
      'số, chuẩn hóa dữ liệu số, kho học liệu số mở đạt 95%.',
    [pct('>=', 95)],
  ],
  [
    '5.1',
    '100% hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin',
    [pct('>=', 100)],
  ],
  [
    '5.2',
    '100% hệ thống thông tin của cơ quan nhà nước đáp ứng yêu cầu bảo vệ an toàn thông tin mạng theo cấp độ',
    [pct('>=', 100)],
  ],
];

/** Seed 001: Phụ lục 3 of plan 37/KH-UBND, 2023 (column "Nội dung chỉ tiêu"). */
const SEED_001: Array<[string, string, Target[]]> = [
  ['1', '80% dân số đảm bảo điều kiện có điện thoại thông minh.', [pct('>=', 80)]],
  ['2', '80% hộ gia đình đảm bảo điều kiện có đường Internet cáp quang băng rộng', [pct('>=', 80)]],
  ['3', '100% thôn/làng được phủ sóng băng rộng di động.', [pct('>=', 100)]],
  [
    '4',
    '100% hoạt động quản lý nhà nước các cơ quan từ cấp huyện đến cấp xã sử dụng văn bản điện tử có chữ ký số, ' +
      'liên thông từ cấp huyện đến cấp xã và liên thông với Quốc gia trong các hoạt động quản lý nhà nước (trừ ' +
      'các văn bản Mật theo quy định).',
    [pct('>=', 100)],
  ],
  [
    '5',
    '100% dịch vụ công có đủ điều kiện lên dịch vụ công trực tuyến toàn trình và tích hợp trên Cổng dịch vụ công ' +
      'quốc gia',
    [pct('>=', 100)],
  ],
  ['6', '100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.', [pct('>=', 100)]],
  ['7', '100% báo cáo của các cơ quan hành chính nhà nước thực hiện trực tuyến', [pct('>=', 100)]],
  [
    '8',
    'Trên 50% cơ quan nhà nước cung cấp dữ liệu mở đầy đủ theo danh mục (do Ủy ban nhân dân huyện ban hành) và ' +
      'được kết nối, chia sẻ với Kho cơ sở dữ liệu dùng chung của huyện.',
    [pct('>', 50)],
  ],
  [
    '9',
    '100% Hệ thống thông tin được xác định cấp độ; tối thiểu 70% triển khai phương án bảo đảm an toàn thông tin ' +
      'theo cấp độ; 100% thiết bị đầu cuối được cài đặt giải pháp bảo vệ. thiết bị đầu cuối được cài đặt giải ' +
      'pháp bảo vệ',
    [
      pct('>=', 100, 'hệ thống thông tin được xác định cấp độ'),
      pct('>=', 70, 'triển khai phương án bảo đảm an toàn thông tin theo cấp độ'),
      pct('>=', 100, 'thiết bị đầu cuối được cài đặt giải pháp bảo vệ'),
    ],
  ],
  [
    '10',
    'Từ 50% trở lên hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ ' +
      'thống thông tin của cơ quan quản lý.',
    [pct('>=', 50)],
  ],
  ['11', 'Tỷ trọng kinh tế số đóng góp trên 3% GRDP toàn huyện;', [pct('>', 3)]],
  ['12', 'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 3%', [pct('>=', 3)]],
  ['13', 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 3%;', [pct('>', 3)]],
  ['14', 'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 20%;', [pct('>', 20)]],
  ['15', 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 15%;', [pct('>', 15)]],
  ['16', 'Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 0,5%', [pct('>', 0.5)]],
  ['17', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 80%', [pct('>=', 80)]],
  [
    '18',
    'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác ' +
      'đạt 30%;',
    [pct('>=', 30)],
  ],
  ['19', 'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt trên 15%;', [pct('>', 15)]],
  ['20', 'Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản đạt trên 30%;', [pct('>', 30)]],
  ['21', 'Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang đạt 80%.', [pct('>=', 80)]],
  ['22', '100% thôn/làng được phủ sóng băng rộng di động', [pct('>=', 100)]],
  ['23', 'Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản đạt trên 50%;', [pct('>', 50)]],
  ['24', 'Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến đạt trên 20%;', [pct('>', 20)]],
  ['25', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%;', [pct('>=', 90)]],
  [
    '26',
    'Tỷ lệ các cơ sở giáo dục từ tiểu học đến trung học phổ thông hoàn thiện được mô hình quản trị số, hoạt động ' +
      'số, chuẩn hóa dữ liệu số, kho học liệu số mở đạt 30%.',
    [pct('>=', 30)],
  ],
  ['27', 'Tỷ trọng thanh toán học phí không dùng tiền mặt: 50%', [pct('>=', 50)]],
  ['28', 'Tỷ trọng thanh toán viện phí không dùng tiền mặt: 7%.', [pct('>=', 7)]],
];

/** Seed 003, section II "MỤC TIÊU": one bullet per cell. */
const SEED_003_II: Array<[string, Target[]]> = [
  ['Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 70%.', [pct('>=', 70)]],
  ['Tỷ lệ hộ gia đình được phủ mạng Internet băng thông rộng cáp quang đạt 70%.', [pct('>=', 70)]],
  ['Tỷ lệ dân số được phủ sóng bởi mạng di động đạt 100%.', [pct('>=', 100)]],
  [
    'Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định pháp luật được cung cấp dưới hình thức dịch vụ công trực ' +
      'tuyến toàn trình đạt 100%.',
    [pct('>=', 100)],
  ],
  ['Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 90%.', [pct('>=', 90)]],
  ['Tỷ lệ hồ sơ thủ tục hành chính xử lý hoàn toàn trực tuyến (toàn trình) đạt 60%.', [pct('>=', 60)]],
  ['Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%.', [pct('>=', 100)]],
  [
    'Tỷ lệ các hoạt động kiểm tra của các cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ ' +
      'thống thông tin của cơ quan quản lý đạt 50%.',
    [pct('>=', 50)],
  ],
  [
    'Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở đầy đủ theo danh mục (không áp dụng đối với dữ liệu phục vụ công ' +
      'tác quân sự, quốc phòng) đạt 50%.',
    [pct('>=', 50)],
  ],
  [
    'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (không bao gồm hồ sơ xử lý công việc có nội dung mật): ' +
      'Cấp tỉnh đạt 100%, cấp huyện đạt 95%, cấp xã đạt 80%.',
    [pct('>=', 100, 'cấp tỉnh'), pct('>=', 95, 'cấp huyện'), pct('>=', 80, 'cấp xã')],
  ],
  ['Tỷ lệ UBND cấp xã (đạt nông thôn mới nâng cao) có trang thông tin điện tử đạt 100%.', [pct('>=', 100)]],
  ['Tỷ lệ hệ thống thông tin dùng chung của tỉnh đảm bảo an toàn theo cấp độ quy định đạt 100%.', [pct('>=', 100)]],
  ['Tỷ trọng kinh tế số trong GRDP 8%.', [pct('>=', 8)]],
  ['Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 30%.', [pct('>=', 30)]],
  ['Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 60%.', [pct('>=', 60)]],
  ['Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.', [pct('>=', 100)]],
  ['Tỷ lệ người dân có điện thoại thông minh cài đặt ứng dụng “Binhphuoc today” đạt 70%.', [pct('>=', 70)]],
  [
    'Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử, sử dụng dịch vụ công trực tuyến đạt 30% trở lên.',
    [pct('>=', 30)],
  ],
  ['Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 70%.', [pct('>=', 70)]],
  [
    'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác ' +
      'đạt 60%.',
    [pct('>=', 60)],
  ],
  ['Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản đạt trên 50%.', [pct('>', 50)]],
  ['Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến đạt trên 40%.', [pct('>', 40)]],
  [
    'Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa đạt trên 20%.',
    [pct('>', 20)],
  ],
  ['Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 50%.', [pct('>=', 50)]],
  [
    'Tỷ lệ các cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp hoàn thiện được mô hình quản trị số, hoạt ' +
      'động số, chuẩn hóa dữ liệu số, kho học liệu số mở đạt 80%.',
    [pct('>=', 80)],
  ],
  [
    'Tỷ lệ các cơ sở giáo dục từ tiểu học đến trung học phổ thông hoàn thiện được mô hình quản trị số, hoạt động ' +
      'số, chuẩn hóa dữ liệu số, kho học liệu số mở đạt 50%.',
    [pct('>=', 50)],
  ],
];

/** Seed 003, section IV "PHÂN CÔNG NHIỆM VỤ": the bullets that state a target. */
const SEED_003_IV: Array<[string, Target[]]> = [
  [
    'Phổ cập điện thoại thông minh và cáp quang băng rộng toàn dân. Tỷ lệ dân số trưởng thành có điện thoại thông ' +
      'minh đạt 70%. Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt 70%.',
    [
      pct('>=', 70, 'dân số trưởng thành có điện thoại thông minh'),
      pct('>=', 70, 'hộ gia đình có đường internet cáp quang băng rộng'),
    ],
  ],
  [
    'Triển khai hiệu quả hệ thống thông tin phục vụ chỉ đạo, điều hành, Hệ thống thông tin báo cáo. Tỷ lệ báo cáo ' +
      'của các cơ quan hành chính nhà nước được thực hiện trực tuyến đạt 50%.',
    [pct('>=', 50)],
  ],
  [
    'Chỉ đạo việc tổ chức triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa, hướng dẫn ' +
      'cách làm để mang lại hiệu quả đột phá về tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến và tỷ lệ ' +
      'người dân sử dụng dịch vụ công trực tuyến từ nhà, hoàn thành các chỉ tiêu liên quan đến dịch vụ công ' +
      'trực tuyến, đảm bảo trước tháng 9/2023: tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 90%; tỷ lệ ' +
      'hồ sơ thủ tục hành chính toàn trình xử lý trực tuyến đạt 60%; tỷ lệ số hóa hồ sơ, kết quả giải quyết ' +
      'thủ tục hành chính đạt 100% (đối với thủ tục hành chính tiếp nhận tại Bộ phận một cửa cấp tỉnh, ' +
      'cấp huyện, cấp xã từ ngày 01/01/2023).',
    [
      pct('>=', 90, 'dịch vụ công trực tuyến phát sinh hồ sơ'),
      pct('>=', 60, 'hồ sơ thủ tục hành chính toàn trình xử lý trực tuyến'),
      pct('>=', 100, 'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính'),
    ],
  ],
  [
    'Phổ cập danh tính điện tử toàn dân: 20-30% người dân sử dụng định danh điện tử trên địa bàn tỉnh.',
    [range(20, 30)],
  ],
  [
    '50% người dân có Hồ sơ sức khỏe điện tử, được sử dụng trong hoạt động khám chữa bệnh và theo dõi sức khỏe ' +
      'người dân, từng bước thay thế y bạ giấy.',
    [pct('>=', 50)],
  ],
  ['Đảm bảo tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ đạt 8.5%.', [pct('>=', 8.5)]],
  [
    'Đẩy nhanh quá trình phổ cập thanh toán số, thanh toán không dùng tiền mặt theo hướng thuận tiện, dễ dàng và ' +
      'an toàn hơn, tạo nền móng phát triển giao dịch trực tuyến và kinh tế số. Tỷ trọng thanh toán học phí, viện ' +
      'phí không dùng tiền mặt đạt tối thiểu 50%.',
    [pct('>=', 50)],
  ],
];

/** Seed 003, section IV: the other bullets; their numbers are dates, years and document numbers. */
const SEED_003_IV_NO_TARGET: string[] = [
  'Triển khai các chương trình, dự án trong Kế hoạch số 312/KH-UBND ngày 13/10/2021 và Kế hoạch số 57/KH-UBND ' +
    'ngày 24/02/2023 của UBND tỉnh.',
  'Phổ cập kiến thức, kỹ năng về an toàn thông tin mạng cho người dân.',
  'Phổ biến nâng cao nhận thức về chuyển đổi số, kỹ năng số.',
  'Điều phối phát triển, kết nối, chia sẻ dữ liệu, sử dụng các nền tảng số.',
  'Tham mưu ban hành Kế hoạch triển khai cung cấp dữ liệu mở trên địa bàn tỉnh.',
  'Theo dõi, hoàn thiện và triển khai nhân rộng mô hình thí điểm chuyển đổi số toàn diện cấp tỉnh, huyện, xã.',
  'Tiếp tục triển khai thực hiện có hiệu quả Quyết định số 1911/QĐ-TTg ngày 15/11/2021 của Thủ tướng Chính phủ về ' +
    'thực hiện kết nối, chia sẻ giữa Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu quốc gia, cơ sở dữ ' +
    'liệu chuyên ngành; Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát ' +
    'triển ứng dụng dữ liệu về dân cư, định danh điện tử và xác thực điện tử phục vụ chuyển đổi số giai đoạn ' +
    '2022-2025, tầm nhìn đến năm 2030.',
  'Tiếp tục nghiên cứu, tham mưu đề xuất hoàn thiện hệ thống định danh điện tử và xác thực điện tử trên nền tảng ' +
    'cơ sở dữ liệu quốc gia về dân cư, cơ sở dữ liệu căn cước công dân.',
  'Tổ chức thông tin, tuyên truyền nhằm nâng cao nhận thức, cập nhật kiến thức cho cán bộ, đảng viên, công chức, ' +
    'viên chức và quần chúng nhân dân về vị trí, vai trò, tầm quan trọng của an ninh mạng; hiểu rõ âm mưu, thủ ' +
    'đoạn, hoạt động các loại tội phạm trên không gian mạng, từ đó, ý thức được vai trò, trách nhiệm của các tổ ' +
    'chức, cá nhân trong bảo vệ an ninh mạng và xây dựng không gian mạng an toàn, lành mạnh.',
  'Triển khai hiệu quả Kế hoạch số 245/KH-UBND ngày 29/8/2022 của UBND tỉnh về triển khai hồ sơ sức khỏe điện tử ' +
    'giai đoạn 2022 - 2025 trên địa bàn tỉnh Bình Phước.',
  'Thúc đẩy việc thanh toán không dùng tiền mặt trong các cơ sở y tế trên địa bàn tỉnh.',
  'Chủ động, trách nhiệm trong việc triển khai Đề án khám, chữa bệnh từ xa giai đoạn 2021 - 2025 trên địa bàn ' +
    'tỉnh; đảm bảo hiệu quả, đúng quy định và tiến độ theo yêu cầu.',
  'Thúc đẩy phát triển và sử dụng các nền tảng số quốc gia: Nền tảng hỗ trợ tư vấn khám chữa bệnh từ xa; Nền tảng ' +
    'quản lý tiêm chủng; Nền tảng hồ sơ sức khỏe điện tử và Nền tảng Trạm Y tế xã.',
  'Triển khai các nhiệm vụ tại Kế hoạch số 127/KH-UBND ngày 06/5/2022 của UBND tỉnh về triển khai thực hiện Quyết ' +
    'định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường ứng dụng công nghệ ' +
    'thông tin về chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022- 2025, định hướng đến năm 2030” trên ' +
    'địa bàn tỉnh Bình Phước.',
  'Thúc đẩy thanh toán các khoản thu, lệ phí không dùng tiền mặt tại các cơ sở giáo dục trên địa bàn tỉnh.',
  'Phổ cập chuyển đổi số trong doanh nghiệp nhỏ và vừa; sử dụng các tài liệu hướng dẫn, công cụ tự đánh giá mức ' +
    'độ sẵn sàng chuyển đổi số, hỗ trợ đào tạo, tư vấn, thuê, mua các giải pháp chuyển đổi số.',
  'Triển khai các nhiệm vụ theo Kế hoạch số 110/KH-UBND ngày 25/4/2022 của UBND tỉnh về triển khai Chương trình ' +
    'hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số và Đề án “Xác định Chỉ số đánh giá mức độ chuyển đổi số doanh ' +
    'nghiệp và hỗ trợ doanh nghiệp chuyển đổi số” trên địa bàn tỉnh.',
  'Tổ chức và theo dõi kết quả thực hiện Kế hoạch số 232/KH-UBND ngày 12/8/2022 của UBND tỉnh về hỗ trợ doanh ' +
    'nghiệp nhỏ và vừa trên địa bàn tỉnh Bình Phước theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ.',
  'Phối hợp với các đơn vị tuyên truyền giới thiệu doanh nghiệp tham gia Chương trình hỗ trợ chuyển đổi số và ' +
    'nâng cao nhận thức của doanh nghiệp về chuyển đổi số; hướng dẫn doanh nghiệp đánh giá mức độ chuyển đổi số”.',
  'Hỗ trợ việc đăng ký và thành lập doanh nghiệp công nghệ số mới, tạo điều kiện thuận lợi cho các doanh nghiệp ' +
    'công nghệ số về thủ tục gia nhập thị trường.',
  'Phối hợp với Sở Thông tin và Truyền thông nghiên cứu sử dụng kết quả đánh giá mức độ chuyển đổi số của doanh ' +
    'nghiệp để làm căn cứ ưu tiên xét duyệt hỗ trợ của nhà nước đối với doanh nghiệp về công nghệ, tư vấn và ' +
    'chuyển đổi số trong các chương trình hỗ trợ doanh nghiệp nhỏ và vừa cũng như các chương trình hỗ trợ phát ' +
    'triển doanh nghiệp có liên quan.',
  'Triển khai Kế hoạch 95/KH-UBND ngày 18/4/2022 của UBND tỉnh về đẩy mạnh ứng dụng công nghệ thông tin và chuyển ' +
    'đổi số trong hoạt động xúc tiến thương mại giai đoạn 2021 - 2030 trên địa bàn tỉnh Bình Phước và Kế hoạch số ' +
    '339/KH-UBND ngày 18/11/2022 của UBND tỉnh về triển khai thực hiện Đề án phát triển hệ thống thương mại, ' +
    'thương mại điện tử, thương mại biên giới tỉnh Bình Phước giai đoạn 2021-2025, định hướng đến năm 2030.',
  'Thúc đẩy sử dụng hợp đồng điện tử, thương mại điện tử và thương mại số, đặc biệt là thương mại điện tử vùng ' +
    'nông thôn, đưa bà con nông dân buôn bán, cung cấp hàng hóa trên các sàn thương mại điện tử.',
  'Triển khai phát triển Cơ sở dữ liệu về cán bộ, công chức, viên chức trong cơ quan nhà nước trên địa bàn tỉnh ' +
    'để quản lý đồng bộ, thống nhất, minh bạch, kịp thời tạo nguồn dữ liệu cốt lõi cho phát triển chính quyền số ' +
    'của tỉnh.',
  'Gắn kết chặt chẽ giữa hoạt động cải cách hành chính và chuyển đổi số.',
  'Phối hợp với các cơ quan, đơn vị và địa phương triển khai thực hiện có hiệu quả Kế hoạch cải cách hành chính ' +
    'nhà nước năm 2023 trên địa bàn tỉnh ban hành kèm theo Quyết định số 2398/QĐ-UBND ngày 26/12/2023 của UBND tỉnh.',
  'Triển khai các nhiệm vụ tại Kế hoạch số 240/KH-UBND ngày 22/8/2022 của UBND tỉnh về triển khai thực hiện ' +
    'Chưong trình chuyển đổi số trong giáo dục nghề nghiệp giai đoạn 2022-2025, định hướng đến năm 2030 trên địa ' +
    'bàn tỉnh Bình Phước.',
  'Triển khai Nền tảng dữ liệu số về lao động, việc làm và an sinh xã hội trong đó cơ quan nhà nước đóng vai trò ' +
    'dẫn dắt, tổ chức sử dụng lao động đóng vai trò nòng cốt và người lao động, người dân tham gia tích cực trong ' +
    'thu thập, chuẩn hóa, mở dữ liệu và cung cấp dữ liệu mở phục vụ phân tích, dự báo, công bố thông tin thị ' +
    'trường lao động và thực hiện các chính sách an sinh xã hội.',
  'Triển khai và đưa vào khai thác cơ sở dữ liệu nông nghiệp.',
  'Thúc đẩy phát triển và sử dụng các nền tảng số quốc gia gồm: Nền tảng dữ liệu số nông nghiệp, Nền tảng truy ' +
    'xuất nguồn gốc nông sản.',
  'Tăng cường nguồn lực cho nghiên cứu khoa học cho chuyển đổi số.',
  'Triển khai thực hiện Kế hoạch số 236/KH-UBND ngày 22/09/2020 của UBND tỉnh về thực hiện Nghị Quyết số 52-NQ/TW ' +
    'ngày 27/9/2019 của Bộ Chính trị Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ và Kế hoạch số 238-KH/TU ' +
    'ngày 16/6/2020 của Ban Thường vụ Tỉnh ủy về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng ' +
    'Công nghiệp lần thứ tư trên địa bàn tỉnh.',
  'Thúc đẩy toàn diện tất cả các phương thức thanh toán số, thanh toán không dùng tiền mặt.',
  'Triển khai thực hiện Quyết định 1813/QĐ-TTg ngày 28/10/2021 của Thủ tướng Chính phủ về việc phê duyệt Đề án ' +
    'phát triển thanh toán không dùng tiền mặt tại Việt Nam giai đoạn 2021 - 2025.',
];

/** Seed 002, Phụ lục 1: [criterion, Đơn vị tính, Mục tiêu, targets]. */
const SEED_002: Array<[string, string, string, Target[]]> = [
  ['I.1', '%', '60%', [pct('>=', 60)]],
  ['I.2', '%', '40%', [pct('>=', 40)]],
  ['I.3', '%', '70%', [pct('>=', 70)]],
  ['I.4', '%', '95%', [pct('>=', 95)]],
  ['I.5', '%', '100%', [pct('>=', 100)]],
  ['I.6', '%', '70%', [pct('>=', 70)]],
  ['I.7', 'Hệ thống', 'Có hệ thống', [exists('hệ thống')]],
  ['I.8', 'Nền tảng', 'Có nền tảng', [exists('nền tảng')]],
  ['I.9', '%', '60%', [pct('>=', 60)]],
  ['I.10', 'Nhân sự', 'Tối thiểu 01 nhân sự', [count('>=', 1, 'nhân sự')]],
  ['I.11', '%', '90%', [pct('>=', 90)]],
  ['I.12', '%', '100%', [pct('>=', 100)]],
  ['I.13', '%', '100%', [pct('>=', 100)]],
  ['I.14', '%', '100%', [pct('>=', 100)]],
  ['I.15', 'Hệ thống', 'Có hệ thống', [exists('hệ thống')]],
  ['I.16', 'Hệ thống', 'Có hệ thống', [exists('hệ thống')]],
  ['I.17', 'Điểm phục vụ', 'Có điểm phục vụ', [exists('điểm phục vụ')]],
  ['I.18', 'Kết nối', 'Có kết nối', [exists('kết nối')]],
  ['I.19', 'Nền tảng', 'Có nền tảng', [exists('nền tảng')]],
  ['I.20', 'Trang', 'Có trang TTĐT', [exists('trang')]],
  ['I.21', 'Hệ thống', 'Có hệ thống', [exists('hệ thống')]],
  ['I.22', 'Hệ thống', 'Có hệ thống', [exists('hệ thống')]],
  ['I.23', 'Nền tảng', 'Có nền tảng', [exists('nền tảng')]],
  ['I.24', 'Chương trình, kế hoạch', 'Có kế hoạch', [exists('kế hoạch')]],
  ['I.25', 'Diễn đàn', 'Có diễn đàn, nhóm công tác', [exists('diễn đàn')]],
  ['I.26', 'Hệ thống', 'Có hệ thống', [exists('hệ thống')]],
  ['I.27', 'Nền tảng', 'Có nền tảng', [exists('nền tảng')]],
  ['I.28', 'Nền tảng', 'Có nền tảng', [exists('nền tảng')]],
  ['I.29', 'Nền tảng', 'Có nền tảng', [exists('nền tảng')]],
  ['II.1', '%', '90%', [pct('>=', 90)]],
  ['II.2', '%', '50%', [pct('>=', 50)]],
  ['II.3', '%', '70%', [pct('>=', 70)]],
  ['II.4', '%', '80%', [pct('>=', 80)]],
  ['II.5', '%', '90%', [pct('>=', 90)]],
  ['II.6', '%', '90%', [pct('>=', 90)]],
  ['II.7', '%', '90%', [pct('>=', 90)]],
  ['II.8', 'Mô hình', 'Có từ 3 mô hình trở lên', [count('>=', 3, 'mô hình')]],
  ['II.9', 'Mô hình', 'Có mô hình', [exists('mô hình')]],
  ['II.10', 'Mô hình', 'Có mô hình', [exists('mô hình')]],
  ['II.11', '%', '100%', [pct('>=', 100)]],
  ['III.1', '%', '50%', [pct('>=', 50)]],
  ['III.2', '%', '70%', [pct('>=', 70)]],
  ['III.3', '%', '70%', [pct('>=', 70)]],
  ['III.4', '%', '50%', [pct('>=', 50)]],
  ['III.5', '%', '30%', [pct('>=', 30)]],
  ['III.6', '%', '90%', [pct('>=', 90)]],
  ['III.7', '%', '80%', [pct('>=', 80)]],
  ['III.8', 'Nền tảng', 'Có nền tảng', [exists('nền tảng')]],
  ['III.9', 'Nền tảng', 'Có nền tảng', [exists('nền tảng')]],
  ['III.10', '%', '80%', [pct('>=', 80)]],
  ['III.11', 'Điểm phát', 'Tối thiểu 03 điểm phát', [count('>=', 3, 'điểm phát')]],
  ['III.12', 'Hệ thống', 'Có hệ thống', [exists('hệ thống')]],
  ['III.13', 'Hệ thống', 'Có hệ thống', [exists('hệ thống')]],
  ['III.14', 'Mô hình', 'Có mô hình', [exists('mô hình')]],
];

/** Seed 004, Phụ lục 2: [TT, Chỉ tiêu, Mục tiêu năm 2024, targets, warnings]. */
const SEED_004: Array<[string, string, string, Target[], WarningCode[]]> = [
  [
    '1',
    'Tỷ lệ các thôn, làng xã Biên giới của huyện được thực hiện đo kiểm tốc độ mạng viễn thông di động ( <i>đảm ' +
      'bảo đạt 40 Mbps</i> )',
    '20%',
    [pct('>=', 20)],
    [],
  ],
  ['2', 'Tỷ lệ số thôn được phủ sóng băng rộng di động', '99,7%', [pct('>=', 99.7)], []],
  [
    '1',
    'Cập nhật, chia sẻ dữ liệu lên Kho cơ sở dữ liệu dùng chung của tỉnh theo Quyết định số 528/QĐ-UBND ngày ' +
      '27/10/2023 của UBND tỉnh',
    '100%',
    [pct('>=', 100)],
    [],
  ],
  [
    '2',
    'Cung cấp dữ liệu mở (theo Quyết định số 528/QĐ-UBND ngày 27/10/2023 của UBND tỉnh)',
    '100%',
    [pct('>=', 100)],
    [],
  ],
  [
    '1',
    'Thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia.',
    '60%',
    [pct('>=', 60)],
    [],
  ],
  [
    '2',
    'Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công',
    '30%',
    [pct('>=', 30)],
    [],
  ],
  ['3', 'Kết quả giải quyết thủ tục hành chính được số hóa', '100%', [pct('>=', 100)], []],
  ['4', 'Hồ sơ thủ tục hành chính được người dân, doanh nghiệp thực hiện trực tuyến từ xa', '50%', [pct('>=', 50)], []],
  [
    '5',
    'Các báo cáo định kỳ (không bao gồm nội dung mật) của các cơ quan hành chính nhà nước được thực hiện trên Hệ ' +
      'thống thông tin báo cáo của tỉnh, được tích hợp, kết nối, chia sẻ dữ liệu với các hệ thống dùng chung của ' +
      'tỉnh và Hệ thống thông tin báo cáo Chính phủ',
    '70%',
    [pct('>=', 70)],
    [],
  ],
  [
    '6',
    'Cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản.',
    '50%',
    [pct('>=', 50)],
    [],
  ],
  ['7', 'Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP', '>5%', [pct('>', 5)], []],
  ['8', 'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực', '3%', [pct('>=', 3)], []],
  [
    '9',
    'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ ( <i>Giao dịch thương mại điện tử bán lẻ/ tổng mức bán lẻ ' +
      'hàng hóa và doanh thu dịch vụ tiêu dùng</i> )',
    '>3%',
    [pct('>', 3)],
    [],
  ],
  [
    '10',
    'Tỷ trọng thanh toán viện phí không dùng tiền mặt ( <i>Tỷ lệ thanh toán viện phí không dùng tiền mặt tại các ' +
      'cơ sở khám bệnh, chữa bệnh/tổng lượt thanh toán viện phí tại các cơ sở khám bệnh, chữa bệnh</i> )',
    '≥15%',
    [pct('>=', 15)],
    [],
  ],
  ['11', 'Doanh nghiệp nhỏ và vừa sử dụng các nền tảng chuyên đổi số', '>3%', [pct('>', 3)], []],
  ['12', 'Tỷ lệ hộ kinh doanh cá thể có sản phẩm trên nền tảng thương mại điện tử', '>2%', [pct('>', 2)], []],
  ['13', 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử', '> 60%', [pct('>', 60)], []],
  ['14', 'Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh.', '>80%', [pct('>', 80)], []],
  ['15', 'Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng', '>65%', [pct('>', 65)], []],
  ['16', 'Tỷ lệ dân số trưởng thành (14 tuổi) có tài khoản định danh điện tử', '>80%', [pct('>', 80)], []],
  ['17', 'Tỷ lệ dân số trưởng thành (14 tuổi) có chữ ký số hoặc chữ ký điện tử cá nhân', '>5%', [pct('>', 5)], []],
  [
    '18',
    'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác',
    '>75%',
    [pct('>', 75)],
    [],
  ],
  ['19', 'Tỷ lệ dân số trưởng thành (14 tuổi) có tài khoản dịch vụ công trực tuyến', '>60%', [pct('>', 60)], []],
  ['20', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', '>85%', [pct('>', 85)], []],
  ['21', 'Tỷ trọng thanh toán học phí không dùng tiền mặt trong các cơ sở giáo dục', '70%', [pct('>=', 70)], []],
  ['22', 'Tỷ lệ các cơ sở giáo dục có ứng dụng nền tảng số trong giảng dạy', '>60%', [pct('>', 60)], []],
  [
    '23',
    'Tỷ lệ các cơ sở khám chữa bệnh (công lập) có kết nối với cơ sở tuyến trên để hội chẩn trực tuyến, khám chữa ' +
      'bệnh từ xa',
    '>10',
    [pct('>', 10)],
    ['target-percent-unit-missing'],
  ],
  ['24', 'Tỷ lệ hộ gia đình có địa chỉ số đáp ứng các trường thông tin cơ bản', '>20 %', [pct('>', 20)], []],
  [
    '25',
    'Hệ thống thông tin của cơ quan nhà nước được phê duyệt cấp độ an toàn hệ thống thông tin',
    '>100%',
    [pct('>', 100)],
    ['target-over-100'],
  ],
  [
    '26',
    'Hệ thống thông tin của cơ quan nhà nước đáp ứng yêu cầu bảo đảm an toàn hệ thống thông tin theo cấp độ',
    '>50%',
    [pct('>', 50)],
    [],
  ],
];

const codes = (warnings: { code: WarningCode }[]) => warnings.map((w) => w.code);

describe('seed 000: targets embedded in the indicator text', () => {
  it.each(SEED_000)('%s %s', (_code, text, expected) => {
    const result = parseTargets(text, { embedded: true });
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });
});

describe('seed 001: targets embedded in the indicator text', () => {
  it.each(SEED_001)('%s %s', (_code, text, expected) => {
    const result = parseTargets(text, { embedded: true });
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });
});

describe('seed 003: targets in prose', () => {
  it.each([...SEED_003_II, ...SEED_003_IV])('%s', (text, expected) => {
    const result = parseTargets(text, { embedded: true });
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });
  it.each(SEED_003_IV_NO_TARGET.map((t) => [t]))('no target in %s', (text) => {
    const result = parseTargets(text, { embedded: true });
    expect(result.targets).toEqual([]);
    expect(codes(result.warnings)).toEqual(['target-missing']);
  });
});

describe('seed 002: the "Mục tiêu" column with its unit column', () => {
  it.each(SEED_002)('%s %s | %s', (_code, unitHint, text, expected) => {
    const result = parseTargets(text, { unitHint });
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });
  it.each<[string, string, Target[]]>([
    ['Tối thiểu 01 nhân sự', 'Nhân sự', [count('>=', 1, 'nhân sự')]],
    ['Có từ 3 mô hình trở lên', 'Mô hình', [count('>=', 3, 'mô hình')]],
    ['Có điểm phục vụ', 'Điểm phục vụ', [exists('điểm phục vụ')]],
    ['Có diễn đàn, nhóm công tác', 'Diễn đàn', [exists('diễn đàn')]],
  ])('reads the NFD form of %j', (text, unitHint, expected) => {
    const nfd = text.normalize('NFD');
    expect(nfd).not.toBe(text);
    const result = parseTargets(nfd, { unitHint: unitHint.normalize('NFD') });
    expect(result.targets).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });
  it('reads a cell that keeps the PDF line breaks', () => {
    expect(parseTargets('Tối \nthiểu \n01 \nnhân \nsự ', { unitHint: 'Nhân sự ' }).targets).toEqual([
      count('>=', 1, 'nhân sự'),
    ]);
  });
});

describe('seed 004: the "Mục tiêu năm 2024" column', () => {
  it.each(SEED_004)('%s %s | %s', (_code, indicatorText, text, expected, warnings) => {
    const result = parseTargets(text, { indicatorText });
    expect(result.targets).toEqual(expected);
    expect(codes(result.warnings)).toEqual(warnings);
  });
  it('does not read "đảm bảo đạt 40 Mbps" as a target even when the indicator text is parsed', () => {
    const result = parseTargets(SEED_004[0][1], { embedded: true });
    expect(result.targets).toEqual([]);
    expect(codes(result.warnings)).toEqual(['target-missing']);
  });
});
