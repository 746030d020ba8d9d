// Trạm BTS (base stations), their sites, shared sites and controllers.
import * as more from './examples/bts.js';
import type { FamilyRules } from './types.js';

// Stations counted for something else than the stock: new ones, permits, violations, outages.
const NOT_THE_STOCK = ['built_new', 'station_trouble', 'trial', 'shared', 'controller', 'friendly', 'indoor', 'own_power'];

export const bts: FamilyRules = {
  family: 'bts',
  cues: {
    // A station is named as such: "trạm BTS", "trạm thu phát sóng", "trạm 4G"; a bare "trạm" only
    // in a sentence about such stations.
    station: [
      'trạm bts', 'bts', 'trạm thu phát sóng', 'trạm phát sóng', 'trạm gốc', 'trạm enodeb', 'trạm nodeb', 'trạm gnodeb', 'trạm vô tuyến',
      'trạm thu phát sóng thông tin di động', 'trạm thu phát sóng di động', 'trạm thu phát sóng điện thoại di động', 'trạm phát sóng di động',
      'trạm gốc thông tin di động', 'trạm thông tin di động', 'trạm bts 2g', 'trạm bts 3g', 'trạm bts 4g', 'trạm bts 5g',
      'trạm 2g', 'trạm 3g', 'trạm 4g', 'trạm 5g', 'trạm lte', 'trạm phát sóng 5g', 'trạm phát sóng 4g',
    ],
    station_word: ['trạm'],
    // Stations that are not base stations.
    other_station: [
      'trạm quan trắc', 'trạm bơm', 'trạm y tế', 'trạm biến áp', 'trạm kiểm lâm', 'trạm khí tượng', 'trạm thủy văn', 'trạm dừng', 'trạm thu phí', 'trạm cân', 'trạm xử lý',
      // Radio and television transmitters.
      'trạm phát sóng phát thanh', 'trạm phát thanh', 'trạm phát lại truyền hình', 'trạm truyền hình', 'trạm phát sóng truyền hình', 'trạm truyền thanh',
    ],
    site: ['vị trí trạm', 'vị trí nhà trạm', 'vị trí cột', 'vị trí đặt trạm', 'vị trí trạm bts', 'vị trí cột ăng ten', 'cột ăng ten', 'cột ăng ten thu phát sóng', 'nhà trạm', 'vị trí nhà trạm bts', 'cột ăng ten thu phát sóng thông tin di động', 'cột phát sóng'],
    site_word: ['vị trí', 'cột'],
    // A place, said bare: a site once the sentence names base stations ("1.320 trạm BTS, đặt tại 870 vị trí").
    site_place: ['vị trí', 'địa điểm'],
    controller: ['trạm điều khiển', 'bsc', 'trạm điều khiển bsc', 'trạm điều khiển thông tin di động', 'trạm điều khiển mạng thông tin di động', 'trạm điều khiển mạng di động', 'trạm điều khiển mạng'],
    shared: ['dùng chung', 'sử dụng chung', 'chia sẻ', 'dùng chung cơ sở hạ tầng', 'sử dụng chung cơ sở hạ tầng'],
    // Cable ducts and poles shared are not station sites.
    shared_cables: ['cột treo cáp', 'cống bể', 'cống bể cáp', 'cột điện', 'cột treo cáp viễn thông'],
    trial: ['phát sóng thử nghiệm', 'thử nghiệm'],
    // Indoor stations (IBS) are counted apart from base stations.
    indoor: ['trạm ibs', 'ibs', 'trong nhà', 'bên trong các tòa nhà', 'trong các tòa nhà', 'trong tòa nhà', 'tòa nhà cao tầng', 'phủ sóng trong nhà'],
    friendly: ['thân thiện', 'trạm bts thân thiện'],
    // Stations with a power source of their own are some of the stations, not all of them.
    own_power: ['năng lượng mặt trời', 'điện mặt trời', 'pin mặt trời', 'nguồn điện năng lượng mặt trời', 'năng lượng tái tạo', 'điện gió'],
    built_new: [
      'mới', 'xây dựng mới', 'phát triển mới', 'lắp đặt mới', 'lắp mới', 'thêm mới', 'tăng thêm', 'phát triển thêm', 'lắp đặt thêm', 'xây dựng thêm',
      'xây mới', 'đầu tư mới', 'đầu tư thêm', 'bổ sung thêm', 'phát triển', 'lắp thêm', 'dựng mới', 'xây dựng', 'chỉnh trang', 'cần thêm', 'cần', 'hỗ trợ lắp đặt',
      'được hỗ trợ', 'hỗ trợ kinh phí', 'được hỗ trợ kinh phí', 'đầu tư xây dựng',
    ],
    station_trouble: [
      'ngầm hóa', 'giấy phép', 'cấp phép', 'không phép', 'sai phép', 'vi phạm', 'thanh tra', 'kiểm tra', 'mất liên lạc', 'mất sóng', 'sự cố',
      'hư hỏng', 'gãy đổ', 'tháo dỡ', 'di dời', 'nâng cấp', 'được cấp phép', 'chưa có giấy phép', 'đã cấp phép', 'cấp giấy phép', 'đã cấp giấy phép', 'mất điện', 'bị mất điện',
      'ngừng phát sóng', 'ngừng hoạt động', 'tắt sóng', 'ngừng', 'bố trí lại', 'sắp xếp lại',
    ],
    '2G': ['2g', 'trạm 2g', 'trạm bts 2g'],
    '3G': ['3g', 'trạm 3g', 'trạm bts 3g'],
    '4G': ['4g', 'lte', 'trạm 4g', 'trạm lte', 'trạm bts 4g', 'trạm phát sóng 4g'],
    '5G': ['5g', 'trạm 5g', 'trạm bts 5g', 'trạm phát sóng 5g'],
    // Several technologies at once: a total, not one technology's stations.
    multi_tech: ['2g, 3g, 4g', '2g/3g/4g', '3g/4g', '2g, 3g', '3g, 4g', '3g và 4g', '4g/5g', '4g và 5g', '2g, 3g và 4g', '2g/3g', '3g/4g/5g', '4g, 5g', '2g, 3g, 4g, 5g'],
  },
  otherThings: ['other_station'],
  signatures: [
    // ("Số trạm điều khiển BSC: 6 trạm": a bare "trạm" once the words name a controller.)
    { id: 'bts/controllers', metric: 'bts.controllers', kinds: ['count'], thing: ['controller', 'station_word'], needs: [['controller']] },
    { id: 'bts/on-air-trial', metric: 'bts.stations_on_air_trial', kinds: ['count'], thing: ['station', 'station_word'], needs: [['trial']], needsSentence: [['station', 'site', 'trial']] },
    { id: 'bts/shared-sites', metric: 'bts.shared_sites', kinds: ['count'], thing: ['site', 'site_word', 'station', 'station_word'], needs: [['shared']], needsSentence: [['station', 'site']], veto: ['shared_cables', 'station_trouble', 'built_new'] },
    { id: 'bts/sites', metric: 'bts.sites', kinds: ['count'], thing: ['site', 'site_word'], needs: [['site']], veto: ['shared', 'built_new', 'station_trouble'] },
    { id: 'bts/sites-by-place', metric: 'bts.sites', kinds: ['count'], thing: ['site_place'], needsSentence: [['station']], veto: ['shared', 'built_new', 'station_trouble', 'shared_cables', 'other_station'], precedence: -1 },
    { id: 'bts/shared-sites-share', metric: 'bts.shared_sites_share', kinds: ['percent'], thing: ['site', 'station', 'station_word', 'site_word'], needs: [['shared']], needsSentence: [['station', 'site']], veto: ['shared_cables'] },
    // A station named as such, in its unit or (after a bare "trạm") in its words: "nâng tổng số trạm BTS lên 3.100 trạm".
    { id: 'bts/stations', metric: 'bts.stations', kinds: ['count'], thing: ['station', 'station_word'], needs: [['station']], veto: [...NOT_THE_STOCK, 'other_station'] },
    // A bare "trạm" whose words name one technology's network ("Mạng 4G với 987 trạm", "Hạ tầng 5G: 40 trạm").
    { id: 'bts/stations-of-a-technology', metric: 'bts.stations', kinds: ['count'], thing: ['station_word'], needs: [['2G', '3G', '4G', '5G']], veto: [...NOT_THE_STOCK, 'other_station', 'multi_tech', 'raised_to'], generic: true, precedence: -1 },
    // A bare "trạm" in a sentence that names base stations or their sites ("1.491 cột ăng ten (3.560 trạm)").
    { id: 'bts/stations-by-word', metric: 'bts.stations', kinds: ['count'], thing: ['station_word'], needsSentence: [['station', 'site']], veto: [...NOT_THE_STOCK, 'other_station', 'raised_to'], generic: true },
  ],
  idioms: [
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
    'bts.stations': { tech: { '2G': { any: ['2G'], unless: ['multi_tech'] }, '3G': { any: ['3G'], unless: ['multi_tech'] }, '4G': { any: ['4G'], unless: ['multi_tech'] }, '5G': { any: ['5G'], unless: ['multi_tech'] } } },
    'bts.stations_on_air_trial': { tech: { '2G': ['2G'], '3G': ['3G'], '4G': ['4G'], '5G': ['5G'] } },
  },
  shareOf: { 'bts.shared_sites': 'bts.shared_sites_share' },
  dimsFromSentence: ['bts.stations_on_air_trial'],
  indicators: [
    { metric: 'bts.stations', labels: ['Số trạm BTS', 'Tổng số trạm thu phát sóng thông tin di động'] },
    { metric: 'bts.shared_sites_share', labels: ['Tỷ lệ trạm BTS dùng chung vị trí', 'Tỷ lệ vị trí trạm BTS sử dụng chung'] },
    { metric: 'bts.sites', labels: ['Cột ăng ten thu phát sóng thông tin di động', 'Số cột ăng ten thu phát sóng'] },
  ],
  examples: [
    ...more.examples,
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
    ...more.counterexamples,
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
