// Thuê bao (subscribers): telephone and broadband, totals, new, densities, locked, smartphones.
import * as more from './examples/subs.js';
import type { FamilyRules, Signature } from './types.js';

// "nâng tổng số (thuê bao) lên 150.000 thuê bao": the stock after the new ones.
const RAISED_TO = /(?:nâng|đưa)(?: tổng)? số (?:thuê bao )?(?:[^#]{0,40} )?lên # thuê bao(?![\p{L}\p{M}])/u;

// Prepaid and postpaid named together are all mobile subscribers.
const PHONE_KIND = { fixed: ['fixed'], mobile_postpaid: { any: ['postpaid'], unless: ['prepaid'] }, mobile_prepaid: { any: ['prepaid'], unless: ['postpaid'] }, mobile: ['mobile', 'postpaid', 'prepaid', 'mobile_users'] };
const BROADBAND_KIND = { fixed: ['fixed', 'fixed_broadband'], mobile: ['mobile', 'mobile_broadband'] };
// Subscribers counted for something done to them (spam, violations, checks) are not the stock, nor
// are pay-TV subscribers.
const NOT_A_STOCK = ['subs_new', 'per_100', 'locked', 'sanctioned', 'pay_tv', 'smartphone', 'share', 'households', 'raised_to', 'handsets_given'];
const PHONE = ['phone', 'mobile', 'fixed', 'postpaid', 'prepaid', 'mobile_users'];
const BROADBAND = ['internet', 'fixed_broadband', 'mobile_broadband'];

/** A count of subscribers of one kind: the stock, or (with `subs_new`) the new ones. */
const counted = (id: string, metric: string, kinds: string[], unlike: string[], fresh: boolean): Signature => ({
  id,
  metric,
  kinds: ['count'],
  thing: ['subscriber', 'phone_set'],
  needs: fresh ? [kinds, ['subs_new']] : [kinds],
  veto: [...unlike, ...(fresh ? NOT_A_STOCK.filter((v) => v !== 'subs_new') : NOT_A_STOCK)],
});

export const subs: FamilyRules = {
  family: 'subs',
  cues: {
    subscriber: ['thuê bao', 'số thuê bao', 'máy điện thoại', 'người dùng dịch vụ di động', 'người sử dụng dịch vụ di động', 'người dùng di động'],
    // (Mobile users are mobile subscribers.)
    mobile_users: ['người dùng dịch vụ di động', 'người sử dụng dịch vụ di động', 'người dùng di động'],
    phone_set: ['máy', 'máy điện thoại'],
    phone: ['điện thoại', 'máy điện thoại'],
    other_machines: ['máy tính', 'máy chủ', 'máy móc', 'máy in', 'máy quét', 'máy tính bảng', 'máy trạm', 'máy ảnh', 'máy scan'],
    mobile: ['di động', 'điện thoại di động', 'thông tin di động', 'dịch vụ di động'],
    fixed: ['cố định', 'điện thoại cố định', 'hữu tuyến'],
    postpaid: ['trả sau', 'di động trả sau'],
    prepaid: ['trả trước', 'di động trả trước'],
    fixed_and_postpaid: ['cố định và trả sau', 'cố định và di động trả sau', 'cố định và thuê bao di động trả sau'],
    internet: ['internet', 'băng rộng', 'truy nhập internet', 'truy cập internet', 'internet băng rộng', 'băng thông rộng', 'adsl', 'xdsl'],
    fixed_broadband: ['băng rộng cố định', 'internet cố định', 'cáp quang', 'ftth', 'internet hộ gia đình', 'internet băng rộng cố định', 'băng rộng cố định mặt đất', 'internet cáp quang'],
    mobile_broadband: ['băng rộng di động', 'internet di động', 'internet băng rộng di động', 'truy nhập internet di động', 'băng rộng di động mặt đất'],
    subs_new: ['phát triển mới', 'phát triển thêm', 'phát triển', 'phát triển được', 'tăng mới', 'tăng thêm', 'lắp đặt', 'lắp đặt được', 'lắp đặt mới', 'lắp mới', 'hòa mạng mới', 'hòa mạng', 'thêm', 'mới'],
    per_100: ['/100 dân', 'trên 100 dân', '/100 người', 'trên 100 người', '/100 dân số', 'trên 100 người dân', '/ 100 dân', 'bình quân trên 100 dân', 'bình quân/100 dân', 'bình quân 100 dân', 'trên 100 dân số', '/100 người dân'],
    density: ['mật độ', 'mật độ thuê bao'],
    density_phone: ['mật độ điện thoại', 'mật độ thuê bao điện thoại', 'mật độ máy điện thoại'],
    density_internet: ['mật độ internet', 'mật độ thuê bao internet', 'mật độ băng rộng', 'mật độ thuê bao băng rộng', 'mật độ internet băng rộng', 'mật độ thuê bao internet băng rộng'],
    households: ['hộ gia đình', '/100 hộ', 'trên 100 hộ', '100 hộ'],
    locked: ['khóa', 'bị khóa', 'khóa liên lạc', 'đã khóa'],
    one_way: ['khóa 1 chiều', 'khóa 01 chiều', 'khóa một chiều', '1 chiều', 'một chiều', '01 chiều'],
    two_way: ['khóa 2 chiều', 'khóa 02 chiều', 'khóa hai chiều', '2 chiều', 'hai chiều', '02 chiều'],
    unlocked: ['mở khóa'],
    smartphone: ['điện thoại thông minh', 'smartphone', 'điện thoại di động thông minh', 'máy điện thoại thông minh', 'máy điện thoại di động thông minh'],
    // Handsets given or priced are not subscribers.
    handsets_given: ['tặng', 'trao tặng', 'hỗ trợ', 'cho hộ nghèo', 'giá cước', 'giá', 'cước'],
    sanctioned: ['tin nhắn rác', 'cuộc gọi rác', 'phát tán', 'vi phạm', 'lừa đảo', 'chuẩn hóa', 'sai thông tin', 'thu hồi', 'chưa chuẩn hóa', 'không chính chủ', 'xác thực'],
    pay_tv: ['truyền hình', 'truyền hình trả tiền', 'truyền hình cáp', 'truyền hình số', 'truyền hình vệ tinh'],
    // People and homes, not subscribers.
    population: ['người dân', 'dân số', 'độ tuổi', 'hộ dân', 'dân số trưởng thành'],
    // Telecom services, not online public services.
    telecom_service: ['dịch vụ viễn thông', 'dịch vụ internet', 'dịch vụ truyền hình', 'dịch vụ bưu chính viễn thông', 'dịch vụ chuyển phát', 'dịch vụ điện thoại'],
  },
  otherThings: ['other_machines'],
  signatures: [
    { id: 'subs/locked', metric: 'subs.locked', kinds: ['count'], thing: ['subscriber'], needs: [['locked', 'one_way', 'two_way']], veto: ['unlocked'] },
    {
      id: 'subs/broadband-density',
      metric: 'subs.broadband_density',
      kinds: ['density', 'count', 'percent'],
      thing: ['subscriber', 'internet', 'fixed_broadband', 'mobile_broadband', 'density', 'density_internet'],
      needs: [[...BROADBAND, 'density_internet'], ['per_100', 'density', 'density_internet']],
      // Per 100 households is another measure than per 100 inhabitants.
      veto: ['households', 'population'],
      head: true,
    },
    { id: 'subs/phone-density', metric: 'subs.phone_density', kinds: ['density', 'count', 'percent'], thing: ['subscriber', 'phone_set', 'phone', 'density', 'density_phone', 'mobile', 'fixed'], needs: [[...PHONE, 'phone_set', 'density_phone'], ['per_100', 'density', 'density_phone']], veto: ['households', ...BROADBAND, 'density_internet'], head: true },
    { id: 'subs/smartphone-share', metric: 'subs.smartphone_share', kinds: ['percent'], thing: ['subscriber'], needs: [['smartphone']], veto: ['population'] },
    counted('subs/broadband-new', 'subs.broadband_new', BROADBAND, [], true),
    counted('subs/phone-new', 'subs.phone_new', PHONE, BROADBAND, true),
    // The stock, said by what is counted alone ("Thuê bao di động: 1.234.567"); as a part of a stated
    // whole ("Phát triển 8.735 thuê bao (2.459 thuê bao di động trả sau …)") the whole decides.
    { ...counted('subs/broadband-total', 'subs.broadband', BROADBAND, [], false), generic: true },
    { ...counted('subs/phone-total', 'subs.phone', PHONE, BROADBAND, false), generic: true },
  ],
  idioms: [
    // "Thuê bao băng rộng cố định phát triển mới 5.000 thuê bao, nâng tổng số lên 150.000 thuê bao":
    // the stock after the new ones, named by its item's earlier words (which also give its kind),
    // and only when the item names one of the two, phone or broadband.
    { id: 'subs/broadband-raised-to', metric: 'subs.broadband', kinds: ['count'], pattern: RAISED_TO, namedBefore: /^(?!.*thuê bao (?:điện thoại|di động|cố định|trả trước|trả sau)).*thuê bao (?:internet|truy nhập internet|băng rộng)/ },
    { id: 'subs/phone-raised-to', metric: 'subs.phone', kinds: ['count'], pattern: RAISED_TO, namedBefore: /^(?!.*(?:băng rộng|internet)).*thuê bao (?:điện thoại|di động|cố định)/ },
  ],
  dims: {
    'subs.phone': { kind: PHONE_KIND },
    'subs.phone_new': { kind: PHONE_KIND },
    'subs.phone_density': { kind: { fixed_postpaid: ['fixed_and_postpaid'], fixed: ['fixed'], mobile: ['mobile'] } },
    'subs.broadband': { kind: BROADBAND_KIND },
    'subs.broadband_new': { kind: BROADBAND_KIND },
    'subs.broadband_density': { kind: BROADBAND_KIND },
    'subs.locked': { kind: { one_way: ['one_way'], two_way: ['two_way'] } },
  },
  densityOf: { 'subs.phone': 'subs.phone_density', 'subs.broadband': 'subs.broadband_density' },
  newOf: { 'subs.phone': 'subs.phone_new', 'subs.broadband': 'subs.broadband_new' },
  indicators: [
    { metric: 'subs.phone_density', dims: { kind: 'fixed_postpaid' }, labels: ['Mật độ điện thoại cố định và trả sau trên 100 dân'] },
    { metric: 'subs.phone_density', labels: ['Mật độ điện thoại trên 100 dân', 'Mật độ thuê bao điện thoại'] },
    { metric: 'subs.broadband_density', labels: ['Mật độ internet trên 100 dân', 'Mật độ thuê bao internet băng rộng'] },
    { metric: 'subs.broadband_density', dims: { kind: 'fixed' }, labels: ['Số thuê bao băng rộng cố định trên 100 dân'] },
    { metric: 'subs.broadband_density', dims: { kind: 'mobile' }, labels: ['Số thuê bao băng rộng di động trên 100 dân'] },
    { metric: 'subs.phone', labels: ['Tổng số thuê bao điện thoại', 'Số thuê bao điện thoại'] },
    { metric: 'subs.phone', dims: { kind: 'mobile' }, labels: ['Số thuê bao di động'] },
    { metric: 'subs.broadband', labels: ['Tổng số thuê bao internet băng rộng', 'Số thuê bao internet băng rộng'] },
    { metric: 'subs.phone_new', labels: ['Số thuê bao điện thoại phát triển mới'] },
    { metric: 'subs.broadband_new', labels: ['Số thuê bao internet băng rộng phát triển mới'] },
    { metric: 'subs.smartphone_share', labels: ['Tỷ lệ thuê bao sử dụng điện thoại thông minh'] },
    { metric: 'subs.phone', labels: ['Số máy điện thoại', 'Số lượng thuê bao dịch vụ điện thoại'] },
    { metric: 'subs.phone', dims: { kind: 'fixed' }, labels: ['Số thuê bao cố định'] },
    { metric: 'subs.phone_density', labels: ['Mật độ máy điện thoại'] },
    { metric: 'subs.broadband', labels: ['Số lượng thuê bao truy nhập Internet'] },
  ],
  examples: [
    ...more.examples,
    {
      text: 'Phát triển 8.735 thuê bao điện thoại (2.459 thuê bao di động trả sau và 6.276 thuê bao di động trả trước).',
      only: true,
      facts: [
        { metric: 'subs.phone_new', value: 8735 },
        { metric: 'subs.phone_new', dims: { kind: 'mobile_postpaid' }, value: 2459 },
        { metric: 'subs.phone_new', dims: { kind: 'mobile_prepaid' }, value: 6276 },
      ],
    },
    {
      text: 'Tổng số thuê bao điện thoại trên toàn tỉnh là 690.503 thuê bao, đạt mật độ 116,3 thuê bao/100 dân; (trong đó: điện thoại cố định 44.500 thuê bao, di động trả sau 50.498, di động trả trước 595.505).',
      only: true,
      facts: [
        { metric: 'subs.phone', value: 690503 },
        { metric: 'subs.phone_density', value: 116.3 },
        { metric: 'subs.phone', dims: { kind: 'fixed' }, value: 44500 },
        { metric: 'subs.phone', dims: { kind: 'mobile_postpaid' }, value: 50498 },
        { metric: 'subs.phone', dims: { kind: 'mobile_prepaid' }, value: 595505 },
      ],
    },
    {
      text: 'Phát triển 1.337 thuê bao internet băng rộng, tăng 11,8% so với tháng trước (412 thuê bao internet cố định, 925 thuê bao internet di động). Tổng số thuê bao internet băng rộng trên toàn tỉnh là 338.880 thuê bao (internet cố định băng rộng là 85.149 thuê bao, internet băng rộng di động là 253.731 thuê bao). Mật độ internet trên toàn tỉnh là 97,9 thuê bao/100 dân.',
      only: true,
      facts: [
        { metric: 'subs.broadband_new', value: 1337 },
        { metric: 'subs.broadband_new', dims: { kind: 'fixed' }, value: 412 },
        { metric: 'subs.broadband_new', dims: { kind: 'mobile' }, value: 925 },
        { metric: 'subs.broadband', value: 338880 },
        { metric: 'subs.broadband', dims: { kind: 'fixed' }, value: 85149 },
        { metric: 'subs.broadband', dims: { kind: 'mobile' }, value: 253731 },
        { metric: 'subs.broadband_density', value: 97.9 },
      ],
    },
    {
      text: 'Tổng số thuê bao di động: 1.200.500 thuê bao; thuê bao băng rộng cố định đạt 25,3 thuê bao/100 dân. Số thuê bao di động phát triển mới trong quý: 12.000.',
      only: true,
      facts: [
        { metric: 'subs.phone', dims: { kind: 'mobile' }, value: 1200500 },
        { metric: 'subs.broadband_density', dims: { kind: 'fixed' }, value: 25.3 },
        { metric: 'subs.phone_new', dims: { kind: 'mobile' }, value: 12000 },
      ],
    },
    {
      text: 'Tổng số thuê bao điện thoại ước đạt 1.950.000 thuê bao, mật độ 104,5 thuê bao/100 dân. Thuê bao internet băng rộng cố định: 180.000 thuê bao, đạt 20,1 thuê bao/100 dân. Số trạm BTS: 3.200 trạm (2G: 1.000 trạm; 3G: 1.100 trạm; 4G: 1.100 trạm).',
      only: true,
      facts: [
        { metric: 'subs.phone', value: 1950000, qualifier: 'approx' },
        { metric: 'subs.phone_density', value: 104.5 },
        { metric: 'subs.broadband', dims: { kind: 'fixed' }, value: 180000 },
        { metric: 'subs.broadband_density', dims: { kind: 'fixed' }, value: 20.1 },
      ],
    },
    {
      text: 'Tổng số thuê bao điện thoại trên toàn tỉnh là 691.872 thuê bao. Trong đó: cố định 44.500, trả sau 49.944, trả trước 597.428.',
      only: true,
      facts: [
        { metric: 'subs.phone', value: 691872 },
        { metric: 'subs.phone', dims: { kind: 'fixed' }, value: 44500 },
        { metric: 'subs.phone', dims: { kind: 'mobile_postpaid' }, value: 49944 },
        { metric: 'subs.phone', dims: { kind: 'mobile_prepaid' }, value: 597428 },
      ],
    },
    {
      text: 'Toàn tỉnh hiện có 2.856 trạm BTS; số thuê bao điện thoại di động đạt 1.380.000 thuê bao, đạt mật độ 92 thuê bao/100 dân; thuê bao internet băng rộng cố định đạt 245.600 thuê bao.',
      only: true,
      facts: [
        { metric: 'subs.phone', dims: { kind: 'mobile' }, value: 1380000 },
        { metric: 'subs.phone_density', dims: { kind: 'mobile' }, value: 92 },
        { metric: 'subs.broadband', dims: { kind: 'fixed' }, value: 245600 },
      ],
    },
    {
      text: 'Tổng số thuê bao điện thoại đạt 1.456.789 thuê bao (thuê bao di động 1.420.000, thuê bao cố định 36.789), mật độ đạt 118,5 thuê bao/100 dân.',
      only: true,
      facts: [
        { metric: 'subs.phone', value: 1456789 },
        { metric: 'subs.phone', dims: { kind: 'mobile' }, value: 1420000 },
        { metric: 'subs.phone', dims: { kind: 'fixed' }, value: 36789 },
        { metric: 'subs.phone_density', value: 118.5 },
      ],
    },
    { text: 'Số thuê bao di động sử dụng điện thoại thông minh chiếm 75%.', only: true, facts: [{ metric: 'subs.smartphone_share', value: 75 }] },
    { text: 'Số thuê bao bị khoá 2 chiều là 1.250 thuê bao.', only: true, facts: [{ metric: 'subs.locked', dims: { kind: 'two_way' }, value: 1250 }] },
    {
      text: 'Tổng số Thuê bao đã khóa 1 chiều sau 31/3/2023 là 6.228 Thuê bao. Tổng số thuê bao đã khóa 2 chiều sau 15/4/2023 là 4.215 thuê bao.',
      only: true,
      facts: [
        { metric: 'subs.locked', dims: { kind: 'one_way' }, value: 6228 },
        { metric: 'subs.locked', dims: { kind: 'two_way' }, value: 4215 },
      ],
    },
    {
      text: '100% UBND cấp xã kết nối mạng truyền số liệu chuyên dùng; 70 thuê bao băng rộng di động (BRĐĐ)/100 dân; 81% thuê bao sử dụng điện thoại thông minh (SMP)/tổng thuê bao điện thoại di động; 23 thuê bao băng rộng cố định (BRCD)/100 dân; Tốc độ BRĐĐ (4G) đạt 38.05 Mbps.',
      only: true,
      facts: [
        { metric: 'subs.broadband_density', dims: { kind: 'mobile' }, value: 70 },
        { metric: 'subs.smartphone_share', value: 81 },
        { metric: 'subs.broadband_density', dims: { kind: 'fixed' }, value: 23 },
      ],
    },
    {
      text: 'Thuê bao Internet băng rộng cố định: 234.567 thuê bao, phát triển mới 12.345 thuê bao.',
      only: true,
      facts: [
        { metric: 'subs.broadband', dims: { kind: 'fixed' }, value: 234567 },
        { metric: 'subs.broadband_new', dims: { kind: 'fixed' }, value: 12345 },
      ],
    },
    {
      text: 'Tổng số thuê bao điện thoại di động là 1.234.567 thuê bao, phát triển mới 23.456 thuê bao.',
      only: true,
      facts: [
        { metric: 'subs.phone', dims: { kind: 'mobile' }, value: 1234567 },
        { metric: 'subs.phone_new', dims: { kind: 'mobile' }, value: 23456 },
      ],
    },
    { text: 'Thuê bao băng rộng cố định 410.000 thuê bao, trong đó FTTH 400.000 thuê bao.', only: true, facts: [{ metric: 'subs.broadband', dims: { kind: 'fixed' }, value: 410000 }] },
    {
      text: 'Thuê bao băng rộng cố định phát triển mới 5.000 thuê bao, nâng tổng số lên 150.000 thuê bao.',
      only: true,
      facts: [
        { metric: 'subs.broadband_new', dims: { kind: 'fixed' }, value: 5000 },
        { metric: 'subs.broadband', dims: { kind: 'fixed' }, value: 150000 },
      ],
    },
    { text: 'Trong quý, thuê bao di động trả trước tăng 20.000 thuê bao, nâng tổng số thuê bao lên 1.020.000 thuê bao.', only: true, facts: [{ metric: 'subs.phone', dims: { kind: 'mobile_prepaid' }, value: 1020000 }] },
    // A ';' after the parts of the stock closes them: the new ones are of the whole.
    {
      text: 'Tổng số thuê bao di động là 2,9 triệu thuê bao, trong đó thuê bao trả trước 2,5 triệu; phát triển mới 85.000 thuê bao.',
      only: true,
      facts: [
        { metric: 'subs.phone', dims: { kind: 'mobile' }, value: 2900000 },
        { metric: 'subs.phone', dims: { kind: 'mobile_prepaid' }, value: 2500000 },
        { metric: 'subs.phone_new', dims: { kind: 'mobile' }, value: 85000 },
      ],
    },
    // Across ';' from a stock that is no one's part, the new ones are not said to be of it.
    { text: 'Thuê bao di động trả trước: 2,5 triệu thuê bao; phát triển mới 85.000 thuê bao.', only: true, facts: [{ metric: 'subs.phone', dims: { kind: 'mobile_prepaid' }, value: 2500000 }] },
    { text: 'Các doanh nghiệp viễn thông đã khóa 12.300 thuê bao di động không chính chủ.', only: true, facts: [{ metric: 'subs.locked', value: 12300 }] },
    {
      text: 'Số thuê bao điện thoại cố định: 12.345 thuê bao; di động: 1.100.000 thuê bao (trả trước 1.000.000 thuê bao, trả sau 100.000 thuê bao).',
      only: true,
      facts: [
        { metric: 'subs.phone', dims: { kind: 'fixed' }, value: 12345 },
        { metric: 'subs.phone', dims: { kind: 'mobile' }, value: 1100000 },
        { metric: 'subs.phone', dims: { kind: 'mobile_prepaid' }, value: 1000000 },
        { metric: 'subs.phone', dims: { kind: 'mobile_postpaid' }, value: 100000 },
      ],
    },
    // An item with words of its own after ';' counts something else.
    { text: 'Số thuê bao điện thoại cố định: 12.345 thuê bao; xử lý 1.500 thuê bao.', only: true, facts: [{ metric: 'subs.phone', dims: { kind: 'fixed' }, value: 12345 }] },
    { text: 'Số thuê bao Internet băng rộng cố định (FTTH) đạt 150.000 thuê bao, tăng 8% so với cùng kỳ.', only: true, facts: [{ metric: 'subs.broadband', dims: { kind: 'fixed' }, value: 150000 }] },
    { text: 'Thuê bao băng rộng di động 3G/4G/5G: 900.000 thuê bao.', only: true, facts: [{ metric: 'subs.broadband', dims: { kind: 'mobile' }, value: 900000 }] },
    { text: 'Tổng số thuê bao điện thoại đạt hơn 1,2 triệu thuê bao.', only: true, facts: [{ metric: 'subs.phone', value: 1200000, qualifier: 'over' }] },
    {
      text: 'Thuê bao di động: trả trước 1.000.000 thuê bao, trả sau 100.000 thuê bao.',
      only: true,
      facts: [
        { metric: 'subs.phone', dims: { kind: 'mobile_prepaid' }, value: 1000000 },
        { metric: 'subs.phone', dims: { kind: 'mobile_postpaid' }, value: 100000 },
      ],
    },
    {
      text: 'Thuê bao internet băng rộng: 400.000 thuê bao (cố định 150.000 thuê bao, di động 250.000 thuê bao).',
      only: true,
      facts: [
        { metric: 'subs.broadband', value: 400000 },
        { metric: 'subs.broadband', dims: { kind: 'fixed' }, value: 150000 },
        { metric: 'subs.broadband', dims: { kind: 'mobile' }, value: 250000 },
      ],
    },
    // Per 100 inhabitants named before the number: a density, not a count.
    { text: 'Số thuê bao điện thoại/100 dân đạt 120.', only: true, facts: [{ metric: 'subs.phone_density', value: 120 }] },
    { text: 'Số thuê bao internet băng rộng cố định/100 dân đạt 25,4.', only: true, facts: [{ metric: 'subs.broadband_density', dims: { kind: 'fixed' }, value: 25.4 }] },
    { text: 'Mật độ điện thoại: 110 thuê bao/100 dân.', only: true, facts: [{ metric: 'subs.phone_density', value: 110 }] },
    {
      text: 'Thuê bao điện thoại: 1.650.000 thuê bao, trong đó:\n\n+ Di động trả trước: 1.400.000 thuê bao;\n\n+ Di động trả sau: 230.000 thuê bao;\n\n+ Cố định: 20.000 thuê bao.',
      only: true,
      facts: [
        { metric: 'subs.phone', value: 1650000 },
        { metric: 'subs.phone', dims: { kind: 'mobile_prepaid' }, value: 1400000 },
        { metric: 'subs.phone', dims: { kind: 'mobile_postpaid' }, value: 230000 },
        { metric: 'subs.phone', dims: { kind: 'fixed' }, value: 20000 },
      ],
    },
    // Counts after a stock that are not new ones are not read as new.
    {
      text: 'Thuê bao di động: 1.234.567 thuê bao, trong đó 20.000 thuê bao chưa chuẩn hóa thông tin; xử lý 1.500 thuê bao.',
      only: true,
      facts: [{ metric: 'subs.phone', dims: { kind: 'mobile' }, value: 1234567 }],
    },
  ],
  counterexamples: [
    ...more.counterexamples,
    // Which subscribers the total counts is not said: both kinds are named.
    'Thuê bao di động tăng 10.000 thuê bao, thuê bao băng rộng tăng 5.000 thuê bao, nâng tổng số lên 1.150.000 thuê bao.',
    // Per 100 households is another measure, and no count of subscribers.
    'Số thuê bao internet băng rộng cố định/100 hộ gia đình đạt 65.',
    'Mật độ thuê bao băng rộng cố định đạt 25,4 thuê bao/100 hộ gia đình.',
    'Đã mở khóa cho 1.200 thuê bao sau khi chuẩn hóa thông tin.',
    'Mật độ thuê bao điện thoại bình quân cả nước đạt 130 thuê bao/100 dân.',
    'Tổng số thuê bao điện thoại của tỉnh Khánh Hòa là 1.500.000 thuê bao.',
    'Đã xử lý 150 thuê bao di động phát tán tin nhắn rác.',
    'Tỷ lệ người dân sử dụng điện thoại thông minh chiếm 78%.',
    'Dân số trung bình của tỉnh năm 2021 là 596.049 người.',
    '90% dân số trưởng thành có điện thoại thông minh; 84% hộ gia đình có kết nối Internet băng rộng cáp quang.',
    'Bán kính phục vụ khoảng là 3km/1 điểm và bình quân 5,183 người/1 điểm phục vụ.',
    'Đề nghị Bộ Thông tin và Truyền thông chia sẻ dữ liệu về thuê bao điện thoại, internet để địa phương kết nối dữ liệu dân cư.',
  ],
};
