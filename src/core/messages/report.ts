/**
 * Texts of the summary report: the sidebar, the summary sheet ("Tổng hợp …") and the tier
 * verdicts. Pure data and functions, so the sidebar's browser bundle can import it too.
 */
import { STATUS } from './tab';

const two = (n: number) => String(n).padStart(2, '0');

export const reportMessages = {
  reportStatus: { ...STATUS, invalid: 'Số liệu không hợp lệ' },
  reportNoSection: 'Chỉ tiêu chung',
  reportTierVerdict: (
    mandatoryMet: number,
    mandatoryTotal: number,
    extendedMet: number,
    extendedTotal: number,
    passed: boolean,
  ) =>
    `${mandatoryMet}/${mandatoryTotal} bắt buộc, ${extendedMet}/${extendedTotal} mở rộng → ` +
    `${passed ? 'Đạt mức toàn diện' : 'Chưa đạt mức toàn diện'}`,
  reportTierPassed: 'Đạt mức toàn diện',
  reportTierFailed: 'Chưa đạt mức toàn diện',
  reportTierNotReported: 'Chưa báo cáo',
  reportNoTable:
    'Chưa có bảng chỉ tiêu. Hãy dán bảng phân công vào trang "Chỉ tiêu" rồi chọn menu Sổ chỉ tiêu → "Tạo / cập ' +
    'nhật trang cơ quan".',
  reportNoTabs:
    'Chưa có trang cơ quan nào. Hãy chọn menu Sổ chỉ tiêu → "Tạo / cập nhật trang cơ quan" trước khi xem báo cáo.',
  reportPeriodEmpty: (period: string) => `Kỳ "${period}": chưa cơ quan, đơn vị nào nhập số liệu.`,
  reportUnknownPeriod: (period: string, periods: string[]) =>
    `Không có kỳ "${period}". Các kỳ trong trang "Cài đặt": ${periods.join(', ')}.`,
  reportFailed: (detail: string) => `Không lập được báo cáo. Hãy thử lại sau ít phút. (Chi tiết: ${detail})`,

  sidebarPeriodLabel: 'Kỳ báo cáo',
  sidebarClosedMark: 'đã khóa',
  sidebarRefresh: 'Tính lại',
  sidebarLoading: 'Đang tính…',
  sidebarWriting: 'Đang ghi trang tổng hợp…',
  sidebarWriteButton: 'Ghi trang tổng hợp',
  sidebarRemindersTitle: 'Đôn đốc báo cáo',
  sidebarDeadline: (date: string, passed: boolean) => `Hạn báo cáo: ${date}${passed ? ' (đã qua hạn)' : ''}`,
  sidebarAllOnTime: 'Tất cả các cơ quan đã báo cáo đầy đủ, đúng hạn.',
  sidebarSendReminder: 'Gửi thư nhắc',
  sidebarNoEmail: 'Cơ quan chưa có địa chỉ thư điện tử (trang "Cơ quan"): sao chép nội dung thư dưới đây.',
  sidebarReminderText: 'Nội dung thư nhắc',
  sidebarCloseButton: (period: string) => `Khóa kỳ ${period}`,
  sidebarCloseConfirm: 'Bấm lần nữa để khóa: các cơ quan sẽ không sửa được số liệu của kỳ này nữa.',
  sidebarClosing: 'Đang khóa kỳ và cập nhật các trang…',
  sidebarTotalsTitle: 'Tổng quan',
  sidebarTotalIndicators: 'Chỉ tiêu',
  sidebarMetOfWhichExceeded: (exceeded: number) => `trong đó vượt: ${exceeded}`,
  sidebarGroupsTitle: 'Theo nhóm chỉ tiêu',
  sidebarGroupsChart: 'Biểu đồ số chỉ tiêu đạt, chưa đạt, chưa báo cáo theo nhóm',
  sidebarTiersTitle: 'Xếp hạng theo bộ tiêu chí',
  sidebarLateTitle: 'Cơ quan, đơn vị chưa báo cáo đủ',
  sidebarLateNone: 'Tất cả cơ quan, đơn vị đã báo cáo đủ.',
  sidebarLateCount: (reported: number, assigned: number) => `đã báo cáo ${reported}/${assigned}`,
  sidebarUnmetTitle: 'Chỉ tiêu chưa đạt',
  sidebarUnmetNone: 'Không có chỉ tiêu chưa đạt.',
  sidebarTarget: 'Mục tiêu',
  sidebarResult: 'Kết quả',
  sidebarNoExplanation: 'Chưa có giải trình.',
  sidebarExplanation: 'Giải trình',
  sidebarEvidence: 'Minh chứng',
  sidebarLoadingLines: 'Đang tải danh sách chỉ tiêu…',
  sidebarMoreUnmet: (left: number) => `Xem thêm ${left} chỉ tiêu chưa đạt`,
  sidebarTransportError: 'Không kết nối được với bảng tính. Hãy đóng thanh bên, mở lại rồi thử lại.',

  summarySheetName: (period: string, year: number) => `Tổng hợp ${period} ${year}`,
  summaryWritten: (sheet: string) =>
    `Đã ghi trang "${sheet}". Khi in: chọn khổ A4, hướng ngang, "Vừa với chiều rộng"; các dòng tiêu đề được cố ` +
    `định nên lặp lại ở mỗi trang.`,
  summaryOrganisationDefault: 'Văn phòng HĐND và UBND',
  summaryNation: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  summaryMotto: 'Độc lập - Tự do - Hạnh phúc',
  summaryNumber: 'Số:        /BC',
  summaryDate: (day: number, month: number, year: number) => `……, ngày ${two(day)} tháng ${two(month)} năm ${year}`,
  summaryTitle: (period: string, year: number) =>
    `BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU ${period.toLocaleUpperCase('vi')} NĂM ${year}`,
  summarySubtitle: (period: string, closed: boolean, day: number, month: number, year: number) =>
    `Kỳ báo cáo: ${period}${closed ? ' (đã khóa)' : ' (chưa khóa, số liệu còn thay đổi)'} — số liệu đến ngày ` +
    `${two(day)}/${two(month)}/${year}`,
  summaryTotalsTitle: 'I. KẾT QUẢ CHUNG',
  summaryAllIndicators: 'Toàn bộ chỉ tiêu',
  summaryGroupsTitle: 'II. KẾT QUẢ THEO NHÓM CHỈ TIÊU',
  summaryNoTargetNote: (count: number) =>
    `Ghi chú: ${count} chỉ tiêu đã báo cáo nhưng không có mục tiêu đọc được, không tính vào đạt hay chưa đạt.`,
  summaryChartTitle: 'Số chỉ tiêu theo nhóm',
  summaryAgenciesTitle: 'III. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ',
  summaryAgenciesNote:
    'Số liệu tính theo dòng chỉ tiêu được giao báo cáo (chỉ tiêu có nhiều mục tiêu tính mỗi mục tiêu một dòng).',
  summaryUnmetTitle: 'IV. CHỈ TIÊU CHƯA ĐẠT VÀ GIẢI TRÌNH',
  summaryLateTitle: 'V. CƠ QUAN, ĐƠN VỊ CHƯA BÁO CÁO ĐỦ',
  summaryTiersTitle: 'VI. XẾP HẠNG THEO BỘ TIÊU CHÍ (BẮT BUỘC / MỞ RỘNG)',
  summaryTiersRule: (mandatoryShare: number, extendedShare: number) =>
    `Đạt mức toàn diện khi đạt ${Math.round(mandatoryShare * 100)}% tiêu chí bắt buộc và ít nhất ` +
    `${Math.round(extendedShare * 100)}% tiêu chí mở rộng.`,
  summaryTasksTitle: 'VII. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
  summaryTasksCount: (done: number, inProgress: number, overdue: number, total: number) =>
    `${total} nhiệm vụ: ${done} đã hoàn thành, ${inProgress} đang thực hiện, ${overdue} quá hạn (tính đến hạn ` +
    `báo cáo của kỳ).`,
  reportTaskState: { done: 'Đã hoàn thành', 'in-progress': 'Đang thực hiện', overdue: 'Quá hạn' },
  summaryNone: 'Không có.',
  summaryNothingReported: (assigned: number) => `Chưa báo cáo chỉ tiêu nào (${assigned} dòng được giao).`,
  summaryMoreLines: (count: number) => `… và ${count} chỉ tiêu khác.`,
  summaryHeaders: {
    groups: ['STT', 'Nhóm chỉ tiêu', 'Đạt', 'Chưa đạt', 'Chưa báo cáo', 'Tổng số', 'Trong đó vượt', 'Tỷ lệ đạt'],
    agencies: ['STT', 'Cơ quan, đơn vị', 'Được giao', 'Đã báo cáo', 'Đạt', 'Chưa đạt', 'Chưa báo cáo', 'Tỷ lệ báo cáo'],
    unmet: ['STT', 'Chỉ tiêu', 'Cơ quan báo cáo', 'Mục tiêu', 'Kết quả', 'Trạng thái', 'Minh chứng', 'Giải trình'],
    late: [
      'STT',
      'Cơ quan, đơn vị',
      'Người nhập liệu',
      'Đã báo cáo',
      'Được giao',
      'Tỷ lệ báo cáo',
      'Trang',
      'Chỉ tiêu chưa báo cáo',
    ],
    tiers: ['Hạng', 'Đơn vị', 'Kết luận', 'Bắt buộc đạt', 'Bắt buộc', 'Mở rộng đạt', 'Mở rộng', 'Diễn giải'],
    tasks: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Trạng thái'],
  },
};
