// Hồ sơ thủ tục hành chính (dossiers) and dịch vụ công trực tuyến (online public services).
import type { FamilyRules, MetricRule } from './types.js';

// "hồ sơ", also the clipped "hồ tiếp nhận" some reports write.
const HS = '(?:hồ sơ|hồ(?= (?:tiếp nhận|được|đã|giải quyết)))';
// On time: "đúng hạn", "trước và đúng hạn", "sớm hạn và đúng hạn"; early alone ("trước hạn") is only part of it.
const ON_TIME_WITH_EARLY = '(?:(?:trước|sớm)(?: hạn)? (?:và|hoặc|,) đúng hạn|đúng (?:và|hoặc) (?:trước|sớm) hạn|đúng hạn,? (?:và |hoặc )?(?:trước|sớm) hạn)';
const ON_TIME = `(?:${ON_TIME_WITH_EARLY}|đúng hạn)`;
// The national portal counts early ("trước hạn"), on the day ("đúng hạn") and late apart: beside an
// early count, "đúng hạn" alone is only its own part of "sớm hạn và đúng hạn".
const EARLY_APART = /(?<!đúng hạn,? (?:và |hoặc )?)(?:trước|sớm) hạn(?! (?:và|hoặc),? đúng)(?!,? đúng)[^;\d]{0,12}\d|\d hồ sơ (?:được |đã )*(?:giải quyết )?(?:trước|sớm) hạn(?! (?:và|hoặc),? đúng)(?!,? đúng)/u;
// The last state named before the figure is pending ("đang/chưa giải quyết"), not done.
const PENDING_BEFORE = /(?:(?:đang|chưa) (?:được )?(?:giải quyết|xử lý)|còn tồn|tồn đọng)(?:(?!(?:đã|được) (?:được )?giải quyết|giải quyết xong).)*$/;
const DVC = '(?:dvctt|dvc trực tuyến|dịch vụ công trực tuyến|dịch vụ công|thủ tục hành chính trực tuyến)';
// Dossiers of other kinds (permits, appraisals, tenders, complaints), and one sector's dossiers
// ("hồ sơ đăng ký kinh doanh", "… lĩnh vực đất đai"), which are not the province's total.
const NOT_TTHC = /cấp phép|giấy phép|tần số|xin phép|thẩm định|dự án|mời thầu|dự thầu|khiếu nại|tố cáo|đăng ký kinh doanh|đăng ký doanh nghiệp|hộ tịch|đất đai|lý lịch tư pháp|chứng thực|bảo hiểm xã hội|\bbhxh\b|thuế|hải quan|(?<!các |nhiều |mọi )lĩnh vực(?! khác)/;
// "buru chính" is a typo that occurs in real reports.
const POSTAL = 'bưu chính|buru chính|bcci|bưu điện';
const CHANNEL = {
  // Through the public service portal ("qua Cổng dịch vụ công") is online; the back-office system
  // ("trên hệ thống dịch vụ công") records every channel and says none.
  online: /(?<!dịch vụ công |dvc |cổng )trực tuyến|qua mạng|môi trường mạng|\bonline\b|qua cổng (?:dịch vụ công|dvc)/,
  direct: /trực tiếp/,
  postal: new RegExp(POSTAL),
};

const RESOLVED_HEAD = /^(?:số |tổng số )?(?:hồ sơ )?(?:đã )?giải quyết$/;
const PENDING_HEAD = /đang giải quyết|chưa giải quyết|tồn/;

/** Dossiers resolved in one way ("trễ hạn", "sớm hạn và đúng hạn"): its words after "giải quyết"
 *  before the count, after the count, or right before it; never of those still pending. */
const resolvedAs = (id: string, metric: string, state: string, extra: Partial<MetricRule> = {}): MetricRule => ({
  id,
  metric,
  kinds: ['count', 'ratio'],
  pattern: new RegExp(`(?:giải quyết|xử lý)[^#;]*${state}[^#]*# ${HS}|# ${HS}[^#]*${state}|(?:^|\\s)${state}(?: \\S+){0,2}\\s*(?:là|:)?\\s*# ${HS}`),
  unless: /(?:đang|chưa) (?:được )?(?:giải quyết|xử lý)/,
  unlessBefore: PENDING_BEFORE,
  ...extra,
});

