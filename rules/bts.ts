// Trạm BTS (base stations), their sites, shared sites and controllers.
import type { FamilyRules } from './types.js';

const TECH = { '2G': /\b2g\b/, '3G': /\b3g\b/, '4G': /\b4g\b|\blte\b/, '5G': /\b5g\b/ };
// A station is named as such: "trạm BTS", "trạm thu phát sóng", "trạm 4G"; a bare "trạm" is not
// enough (monitoring stations, postal points…).
const STATION = '(?:trạm (?:bts|thu phát sóng|phát sóng|gốc|[2345]g|enodeb|nodeb|gnodeb|vô tuyến)|bts\\b)';

export const bts: FamilyRules = {
  family: 'bts',
  rules: [
    { id: 'bts/controllers', metric: 'bts.controllers', kinds: ['count'], pattern: /# (?:trạm )?(?:điều khiển[^#]*bsc|bsc\b)/ },
    { id: 'bts/on-air-trial', metric: 'bts.stations_on_air_trial', kinds: ['count'], pattern: /phát sóng thử nghiệm[^#]*# trạm|# trạm[^#]*phát sóng thử nghiệm/ },
    {
      id: 'bts/shared-sites',
      metric: 'bts.shared_sites',
      kinds: ['count'],
      pattern: /# (?:vị trí|cột|trạm|nhà trạm)[^#]*(?:dùng chung|sử dụng chung)|(?:vị trí|cột|nhà trạm|trạm)[^#]*(?:dùng chung|sử dụng chung)[^#]{0,20}(?:là|:|đạt)\s*#/,
      unless: /cột treo cáp|cống bể/,
    },
    {
      id: 'bts/sites',
      metric: 'bts.sites',
      kinds: ['count'],
      pattern: /# vị trí (?:nhà )?(?:trạm|cột)|số vị trí (?:nhà )?(?:trạm|cột)(?: bts| thu phát sóng)?[^#]{0,30}(?:là|:|đạt|có)\s*#/,
      unless: /dùng chung|sử dụng chung|xây dựng mới|phát triển mới|cấp phép|giấy phép|vi phạm|ngầm hóa|di dời/,
    },
    { id: 'bts/shared-sites-share', metric: 'bts.shared_sites_share', kinds: ['percent'], pattern: /# (?:trạm bts|trạm|vị trí|cột)[^#]*dùng chung|tỷ lệ[^#]*(?:trạm bts|vị trí)[^#]*dùng chung/, unless: /cột treo cáp|cống bể/ },
    {
      id: 'bts/stations',
      metric: 'bts.stations',
      kinds: ['count'],
      pattern: new RegExp(`# ${STATION}|(?:số|tổng số|có|lắp đặt)(?: \\S+){0,2} ${STATION}[^#]{0,40}(?:là|đạt|lên|:)\\s*#|${STATION}(?: [2-5]g)?\\s*:\\s*#`),
      // New stations built in the period are not the stock of stations, nor are stations counted
      // for a permit, a violation or an outage.
      unless: /dùng chung|vị trí|điều khiển|thử nghiệm|thân thiện|xây dựng mới|phát triển mới|lắp (?:đặt )?mới|thêm mới|tăng thêm|phát triển thêm|ngầm hóa|giấy phép|cấp phép|không phép|sai phép|vi phạm|thanh tra|kiểm tra|mất liên lạc|mất sóng|sự cố|hư hỏng|gãy đổ|tháo dỡ|di dời/,
    },
    {
      // "lắp đặt mới 120 trạm BTS, nâng tổng số trạm lên 2.980 trạm": the stock after the new ones,
      // named by a bare "trạm" once its ';' item has said which stations (and no technology, or
      // the total might be of that technology's stations only).
      id: 'bts/stations-raised-to',
      metric: 'bts.stations',
      kinds: ['count'],
      pattern: /(?:nâng|đưa)(?: tổng)? số (?:trạm )?(?:[^#]{0,40} )?lên # trạm\b/,
      namedBefore: /^(?!.*\b[2-5]g\b).*(?:trạm (?:bts|thu phát sóng|phát sóng|gốc)|\bbts\b)/,
      unless: /dùng chung|vị trí|điều khiển|thử nghiệm|thân thiện|ngầm hóa|giấy phép|cấp phép|không phép|sai phép|vi phạm/,
    },
  ],
  dims: {
    'bts.stations': { tech: TECH },
    'bts.stations_on_air_trial': { tech: TECH },
  },
  shareOf: { 'bts.shared_sites': 'bts.shared_sites_share' },
  dimsFromSentence: ['bts.stations_on_air_trial'],
  indicators: [
    { metric: 'bts.stations', labels: ['Số trạm BTS', 'Tổng số trạm thu phát sóng thông tin di động'] },
    { metric: 'bts.shared_sites_share', labels: ['Tỷ lệ trạm BTS dùng chung vị trí', 'Tỷ lệ vị trí trạm BTS sử dụng chung'] },
    { metric: 'bts.sites', labels: ['Cột ăng ten thu phát sóng thông tin di động', 'Số cột ăng ten thu phát sóng'] },
  ],
  examples: [
    {
      text: 'Có 187 điểm chuyển mạch; 825 tuyến cáp quang với tổng chiều dài 7.312 km, 1.911 trạm BTS (502 trạm 2G, 718 trạm 3G, 691 trạm 4G), 674 vị trí trạm BTS (220 vị trí cột ăngten sử dụng chung), 09 trạm điều khiển thông tin di động BSC.',
      only: true,
      facts: [
        { metric: 'bts.stations', value: 1911 },
        { metric: 'bts.stations', dims: { tech: '2G' }, value: 502 },
        { metric: 'bts.stations', dims: { tech: '3G' }, value: 718 },
        { metric: 'bts.stations', dims: { tech: '4G' }, value: 691 },
        { metric: 'bts.sites', value: 674 },
        { metric: 'bts.shared_sites', value: 220 },
        { metric: 'bts.controllers', value: 9 },
      ],
    },
    {
      text: 'Đã lắp đặt 75 trạm 5G (5G NSA), đã phát sóng thử nghiệm 6 trạm.',
      only: true,
      facts: [
        { metric: 'bts.stations', dims: { tech: '5G' }, value: 75 },
        { metric: 'bts.stations_on_air_trial', dims: { tech: '5G' }, value: 6 },
      ],
    },
    { text: '100% thôn được phủ băng rộng cố định; 13% trạm BTS dùng chung vị trí; 100% dùng chung cột treo cáp; 38% dùng chung cống bể cáp.', only: true, facts: [{ metric: 'bts.shared_sites_share', value: 13 }] },
    {
      text: 'Tổng số trạm BTS trên địa bàn tỉnh là 2.345 trạm, trong đó: trạm 4G: 1.234, trạm 5G: 56.',
      only: true,
      facts: [
        { metric: 'bts.stations', value: 2345 },
        { metric: 'bts.stations', dims: { tech: '4G' }, value: 1234 },
        { metric: 'bts.stations', dims: { tech: '5G' }, value: 56 },
      ],
    },
    {
      text: 'Hạ tầng viễn thông: tổng số trạm thu phát sóng di động (BTS) là 2.456 trạm, trong đó trạm 5G là 120 trạm; số vị trí nhà trạm dùng chung là 380 vị trí.',
      only: true,
      facts: [
        { metric: 'bts.stations', value: 2456 },
        { metric: 'bts.stations', dims: { tech: '5G' }, value: 120 },
        { metric: 'bts.shared_sites', value: 380 },
      ],
    },
    {
      text: 'Số trạm BTS: 3.200 trạm (2G: 1.000 trạm; 3G: 1.100 trạm; 4G: 1.100 trạm).',
      only: true,
      facts: [
        { metric: 'bts.stations', value: 3200 },
        { metric: 'bts.stations', dims: { tech: '2G' }, value: 1000 },
        { metric: 'bts.stations', dims: { tech: '3G' }, value: 1100 },
        { metric: 'bts.stations', dims: { tech: '4G' }, value: 1100 },
      ],
    },
    {
      text: 'Trong năm 2024 đã đưa vào phát sóng thử nghiệm 120 trạm 5G, nâng tổng số trạm BTS lên 3.100 trạm.',
      only: true,
      facts: [
        { metric: 'bts.stations_on_air_trial', dims: { tech: '5G' }, value: 120 },
        { metric: 'bts.stations', value: 3100 },
      ],
    },
    // A bullet opening "Trong đó" lists the parts of the figure in the bullet before it.
    {
      text: '- Tổng số trạm BTS: 2.876 trạm.\n\n- Trong đó: 2G: 612 trạm; 3G: 890 trạm; 4G: 1.374 trạm.',
      only: true,
      facts: [
        { metric: 'bts.stations', value: 2876 },
        { metric: 'bts.stations', dims: { tech: '2G' }, value: 612 },
        { metric: 'bts.stations', dims: { tech: '3G' }, value: 890 },
        { metric: 'bts.stations', dims: { tech: '4G' }, value: 1374 },
      ],
    },
    // An item named only by another technology continues the list, across ';' and at the sentence's end.
    {
      text: 'Số trạm BTS 4G: 1.200 trạm; 5G: 50 trạm.',
      only: true,
      facts: [
        { metric: 'bts.stations', dims: { tech: '4G' }, value: 1200 },
        { metric: 'bts.stations', dims: { tech: '5G' }, value: 50 },
      ],
    },
    { text: 'Trong năm, các doanh nghiệp đã lắp đặt mới 120 trạm BTS, nâng tổng số trạm lên 2.980 trạm.', only: true, facts: [{ metric: 'bts.stations', value: 2980 }] },
    { text: 'Lắp đặt mới 85 trạm thu phát sóng thông tin di động, nâng tổng số trên địa bàn tỉnh lên 2.310 trạm.', only: true, facts: [{ metric: 'bts.stations', value: 2310 }] },
    {
      text: 'Số trạm BTS 4G là 1.500 trạm, 5G là 80 trạm.',
      only: true,
      facts: [
        { metric: 'bts.stations', dims: { tech: '4G' }, value: 1500 },
        { metric: 'bts.stations', dims: { tech: '5G' }, value: 80 },
      ],
    },
    { text: 'Toàn tỉnh có gần 2 nghìn trạm BTS.', only: true, facts: [{ metric: 'bts.stations', value: 2000, qualifier: 'approx' }] },
    { text: 'Hiện có 1.540 trạm gốc thông tin di động trên địa bàn.', only: true, facts: [{ metric: 'bts.stations', value: 1540 }] },
    { text: 'Toàn tỉnh hiện có 2.145 trạm thu phát sóng thông tin di động, tăng 120 trạm so với năm 2022.', facts: [{ metric: 'bts.stations', value: 2145 }] },
    {
      text: 'Tổng số vị trí nhà trạm là 1.235 vị trí, trong đó có 320 vị trí dùng chung cơ sở hạ tầng, chiếm 25,9%.',
      only: true,
      facts: [
        { metric: 'bts.sites', value: 1235 },
        { metric: 'bts.shared_sites', value: 320 },
        { metric: 'bts.shared_sites_share', value: 25.9 },
      ],
    },
  ],
  counterexamples: [
    // Grouped with a plain space, or two numbers: no sure reading.
    'Tổng số trạm BTS là 1 234 trạm.',
    'Trong kỳ đã cấp phép xây dựng mới 25 vị trí trạm BTS.',
    'Tỉnh Lâm Đồng hiện có 2.100 trạm BTS, cao hơn tỉnh ta.',
    'Trong năm, các doanh nghiệp đã xây dựng mới 120 trạm BTS, nâng cấp 300 trạm lên 4G.',
    'Thực hiện 02 cuộc thanh tra đối với 15 doanh nghiệp viễn thông, phát hiện 3 trạm BTS xây dựng không phép.',
    'Cấp giấy phép xây dựng cho 45 trạm BTS trong năm.',
    'Trong đợt bão, có 320 trạm BTS bị mất liên lạc.',
    'Quan trắc nước thải: có 02 trạm đang hoạt động tốt (Nhà máy khăn bông Quảng Phú, Nhà máy bia SG-NT).',
    'Hạ tầng mạng truyền dẫn cáp quang để cung cấp dịch vụ internet cố định băng rộng và dịch vụ truy nhập internet 3G, 4G được phủ đến 100% số thôn có dân cư.',
    'Triển khai mô hình điểm trạm BTS thân thiện tại 3 tuyến đường.',
    // Which stations the total counts is not said: all of them, or the 5G ones?
    'Lắp đặt mới 60 trạm 5G, nâng tổng số trạm lên 450 trạm.',
    // Stations, but not base stations.
    'Xây dựng mới 12 trạm quan trắc môi trường, nâng tổng số trạm lên 40 trạm.',
    'Cấp phép cho 45 trạm BTS, nâng tổng số trạm được cấp phép lên 2.000 trạm.',
  ],
};
