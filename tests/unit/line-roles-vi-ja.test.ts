import { describe, expect, it } from 'vitest';
import { headingKind } from '../../engine/extract/headings';
import { postingLines } from '../../engine/lines/roles';
import type { LineRole } from '../../engine/types';

/** Each line alone in a section with no heading: the role its own words give it (no section prior, no vote). */
function ownRoles(language: string, said: Record<string, LineRole>): void {
  const read = postingLines({ title: 'Nhân viên', company: 'Hoàng Minh', location: null, language, sections: Object.keys(said).map((line) => ({ heading: null, kind: 'other' as const, lines: [line] })) });
  const role = new Map(read.map((l) => [l.text.replace(/[.!?。！]\s*$/u, ''), l.role]));
  for (const [line, want] of Object.entries(said)) expect([line, role.get(line.replace(/[.!?。！]\s*$/u, ''))]).toEqual([line, want]);
}

// Hand-written lines of Vietnamese and Japanese postings (accounts, warehouses, shops, care, hotels, factories, offices),
// their roles given before the engine read them. Vietnamese lines alone read 6 of 24 right before its own shapes (a
// second set, written before them: 14 of 28 → 28), Japanese 25 of 26 ("未経験者歓迎" read as a heading).
describe('line roles of Vietnamese and Japanese postings, by the line alone', () => {
  it('reads a Vietnamese line opening with its verb as a duty, whatever it works on (pay included)', () => {
    ownRoles('vi', { "Kiểm tra, đối chiếu chứng từ thu chi hàng ngày": "duty", "Lập báo cáo thuế hàng tháng, hàng quý": "duty", "Sắp xếp hàng hóa trong kho theo đúng vị trí": "duty", "Giải đáp thắc mắc của khách hàng qua điện thoại và email": "duty", "Phát triển và bảo trì các tính năng mới cho ứng dụng web": "duty", "Lái xe đưa đón ban giám đốc": "duty", "Tư vấn và bán hàng trực tiếp tại showroom": "duty", "Phối hợp với các phòng ban để triển khai kế hoạch marketing": "duty", "Nhập dữ liệu đơn hàng vào phần mềm": "duty", "Chăm sóc, vệ sinh cá nhân cho người cao tuổi": "duty", "Tiếp đón khách, làm thủ tục nhận phòng và trả phòng": "duty", "Soạn thảo công văn, hợp đồng và lưu trữ hồ sơ": "duty", "Xây dựng kế hoạch bán hàng theo tháng và theo dõi doanh số": "duty", "Bốc xếp, kiểm đếm hàng hóa khi nhập kho": "duty", "Hạch toán các nghiệp vụ kế toán phát sinh trên phần mềm": "duty", "Thiết kế ấn phẩm truyền thông cho các chiến dịch quảng cáo": "duty", "Đứng máy sản xuất theo ca": "duty", "Tìm kiếm và phát triển khách hàng mới": "duty", "Dạy tiếng Anh cho học sinh tiểu học": "duty", "Chấm công, tính lương cho nhân viên hàng tháng": "duty" });
  });

  it('reads Vietnamese licences, certificates, traits, ages, schooling and what is preferred as requirements', () => {
    ownRoles('vi', { "Tốt nghiệp Cao đẳng trở lên chuyên ngành Kế toán": "requirement", "Có ít nhất 2 năm kinh nghiệm ở vị trí tương đương": "requirement", "Thành thạo Excel và phần mềm MISA": "requirement", "Có bằng lái xe hạng B2": "requirement", "Nhanh nhẹn, trung thực, chịu được áp lực công việc": "requirement", "Ưu tiên ứng viên biết tiếng Anh": "requirement", "Sức khỏe tốt, có thể bê vác hàng nặng": "requirement", "Nam/Nữ tuổi từ 20 đến 35": "requirement", "Trình độ học vấn: Đại học chuyên ngành Quản trị kinh doanh": "requirement", "Có chứng chỉ hành nghề dược": "requirement", "Cẩn thận, tỉ mỉ, có trách nhiệm trong công việc": "requirement", "Biết sử dụng phần mềm Photoshop, Illustrator là một lợi thế": "requirement" });
  });

  it('reads Vietnamese pay, insurance, allowances, leave, hours, training given and the company trip as the terms', () => {
    ownRoles('vi', { "Mức lương: 8 - 12 triệu đồng/tháng": "benefit", "Thưởng lễ, Tết, lương tháng 13": "benefit", "Đóng BHXH, BHYT, BHTN đầy đủ theo quy định": "benefit", "Thời gian làm việc: Thứ 2 - Thứ 7, 8h00 - 17h00": "benefit", "Được đào tạo nghiệp vụ và có cơ hội thăng tiến": "benefit", "Du lịch hàng năm cùng công ty": "benefit", "Thu nhập từ 15.000.000 VNĐ trở lên": "benefit", "Được hưởng đầy đủ các chế độ theo Luật Lao động": "benefit", "Phụ cấp ăn trưa, xăng xe, điện thoại": "benefit", "Nghỉ phép 12 ngày/năm": "benefit", "Làm việc theo ca, có phụ cấp ca đêm": "benefit", "Môi trường làm việc trẻ trung, năng động": "benefit" });
  });

  it('reads the Vietnamese employer, the documents to send, the deadline, the contact and the place as no duty', () => {
    ownRoles('vi', { "Công ty TNHH Hoàng Minh là nhà phân phối thiết bị điện hàng đầu tại miền Bắc": "company", "Chúng tôi đang tìm kiếm nhân viên kế toán để mở rộng đội ngũ": "company", "Hạn nộp hồ sơ: 30/12/2026": "meta", "Ứng viên quan tâm vui lòng gửi CV qua email tuyendung@hoangminh.vn": "meta", "Địa điểm làm việc: 25 Láng Hạ, Đống Đa, Hà Nội": "meta", "Chúng tôi là chuỗi nhà hàng với hơn 30 chi nhánh trên toàn quốc": "company", "Hồ sơ bao gồm: CV, bản sao bằng cấp và giấy khám sức khỏe": "meta", "Liên hệ: Ms. Lan - 0912 345 678": "meta" });
  });

  it('reads Japanese duties, what is asked ("未経験者歓迎" too), the terms, the company and how to apply', () => {
    ownRoles('ja', { "受発注業務および在庫管理": "duty", "来店されたお客様への接客・販売": "duty", "経理伝票の入力・仕訳": "duty", "新規顧客への提案営業": "duty", "社内システムの設計・開発・テスト": "duty", "フォークリフトを使用した荷物の積み下ろし": "duty", "会議資料の作成": "duty", "訪問先でのエアコンの取付工事": "duty", "電話・メールでのお問い合わせ対応": "duty", "採用面接の日程調整": "duty", "普通自動車免許（AT限定可）": "requirement", "実務経験3年以上": "requirement", "Excel・Wordの基本操作ができる方": "requirement", "日商簿記2級以上": "requirement", "未経験者歓迎": "requirement", "ビジネスレベルの英語力をお持ちの方": "requirement", "月給25万円～35万円": "benefit", "賞与年2回、昇給年1回": "benefit", "社会保険完備": "benefit", "完全週休2日制（土日祝）": "benefit", "交通費全額支給": "benefit", "勤務時間：9:00～18:00（休憩60分）": "benefit", "当社は創業50年の老舗食品メーカーです。": "company", "勤務地：東京都港区芝浦3-1-1": "meta", "応募後、書類選考の上、面接日程をご連絡します。": "meta", "まずはお気軽にご応募ください！": "meta" });
  });

  it('reads a Japanese sentence of what is done to a thing ("…商品を棚から集めます") under 仕事内容 as a duty, the company\'s own doings and the opening announced as no duty', () => {
    const read = postingLines({ title: 'ピッキングスタッフ', company: '東和ロジスティクス', location: null, language: 'ja', sections: [
      { heading: '仕事内容', kind: 'responsibilities', lines: ['ハンディ端末を使って、指示された商品を棚から集めます', '受注データを入力していただきます', '当社は全国に物流センターを展開しています。', '新たな仲間を募集します！'] },
    ] });
    expect(read.filter((l) => l.role !== 'heading').map((l) => [l.text, l.role])).toEqual([
      ['ハンディ端末を使って、指示された商品を棚から集めます', 'duty'],
      ['受注データを入力していただきます', 'duty'],
      ['当社は全国に物流センターを展開しています', 'company'],
      ['新たな仲間を募集します！', 'company'],
    ]);
  });

  it('reads a Japanese qualification level ("介護職員初任者研修以上", "高卒以上") as asked for', () => {
    ownRoles('ja', { 介護職員初任者研修以上: 'requirement', 高卒以上: 'requirement', 日商簿記2級以上: 'requirement' });
  });

  it('reads a Vietnamese address and a range of weekdays as where and when, not the company', () => {
    ownRoles('vi', { 'Tầng 5, số 12 Duy Tân, Cầu Giấy, Hà Nội': 'meta', '123 Nguyễn Trãi, Quận 1, TP.HCM': 'meta', 'Thứ 2 - Thứ 6 (08:00 - 17:30), Thứ 7 (08:00 - 12:00)': 'benefit', 'Tìm kiếm khách hàng tại Hà Nội': 'duty' });
  });

  it("reads a 募集要項 table's rows, a field's name and its value in cells of their own, as what the name says (markup set 75)", () => {
    const lines = ['職種', '介護職員（特別養護老人ホーム）', '雇用形態', '正社員', '試用期間', '3ヶ月（条件変更なし）', '・介護職員初任者研修以上'];
    const read = postingLines({ title: '介護職員', company: 'あおば会', location: null, language: 'ja', sections: [{ heading: '応募資格', kind: 'requirements', lines }] });
    expect(read.filter((l) => l.role !== 'heading').map((l) => l.role)).toEqual(['meta', 'meta', 'benefit', 'benefit', 'benefit', 'benefit', 'requirement']);
    const zh = postingLines({ title: '文员', company: '某院', location: null, language: 'zh-CN', sections: [{ heading: '招聘条件', kind: 'requirements', lines: ['学历', '全日制本科及以上', '年龄', '35周岁以下'] }] });
    expect(zh.filter((l) => l.role !== 'heading').map((l) => l.role)).toEqual(['requirement', 'requirement', 'requirement', 'requirement']);
  });

  it("reads 104's rows (工作經歷 | 2年以上, 出差外派 | 無需出差外派) by their field's name, and a Hong Kong posting's highlights, school level, data notice and call line (markup set 76)", () => {
    const lines = ['職務類別', '會計助理、記帳／出納／一般會計', '出差外派', '無需出差外派', '需求人數', '1人', '工作經歷', '2年以上', '擅長工具', 'Excel、鼎新ERP'];
    const read = postingLines({ title: '會計助理', company: '宏昇', location: null, language: 'zh-TW', sections: [{ heading: '工作內容', kind: 'responsibilities', lines }] });
    expect(read.filter((l) => l.role !== 'heading').map((l) => l.role)).toEqual(['meta', 'meta', 'benefit', 'benefit', 'meta', 'meta', 'requirement', 'requirement', 'requirement', 'requirement']);
    ownRoles('en', {
      '5-day work': 'benefit',
      'Form 5 / HKDSE or above': 'requirement',
      'All information provided will be treated in strict confidence and used for recruitment purpose only.': 'legal',
    });
    ownRoles('zh-HK', { '請致電 2345 6789 或 WhatsApp 9123 4567 聯絡何小姐': 'meta' });
  });

  it('reads past the emoji around a social post\'s lines (📍坐标：…, ☎️ Liên hệ, 🔥…🔥), a board post\'s 【招聘岗位】, a 菜馆\'s or a chain\'s name alone, "No agencies please", "Stop by with a resume" (markup set 78)', () => {
    ownRoles('zh-CN', { '📍坐标：上海静安寺': 'meta', '🔥青柚传媒招人啦！': 'company', '【招聘岗位】外卖骑手（全职/兼职均可）': 'meta', 老街坊家常菜馆: 'company' });
    ownRoles('zh-TW', { '📍座標：上海靜安寺': 'meta', 鮮豐果業連鎖: 'company' });
    ownRoles('vi', { '🔥🔥 TUYỂN GẤP NHÂN VIÊN PHỤC VỤ 🔥🔥': 'company', '☎️ Liên hệ: 0912 345 678 (Chị Hoa)': 'meta' });
    ownRoles('en', { 'No agencies please.': 'legal', 'Stop by with a resume or email us.': 'meta' });
  });
});

describe('Hello Work headings', () => {
  it('reads 仕事の内容 as the duties and 賃金, 就業時間 as the terms (仕事の内容 read as a duty, 賃金 as an ask; markup set 107)', () => {
    expect(['仕事の内容', '賃金', '就業時間'].map(headingKind)).toEqual(['responsibilities', 'benefits', 'benefits']);
  });
});