export const dossier: FamilyRules = {
  family: 'dossier',
  rules: [
    resolvedAs('dossier/resolved-late', 'dossier.resolved_late', '(?:trễ hạn|quá hạn)'),
    resolvedAs('dossier/resolved-ontime', 'dossier.resolved_ontime', ON_TIME_WITH_EARLY),
    resolvedAs('dossier/resolved-ontime-bare', 'dossier.resolved_ontime', ON_TIME, { unlessSentence: EARLY_APART }),
    {
      id: 'dossier/resolved',
      metric: 'dossier.resolved',
      kinds: ['count', 'ratio'],
      pattern: new RegExp(`${HS}[^#]*(?:đã|được) (?:được )?(?:giải quyết|xử lý)[^#]*# ${HS}|(?:đã|được) giải quyết[^#]*# ${HS}|# ${HS} (?:đã |được )+giải quyết|${HS} (?:đã |được )+(?:giải quyết|xử lý)[^#]{0,30}(?:là|:)\\s*# `),
    },
    { id: 'dossier/synced-national', metric: 'dossier.synced_national', kinds: ['count', 'ratio'], pattern: new RegExp(`đồng bộ[^#]*# ${HS}|# ${HS}[^#]*đồng bộ`) },
    { id: 'dossier/returned', metric: 'dossier.returned', kinds: ['count', 'ratio'], pattern: new RegExp(`trả kết quả[^#]*# |# ${HS}[^#]*trả kết quả`), unless: NOT_TTHC },
    {
      id: 'dossier/received',
      metric: 'dossier.received',
      kinds: ['count', 'ratio'],
      pattern: new RegExp(`(?:tiếp nhận|phát sinh|nộp)[^#]*# ${HS}|${HS} (?:\\S+ ){0,3}(?:tiếp nhận|phát sinh|nộp)[^#]*# |# ${HS} (?:được )?(?:tiếp nhận|phát sinh|nộp)`),
      // Dossiers of other kinds: permits, frequencies, project appraisals, tenders, complaints; and
      // those of fully or partly online services ("hồ sơ trực tuyến toàn trình"), a part of the
      // online ones that no channel names.
      unless: new RegExp(`${NOT_TTHC.source}|toàn trình|một phần`),
    },
    {
      id: 'dossier/eservices-integrated',
      metric: 'eservice.integrated_national',
      kinds: ['count', 'ratio'],
      // Services put on the national portal ("… 1.234/1.500 DVCTT lên Cổng DVC quốc gia") are the integrated ones.
      pattern: new RegExp(`(?:tích hợp|đồng bộ|kết nối)[^#]*# ${DVC}|# ${DVC} (?:đã |được )*(?:tích hợp|đồng bộ)|# ${DVC}[^#]*(?:lên|trên) cổng (?:dịch vụ công|dvc) quốc gia`),
      // Integrated with online payment, identity or signing: not with the national portal.
      unless: /thanh toán|định danh|vneid|chữ ký số|ký số/,
    },
    {
      id: 'dossier/eservices',
      metric: 'eservice.count',
      kinds: ['count', 'ratio'],
      pattern: new RegExp(`# ${DVC}|${DVC}[^#]{0,30}(?:mức độ|mức) [34]:? #|(?:số|tổng số) ${DVC}[^#]{0,30}(?:là|:|có)\\s*# |${DVC} (?:toàn trình|một phần)\\s*(?:là|:)\\s*# `),
      unless: /phát sinh hồ sơ|cung cấp trên|tiếp nhận|tỷ lệ|tích hợp|đồng bộ/,
    },
    // Shares stated as a description: "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", "61% số hồ sơ phát sinh trực tuyến".
    { id: 'dossier/eservices-with-dossiers-share', metric: 'dossier.eservice_with_dossier_share', kinds: ['percent'], pattern: new RegExp(`${DVC}[^#]*(?:có )?phát sinh hồ sơ`), head: true },
    { id: 'dossier/resolved-late-share', metric: 'dossier.resolved_late_share', kinds: ['percent'], pattern: /tỷ lệ[^#]*hồ sơ[^#]*(?:trễ hạn|quá hạn)|# (?:số )?hồ sơ[^#]*(?:trễ hạn|quá hạn)/, head: true },
    // Early alone ("tỷ lệ hồ sơ giải quyết trước hạn") is only a part of it, and so is "đúng hạn"
    // beside an early count.
    { id: 'dossier/resolved-ontime-share', metric: 'dossier.resolved_ontime_share', kinds: ['percent'], pattern: new RegExp(`tỷ lệ[^#]*hồ sơ[^#]*${ON_TIME}|# (?:số )?hồ sơ[^#]*${ON_TIME}`), unless: /đúng quy trình/, unlessSentence: EARLY_APART, head: true },
    { id: 'dossier/synced-national-share', metric: 'dossier.synced_national_share', kinds: ['percent'], pattern: /tỷ lệ[^#]*hồ sơ[^#]*đồng bộ|đồng bộ[^#]*hồ sơ[^#]*#/, head: true },
    { id: 'dossier/returned-share', metric: 'dossier.returned_share', kinds: ['percent'], pattern: /tỷ lệ[^#]*(?:hồ sơ)?[^#]*trả kết quả/, head: true },
    {
      id: 'dossier/received-share',
      metric: 'dossier.received_share',
      kinds: ['percent'],
      pattern: new RegExp(`tỷ lệ (?:tiếp nhận )?hồ sơ[^#]*(?:trực tuyến|qua mạng|trực tiếp|${POSTAL})|tỷ lệ tiếp nhận hồ sơ|# (?:số )?hồ sơ (?:\\S+ ){0,3}(?:trực tuyến|qua mạng)`),
      // "hồ sơ trực tuyến toàn trình" is a narrower indicator than dossiers received online.
      unless: /đúng hạn|trễ hạn|quá hạn|đồng bộ|thanh toán|toàn trình|một phần/,
      head: true,
    },
    { id: 'dossier/integrated-share', metric: 'eservice.integrated_national_share', kinds: ['percent'], pattern: new RegExp(`tỷ lệ[^#]*${DVC}[^#]*(?:tích hợp|đồng bộ)`) },
    { id: 'dossier/eservices-share', metric: 'eservice.share', kinds: ['percent'], pattern: new RegExp(`tỷ lệ(?: \\S+){0,2} ${DVC} (?:toàn trình|một phần|mức độ [34]|mức [34])`) },
  ],
  dims: {
    'dossier.received': { channel: CHANNEL },
    'dossier.received_share': { channel: CHANNEL },
    'dossier.returned': { channel: CHANNEL },
    'dossier.returned_share': { channel: CHANNEL },
    'eservice.count': { kind: { full: /toàn trình/, partial: /một phần/, level3: /mức (?:độ )?3/, level4: /mức (?:độ )?4/ } },
    'eservice.share': { kind: { full: /toàn trình/, partial: /một phần/, level3: /mức (?:độ )?3/, level4: /mức (?:độ )?4/ } },
  },
  notWithLater: { 'dossier.received': /kỳ trước chuyển|từ kỳ trước|tồn (?:từ )?kỳ trước|kỳ trước (?:còn )?tồn/ },
  shareOf: {
    'dossier.received': 'dossier.received_share',
    'dossier.returned': 'dossier.returned_share',
    'dossier.resolved_ontime': 'dossier.resolved_ontime_share',
    'dossier.resolved_late': 'dossier.resolved_late_share',
    'dossier.synced_national': 'dossier.synced_national_share',
    'eservice.count': 'eservice.share',
    'eservice.integrated_national': 'eservice.integrated_national_share',
  },
  wholeOf: {
    'dossier.received': { metric: 'dossier.received', drop: ['channel'] },
    'dossier.returned': { metric: 'dossier.returned', drop: ['channel'] },
    'dossier.synced_national': { metric: 'dossier.received', drop: [] },
    'dossier.resolved_ontime': { metric: 'dossier.resolved', drop: [] },
    'dossier.resolved_late': { metric: 'dossier.resolved', drop: [] },
    'eservice.integrated_national': { metric: 'eservice.count', drop: [] },
    'eservice.count': { metric: 'eservice.count', drop: ['kind'] },
  },
  // A table of results per level or unit under a TTHC heading: "Cấp | Tiếp nhận | Đã giải quyết |
  // Trước hạn | Đúng hạn | Trễ hạn". Not a table of complaints, which has the same heads.
  shortHeads: {
    about: /hồ sơ|thủ tục hành chính|tthc|dịch vụ công/,
    notAbout: /khiếu nại|tố cáo|đơn thư|kiến nghị|phản ánh/,
    heads: [
      { head: /^(?:số |tổng số )?(?:hồ sơ )?(?:đã )?tiếp nhận$/, metric: 'dossier.received' },
      { head: RESOLVED_HEAD, metric: 'dossier.resolved' },
      // How they were resolved: only beside a resolved column, and not beside a pending one.
      { head: /^(?:giải quyết )?(?:trễ hạn|quá hạn)$/, metric: 'dossier.resolved_late', withHead: RESOLVED_HEAD, unlessHead: PENDING_HEAD },
      { head: new RegExp(`^(?:giải quyết )?${ON_TIME_WITH_EARLY}$`), metric: 'dossier.resolved_ontime', withHead: RESOLVED_HEAD, unlessHead: PENDING_HEAD },
      { head: /^(?:giải quyết )?đúng hạn$/, metric: 'dossier.resolved_ontime', withHead: RESOLVED_HEAD, unlessHead: new RegExp(`^(?:giải quyết )?(?:trước|sớm) hạn$|${PENDING_HEAD.source}`) },
    ],
  },
  indicators: [
    { metric: 'dossier.received_share', dims: { channel: 'online' }, labels: ['Tỷ lệ hồ sơ TTHC xử lý trực tuyến', 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến', 'Tỷ lệ tiếp nhận hồ sơ trực tuyến', 'Tỷ lệ hồ sơ trực tuyến'] },
    { metric: 'dossier.received_share', dims: { channel: 'postal' }, labels: ['Tỷ lệ hồ sơ tiếp nhận qua dịch vụ bưu chính công ích'] },
    { metric: 'dossier.eservice_with_dossier_share', labels: ['Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ', 'Tỷ lệ DVCTT có phát sinh hồ sơ'] },
    { metric: 'dossier.resolved_ontime_share', labels: ['Tỷ lệ hồ sơ giải quyết đúng hạn', 'Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn'] },
    { metric: 'dossier.synced_national_share', labels: ['Tỷ lệ hồ sơ đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia'] },
    { metric: 'eservice.integrated_national_share', labels: ['Tỷ lệ dịch vụ công trực tuyến tích hợp lên Cổng Dịch vụ công quốc gia'] },
    { metric: 'eservice.share', dims: { kind: 'full' }, labels: ['Tỷ lệ dịch vụ công trực tuyến toàn trình'] },
    { metric: 'dossier.received', labels: ['Số hồ sơ tiếp nhận', 'Tổng số hồ sơ tiếp nhận'] },
    { metric: 'dossier.received', dims: { channel: 'online' }, labels: ['Số hồ sơ tiếp nhận trực tuyến'] },
    { metric: 'dossier.resolved', labels: ['Số hồ sơ đã giải quyết'] },
    { metric: 'eservice.count', labels: ['Số dịch vụ công trực tuyến', 'Tổng số DVCTT'] },
  ],
  examples: [
    {
      text: 'Từ ngày 01/01/2023 đến 25/5/2023 trên hệ thống Dịch vụ công tỉnh tiếp nhận 132.667 hồ sơ trong đó: cấp tỉnh 91.773 hồ sơ (trong đó có 16.325 hồ sơ tiếp nhận trực tiếp chiếm 17,79%, 75.284 hồ sơ tiếp nhận trực tuyến chiếm 82,03%, 164 hồ sơ tiếp nhận qua bưu chính công ích chiếm 0,13 %); Cấp huyện 6.177 hồ sơ.',
      only: true,
      facts: [
        { metric: 'dossier.received', value: 132667 },
        { metric: 'dossier.received', dims: { level: 'province' }, value: 91773 },
        { metric: 'dossier.received', dims: { level: 'province', channel: 'direct' }, value: 16325 },
        { metric: 'dossier.received_share', dims: { level: 'province', channel: 'direct' }, value: 17.79 },
        { metric: 'dossier.received', dims: { level: 'province', channel: 'online' }, value: 75284 },
        { metric: 'dossier.received_share', dims: { level: 'province', channel: 'online' }, value: 82.03 },
        { metric: 'dossier.received', dims: { level: 'province', channel: 'postal' }, value: 164 },
        { metric: 'dossier.received_share', dims: { level: 'province', channel: 'postal' }, value: 0.13 },
        { metric: 'dossier.received', dims: { level: 'district' }, value: 6177 },
      ],
    },
    {
      text: 'Cấp huyện: 4.408 hồ sơ (1.013 hồ tiếp nhận trực tiếp, 3.395 hồ sơ tiếp nhận qua mạng, 0 hồ sơ tiếp nhận qua BCCI).',
      facts: [
        { metric: 'dossier.received', dims: { level: 'district', channel: 'direct' }, value: 1013 },
        { metric: 'dossier.received', dims: { level: 'district', channel: 'online' }, value: 3395 },
        { metric: 'dossier.received', dims: { level: 'district', channel: 'postal' }, value: 0 },
      ],
    },
    {
      text: 'Tổng số hồ sơ đã được giải quyết là 131.124 hồ sơ, trong đó số hồ sơ đã giải quyết sớm hạn và đúng hạn là 130.583 hồ sơ chiếm 99,59%, số hồ sơ đã giải quyết trễ hạn là 541 hồ sơ chiếm 0,41%.',
      only: true,
      facts: [
        { metric: 'dossier.resolved', value: 131124 },
        { metric: 'dossier.resolved_ontime', value: 130583 },
        { metric: 'dossier.resolved_ontime_share', value: 99.59 },
        { metric: 'dossier.resolved_late', value: 541 },
        { metric: 'dossier.resolved_late_share', value: 0.41 },
      ],
    },
    {
      text: 'Tỷ lệ tiếp nhận hồ sơ trực tuyến trên địa bàn tỉnh 47.934/67.555 hồ sơ đạt 70,96% (cấp tỉnh: 29.465/40.992 hồ sơ đạt 71,88%; cấp xã: 15.074/22.115 hồ sơ đạt 68,16%).',
      facts: [
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 47934 },
        { metric: 'dossier.received', value: 67555 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 70.96 },
        { metric: 'dossier.received_share', dims: { level: 'province', channel: 'online' }, value: 71.88 },
        { metric: 'dossier.received_share', dims: { level: 'commune', channel: 'online' }, value: 68.16 },
      ],
    },
    {
      text: 'Tỷ lệ tiếp nhận hồ sơ trực tuyến trên địa bàn tỉnh 106.481/132.667 hồ sơ đạt 80,26%, vượt 10,26% so với chỉ tiêu phát triển Chính quyền số năm 2023 (70%); Tỷ lệ tiếp nhận hồ sơ trực tiếp 26.021/132.667 hồ sơ đạt 19,61%. Đồng bộ trạng thái lên Cổng Dịch vụ công Quốc gia 118.675/132.667 hồ sơ đạt 89,45%.',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 106481 },
        { metric: 'dossier.received', value: 132667 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 80.26 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 70, basis: 'target' },
        { metric: 'dossier.received', dims: { channel: 'direct' }, value: 26021 },
        { metric: 'dossier.received_share', dims: { channel: 'direct' }, value: 19.61 },
        { metric: 'dossier.synced_national', value: 118675 },
        { metric: 'dossier.synced_national_share', value: 89.45 },
      ],
    },
    {
      text: 'Số hồ sơ tiếp nhận qua dịch vụ bưu chính công ích đạt 860/148.962 (chiếm 0,58%, tăng 106,73 %); Số hồ sơ trả kết quả qua dịch vụ bưu chính công ích đạt 45.974/140.408 (chiếm 32,74 %, tăng 62,88%).',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { channel: 'postal' }, value: 860 },
        { metric: 'dossier.received', value: 148962 },
        { metric: 'dossier.received_share', dims: { channel: 'postal' }, value: 0.58 },
        { metric: 'dossier.returned', dims: { channel: 'postal' }, value: 45974 },
        { metric: 'dossier.returned', value: 140408 },
        { metric: 'dossier.returned_share', dims: { channel: 'postal' }, value: 32.74 },
      ],
    },
    {
      text: 'Trên Cổng dịch vụ công tỉnh có 1.122 dịch vụ công trực tuyến (419 DVCTT toàn trình và 703 DVCTT một phần), trong đó: cấp tỉnh 770 DVCTT (331 DVCTT toàn trình và 439 DVCTT một phần); cấp xã 93 DVCTT (21 DVCTT toàn trình và 72 DVCTT một phần).',
      only: true,
      facts: [
        { metric: 'eservice.count', value: 1122 },
        { metric: 'eservice.count', dims: { kind: 'full' }, value: 419 },
        { metric: 'eservice.count', dims: { kind: 'partial' }, value: 703 },
        { metric: 'eservice.count', dims: { level: 'province' }, value: 770 },
        { metric: 'eservice.count', dims: { level: 'province', kind: 'full' }, value: 331 },
        { metric: 'eservice.count', dims: { level: 'province', kind: 'partial' }, value: 439 },
        { metric: 'eservice.count', dims: { level: 'commune' }, value: 93 },
        { metric: 'eservice.count', dims: { level: 'commune', kind: 'full' }, value: 21 },
        { metric: 'eservice.count', dims: { level: 'commune', kind: 'partial' }, value: 72 },
      ],
    },
    {
      text: 'Đến nay, đã đồng bộ trạng thái 1.089/1.122 DVCTT đạt 97,06%, tích hợp lên Cổng dịch vụ công Quốc gia 1.089/1.122 DVCTT đạt 97,06%.',
      only: true,
      facts: [
        { metric: 'eservice.integrated_national', value: 1089 },
        { metric: 'eservice.integrated_national_share', value: 97.06 },
        { metric: 'eservice.count', value: 1122 },
      ],
    },
    { text: '61% số hồ sơ phát sinh trực tuyến; 100% TTHC được tích hợp, triển khai thanh toán trực tuyến.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 61 }] },
    {
      text: 'Tổng số hồ sơ tiếp nhận: 125.432 hồ sơ; trong đó: trực tuyến 80.123 hồ sơ (đạt 63,88%), trực tiếp 45.309 hồ sơ. Số hồ sơ đã giải quyết: 120.870.',
      facts: [
        { metric: 'dossier.received', value: 125432 },
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 80123 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 63.88 },
        { metric: 'dossier.received', dims: { channel: 'direct' }, value: 45309 },
        { metric: 'dossier.resolved', value: 120870 },
      ],
    },
    {
      text: 'Tổng số DVCTT toàn trình: 1.024; tỷ lệ DVCTT toàn trình đạt 52,3%. Tỷ lệ giải quyết hồ sơ đúng hạn, trước hạn đạt 99,2%.',
      only: true,
      facts: [
        { metric: 'eservice.count', dims: { kind: 'full' }, value: 1024 },
        { metric: 'eservice.share', dims: { kind: 'full' }, value: 52.3 },
        { metric: 'dossier.resolved_ontime_share', value: 99.2 },
      ],
    },
    {
      text: 'Tổng số hồ sơ tiếp nhận trên Hệ thống thông tin giải quyết TTHC tỉnh là 250.000 hồ sơ, trong đó hồ sơ trực tuyến là 150.000 hồ sơ (chiếm 60%). DVCTT một phần: 800 dịch vụ.',
      only: true,
      facts: [
        { metric: 'dossier.received', value: 250000 },
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 150000 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 60 },
        { metric: 'eservice.count', dims: { kind: 'partial' }, value: 800 },
      ],
    },
    {
      text: 'Hệ thống đã tiếp nhận 356.789 hồ sơ, đã giải quyết 350.120 hồ sơ, trong đó giải quyết đúng hạn 347.500 hồ sơ, đạt 99,25%; trễ hạn 2.620 hồ sơ, chiếm 0,75%. Tỷ lệ cung cấp DVCTT toàn trình đạt 52,24%; tỷ lệ hồ sơ giải quyết trực tuyến đạt 45,6%.',
      only: true,
      facts: [
        { metric: 'dossier.received', value: 356789 },
        { metric: 'dossier.resolved', value: 350120 },
        { metric: 'dossier.resolved_ontime', value: 347500 },
        { metric: 'dossier.resolved_ontime_share', value: 99.25 },
        { metric: 'dossier.resolved_late', value: 2620 },
        { metric: 'dossier.resolved_late_share', value: 0.75 },
        { metric: 'eservice.share', dims: { kind: 'full' }, value: 52.24 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 45.6 },
      ],
    },
    {
      text: 'Tổng số hồ sơ tiếp nhận trên hệ thống: 150.000 hồ sơ, trong đó:\n\n+ Trực tuyến: 90.000 hồ sơ (chiếm 60%);\n\n+ Trực tiếp: 55.000 hồ sơ;\n\n+ Qua dịch vụ BCCI: 5.000 hồ sơ.\n\nSố hồ sơ đã giải quyết: 148.000 hồ sơ.',
      only: true,
      facts: [
        { metric: 'dossier.received', value: 150000 },
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 90000 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 60 },
        { metric: 'dossier.received', dims: { channel: 'direct' }, value: 55000 },
        { metric: 'dossier.received', dims: { channel: 'postal' }, value: 5000 },
        { metric: 'dossier.resolved', value: 148000 },
      ],
    },
    {
      text: 'Tỷ lệ hồ sơ TTHC được xử lý trực tuyến đạt 57,9% (45.678/78.900 hồ sơ).',
      only: true,
      facts: [
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 57.9 },
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 45678 },
        { metric: 'dossier.received', value: 78900 },
      ],
    },
    { text: 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 45,5%.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 45.5 }] },
    {
      text: 'Trong quý II/2024, toàn tỉnh tiếp nhận 25.000 hồ sơ, trong đó 20.000 hồ sơ nộp trực tuyến; đã giải quyết 24.100 hồ sơ, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%.',
      facts: [
        { metric: 'dossier.received', value: 25000 },
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 20000 },
        { metric: 'dossier.resolved', value: 24100 },
        { metric: 'dossier.resolved_ontime_share', value: 98.2 },
      ],
    },
    // Early alone is only part of on time; the overdue among the pending are not resolved late.
    {
      // Early and on the day counted apart: "đúng hạn 33.500" is only a part of "sớm hạn và đúng hạn" (43.500, not stated).
      text: 'Đã giải quyết 44.000 hồ sơ, trong đó: trước hạn 10.000 hồ sơ, đúng hạn 33.500 hồ sơ, quá hạn 500 hồ sơ; đang giải quyết 3.000 hồ sơ, trong đó quá hạn 120 hồ sơ.',
      only: true,
      facts: [
        { metric: 'dossier.resolved', value: 44000 },
        { metric: 'dossier.resolved_late', value: 500 },
      ],
    },
    // A table per level under a TTHC heading, with short heads; "Đúng hạn" beside "Trước hạn" is only a part of on time.
    {
      text: 'Kết quả giải quyết hồ sơ thủ tục hành chính năm 2024:\n\nSTT\tCấp\tTiếp nhận\tĐã giải quyết\tTrước hạn\tĐúng hạn\tTrễ hạn\n1\tCấp tỉnh\t50.000\t49.000\t30.000\t18.500\t500\n2\tCấp huyện\t40.000\t39.000\t20.000\t18.800\t200',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { level: 'province' }, value: 50000 },
        { metric: 'dossier.resolved', dims: { level: 'province' }, value: 49000 },
        { metric: 'dossier.resolved_late', dims: { level: 'province' }, value: 500 },
        { metric: 'dossier.received', dims: { level: 'district' }, value: 40000 },
        { metric: 'dossier.resolved', dims: { level: 'district' }, value: 39000 },
        { metric: 'dossier.resolved_late', dims: { level: 'district' }, value: 200 },
      ],
    },
    {
      text: 'Kết quả giải quyết TTHC:\n\nSTT\tĐơn vị\tTiếp nhận\tĐã giải quyết\tĐúng hạn\tTrễ hạn\n1\tToàn tỉnh\t90.000\t88.000\t87.300\t700',
      only: true,
      facts: [
        { metric: 'dossier.received', value: 90000 },
        { metric: 'dossier.resolved', value: 88000 },
        { metric: 'dossier.resolved_ontime', value: 87300 },
        { metric: 'dossier.resolved_late', value: 700 },
      ],
    },
    { text: 'Số hồ sơ đã giải quyết sớm hạn và đúng hạn là 130 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 130 }] },
    // The total handled holds the ones carried over from the last period: only the new ones were received.
    {
      text: 'Tổng số hồ sơ đã tiếp nhận giải quyết: 45.678 hồ sơ, trong đó số hồ sơ tiếp nhận mới trong kỳ: 40.000 hồ sơ; số hồ sơ từ kỳ trước chuyển qua: 5.678 hồ sơ.',
      only: true,
      facts: [{ metric: 'dossier.received', value: 40000 }],
    },
    // The number after the slash is the whole, not another count of the same thing.
    {
      text: 'Số hồ sơ trực tuyến phát sinh: 45.000 hồ sơ/ 75.000 hồ sơ, đạt 60%.',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 45000 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 60 },
      ],
    },
    { text: 'Tiếp nhận 45.000 hồ sơ ở các lĩnh vực.', only: true, facts: [{ metric: 'dossier.received', value: 45000 }] },
    { text: 'Tỷ lệ DVCTT có phát sinh hồ sơ: 450/1.122 dịch vụ, đạt 40,1%.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 40.1 }] },
    {
      text: 'Đã tích hợp, cung cấp 1.234/1.500 DVCTT lên Cổng DVC quốc gia, đạt 82,3%.',
      only: true,
      facts: [
        { metric: 'eservice.integrated_national', value: 1234 },
        { metric: 'eservice.count', value: 1500 },
        { metric: 'eservice.integrated_national_share', value: 82.3 },
      ],
    },
    { text: 'Đã có 1.045 DVCTT được tích hợp, cung cấp trên Cổng DVC quốc gia.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 1045 }] },
    {
      text: 'Tiếp nhận qua Cổng dịch vụ công của tỉnh 12.000 hồ sơ; tiếp nhận trực tiếp tại Bộ phận Một cửa 8.000 hồ sơ.',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 12000 },
        { metric: 'dossier.received', dims: { channel: 'direct' }, value: 8000 },
      ],
    },
    {
      text: 'UBND các huyện, thành phố tiếp nhận 34.567 hồ sơ; UBND các xã, phường, thị trấn tiếp nhận 45.678 hồ sơ.',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { level: 'district' }, value: 34567 },
        { metric: 'dossier.received', dims: { level: 'commune' }, value: 45678 },
      ],
    },
  ],
  counterexamples: [
    // "Quá hạn" beside "Đang giải quyết" may be of the pending ones.
    'Kết quả giải quyết hồ sơ TTHC:\n\nSTT\tĐơn vị\tĐang giải quyết\tTrong hạn\tQuá hạn\n1\tCấp tỉnh\t1.200\t1.100\t100',
    // The same short heads in a table of complaints, and in a table with one known head only.
    'Kết quả tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo về thủ tục hành chính:\n\nSTT\tĐơn vị\tTiếp nhận\tĐã giải quyết\n1\tCấp tỉnh\t12\t10',
    'Kết quả giải quyết hồ sơ:\n\nSTT\tĐơn vị\tTiếp nhận\tGhi chú\n1\tCấp tỉnh\t120\tĐạt',
    // Early, on the day and late counted apart, as the national portal does: neither count nor share is "sớm hạn và đúng hạn".
    'Trong năm, tỷ lệ hồ sơ giải quyết trước hạn đạt 65%, đúng hạn 33%.',
    // Dossiers of fully online services are a part of the online ones: not the online channel.
    'Trong kỳ, tiếp nhận hơn 1,5 nghìn hồ sơ trực tuyến toàn trình, tăng 12% so với cùng kỳ năm 2023.',
    // One sector's dossiers are not the province's.
    'Đã tiếp nhận 1.200 hồ sơ đăng ký kinh doanh qua mạng.',
    'Tiếp nhận 3.400 hồ sơ thuộc lĩnh vực đất đai.',
    // Pending dossiers, overdue or not, are not resolved ones.
    'Số hồ sơ đang giải quyết: 2.000 hồ sơ (trong hạn 1.800 hồ sơ, quá hạn 200 hồ sơ).',
    'Số hồ sơ chưa giải quyết quá hạn là 45 hồ sơ.',
    'Có 1.045 DVCTT được tích hợp thanh toán trực tuyến.',
    // One district's or department's dossiers are not a level's (dossier metrics have no entity).
    'UBND huyện Ninh Phước tiếp nhận 4.567 hồ sơ, giải quyết đúng hạn 4.500 hồ sơ.',
    'Kết quả tiếp nhận hồ sơ của các huyện: huyện Ninh Sơn 3.210 hồ sơ, huyện Bác Ái 1.100 hồ sơ.',
    'Sở Tư pháp tiếp nhận 1.234 hồ sơ trực tuyến.',
    'Sở đã tiếp nhận 15 hồ sơ đề nghị thẩm định dự án công nghệ thông tin.',
    'Tổng số hồ sơ trong kỳ: 45.600 hồ sơ (kỳ trước chuyển sang: 1.200 hồ sơ).',
    'Tỷ lệ hồ sơ tiếp nhận trực tuyến của tỉnh Khánh Hòa đạt 85,2%, của tỉnh Bình Thuận đạt 80,1%.',
    'Theo Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025 có 80% hồ sơ được tiếp nhận trực tuyến.',
    'Tỷ lệ hồ sơ được số hóa, cấp kết quả điện tử đạt 78%; tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 42%.',
    'Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính đạt 35,2%.',
    'Trong tháng đã hướng dẫn 24 hồ sơ xin cấp phép tần số và thiết bị vô tuyến điện. Từ đầu năm đến nay đã hướng dẫn 164 hồ sơ xin cấp phép.',
    '6 tháng đầu năm, đã hướng dẫn cấp phép sử dụng tần số và thiết bị vô tuyến điện: 182 hồ sơ.',
    'Quyết định số 245/QĐ-UBND ngày 01/3/2023 về việc giao chỉ tiêu thực hiện dịch vụ công trực tuyến cho các cơ quan chuyên môn.',
    'Đã kết nối, tích hợp, khai thác 20 trường thông tin cơ bản trong CSDLQG về dân cư với 100% dịch vụ công trực tuyến của tỉnh.',
    '100% TTHC thuộc lĩnh vực quản lý của Sở được giải quyết đúng quy trình.',
  ],
};
