// Hồ sơ thủ tục hành chính (dossiers) and dịch vụ công trực tuyến (online public services).
import * as more from './examples/dossier.js';
import type { FamilyRules, Signature } from './types.js';

// Table heads (read on their plain words): on time is "đúng hạn", "trước và đúng hạn", "sớm hạn và
// đúng hạn"; early alone ("trước hạn") is only part of it.
const ON_TIME_WITH_EARLY = '(?:(?:trước|sớm)(?: hạn)? (?:và|hoặc|,) đúng hạn|đúng (?:và|hoặc) (?:trước|sớm) hạn|đúng hạn,? (?:và |hoặc )?(?:trước|sớm) hạn)';
const RESOLVED_HEAD = /^(?:số |tổng số )?(?:hồ sơ )?(?:đã )?giải quyết$/;
const PENDING_HEAD = /đang giải quyết|chưa giải quyết|tồn/;

/** Not yet resolved: the last state named before a figure in its item decides (see vetoBefore). */
const PENDING_BEFORE = { cues: ['pending'], unless: ['resolved_done'] };
/** Dossiers of other kinds (permits, appraisals, tenders, complaints) and one sector's dossiers. */
const OTHER_DOSSIERS = 'other_dossiers';

/** Dossiers resolved in one way (late, on time): the state said of the count, never of those pending. */
/** Dossiers submitted or received "on the network" came in online: one phrase, so its network words
 *  are not read apart as work handled on the network (edoc.online_share: "100% hồ sơ … được xử lý
 *  trên mạng", "văn bản đi, đến được gửi, nhận trên môi trường mạng"). */
const RECEIVED_ON_NETWORK = ['nộp', 'được nộp', 'đã nộp', 'tiếp nhận', 'được tiếp nhận', 'đã tiếp nhận', 'tiếp nhận, giải quyết', 'được tiếp nhận, giải quyết', 'tiếp nhận và giải quyết', 'được tiếp nhận và giải quyết']
  .flatMap((verb) => ['qua môi trường mạng', 'trên môi trường mạng'].map((where) => `${verb} ${where}`));

/** A share said of the act alone, with what sets it apart: only dossiers are resolved on time or
 *  submitted online. Tried after every share that names its thing; the act is no noun (thingIsAct). */
const shareOfAct = (id: string, metric: string, act: string, state: string | string[], extra: Partial<Signature> = {}): Signature => ({
  id,
  metric,
  kinds: ['percent'],
  thing: [act],
  needs: [typeof state === 'string' ? [state] : state],
  veto: ['pending', OTHER_DOSSIERS],
  precedence: -2,
  generic: true,
  thingIsAct: true,
  ...extra,
});

const resolvedAs = (id: string, metric: string, state: string, extra: Partial<Signature> = {}): Signature => ({
  id,
  metric,
  kinds: ['count', 'ratio'],
  thing: ['dossier'],
  needs: [[state]],
  veto: ['pending', OTHER_DOSSIERS],
  vetoBefore: PENDING_BEFORE,
  // A state said of resolved dossiers says more than "giải quyết" alone.
  precedence: 1,
  ...extra,
});

export const dossier: FamilyRules = {
  family: 'dossier',
  cues: {
    // What is counted.
    dossier: ['hồ sơ', 'hồ sơ thủ tục hành chính', 'hồ sơ hành chính', 'bộ hồ sơ', 'hồ sơ giải quyết thủ tục hành chính', 'hồ sơ dịch vụ công', 'hồ sơ thủ tục', 'hồ sơ các loại', 'hồ sơ giấy', 'hồ sơ điện tử'],
    result: ['kết quả', 'kết quả giải quyết', 'kết quả giải quyết thủ tục hành chính', 'trả kết quả', 'trả kết quả giải quyết', 'phát trả kết quả', 'đã trả kết quả', 'chuyển trả kết quả', 'đã trả kết quả giải quyết'],
    eservice: ['dịch vụ công trực tuyến', 'dịch vụ công', 'dịch vụ hành chính công', 'dịch vụ hành chính công trực tuyến', 'dịch vụ trực tuyến', 'dịch vụ công trực tuyến của tỉnh'],
    // A bare "dịch vụ": an online service only where the words say so ("335 dịch vụ mức độ 3 và 4"), or as a part of a stated whole of them.
    service: ['dịch vụ'],
    procedure: ['thủ tục hành chính', 'thủ tục'],
    // Places a dossier or service is on, named so their words are not read as the service itself.
    portal: ['cổng dịch vụ công', 'cổng dịch vụ công trực tuyến', 'cổng dịch vụ công của tỉnh', 'cổng dịch vụ công tỉnh', 'hệ thống dịch vụ công', 'cổng dịch vụ hành chính công', 'cổng dịch vụ trực tuyến', 'hệ thống thông tin giải quyết thủ tục hành chính', 'hệ thống một cửa điện tử', 'cổng dịch cụ công trực tuyến'],
    onto_national: ['cổng dịch vụ công quốc gia', 'lên cổng dịch vụ công quốc gia', 'trên cổng dịch vụ công quốc gia', 'vào cổng dịch vụ công quốc gia', 'với cổng dịch vụ công quốc gia', 'cổng dịch vụ công của quốc gia'],
    // The national portal's own catalogue, not the province's services on it.
    national_portal_has: ['cổng dịch vụ công quốc gia có', 'cổng dịch vụ công quốc gia hiện có', 'cổng dịch vụ công quốc gia đã có', 'cổng dịch vụ công quốc gia cung cấp'],
    // What was done to it.
    receive: [
      'tiếp nhận', 'nhận', 'nhận được', 'phát sinh', 'nộp', 'được tiếp nhận', 'đã tiếp nhận', 'tiếp nhận giải quyết', 'đã tiếp nhận giải quyết', 'được tiếp nhận giải quyết',
      'đã nhận giải quyết', 'nhận giải quyết', 'tiếp nhận mới', 'mới tiếp nhận', 'nhận mới', 'tiếp nhận được', 'thụ lý', 'nộp trực tiếp', 'nộp trực tuyến', 'nộp qua mạng',
      ...RECEIVED_ON_NETWORK,
    ],
    received_new: ['tiếp nhận mới', 'mới tiếp nhận', 'nhận mới'],
    carried_over: ['kỳ trước chuyển sang', 'kỳ trước chuyển qua', 'từ kỳ trước', 'tồn kỳ trước', 'tồn từ kỳ trước', 'kỳ trước còn tồn', 'kỳ trước tồn', 'tháng trước chuyển sang', 'tháng trước chuyển qua', 'chuyển tiếp'],
    resolve: ['giải quyết', 'xử lý', 'giải quyết xong', 'xử lý xong', 'đã giải quyết', 'được giải quyết', 'đã được giải quyết', 'đã xử lý', 'được xử lý', 'đã giải quyết xong', 'hoàn thành giải quyết', 'có kết quả giải quyết'],
    resolved_done: ['giải quyết xong', 'xử lý xong', 'đã giải quyết', 'được giải quyết', 'đã được giải quyết', 'đã xử lý', 'được xử lý', 'đã giải quyết xong', 'hoàn thành giải quyết'],
    pending: [
      'đang giải quyết', 'chưa giải quyết', 'đang xử lý', 'chưa xử lý', 'đang được giải quyết', 'chưa được giải quyết', 'đang được xử lý', 'còn tồn', 'tồn đọng', 'đang thụ lý', 'chưa đến hạn',
      'đang trong quá trình giải quyết', 'trong quá trình giải quyết', 'đang trong quá trình xử lý', 'còn trong hạn', 'chưa đến hạn giải quyết',
      'đang trong hạn', 'đang trong hạn giải quyết', 'đang trong thời hạn giải quyết', 'trong thời hạn giải quyết', 'trong hạn giải quyết', 'chưa hết hạn', 'chưa hết hạn giải quyết', 'còn hạn',
    ],
    // The workload to be resolved (the new ones and those carried over), not a state.
    to_resolve: ['cần giải quyết', 'chờ giải quyết', 'phải giải quyết'],
    sync: ['đồng bộ', 'đồng bộ trạng thái', 'đồng bộ hóa', 'đồng bộ hóa trạng thái', 'được đồng bộ', 'cập nhật trạng thái'],
    not_synced: ['chưa đồng bộ', 'chưa được đồng bộ', 'không đồng bộ'],
    return: ['trả kết quả', 'trả kết quả giải quyết', 'phát trả', 'phát trả kết quả', 'chuyển trả', 'chuyển trả kết quả', 'trả', 'đã trả kết quả', 'hoàn trả', 'đã trả kết quả giải quyết'],
    integrate: ['tích hợp', 'kết nối', 'đã tích hợp', 'được tích hợp', 'tích hợp, cung cấp', 'tích hợp và cung cấp'],
    // Registered or planned to be put online: not yet provided.
    planned: ['đăng ký triển khai', 'đăng ký cung cấp', 'dự kiến triển khai', 'dự kiến cung cấp', 'sẽ triển khai', 'sẽ cung cấp'],
    // States and manners.
    ontime_with_early: [
      'trước và đúng hạn', 'sớm và đúng hạn', 'trước hạn và đúng hạn', 'sớm hạn và đúng hạn', 'đúng và trước hạn', 'đúng và sớm hạn',
      'đúng hạn và trước hạn', 'đúng hạn và sớm hạn', 'đúng hạn, trước hạn', 'trước hạn, đúng hạn', 'đúng, trước hạn', 'trước, đúng hạn',
      'trước hoặc đúng hạn', 'đúng hoặc trước hạn', 'đúng hạn hoặc trước hạn', 'trước hạn hoặc đúng hạn', 'sớm hạn, đúng hạn', 'đúng hạn, sớm hạn',
      'đúng và trước thời hạn', 'trước và đúng thời hạn',
    ],
    ontime: ['đúng hạn', 'đúng thời hạn', 'đúng hẹn', 'đúng thời gian quy định'],
    early: ['trước hạn', 'sớm hạn', 'trước thời hạn', 'sớm hơn thời hạn', 'sớm hơn hạn'],
    late: ['trễ hạn', 'quá hạn', 'trễ hẹn', 'quá thời hạn', 'chậm hạn', 'trễ', 'chậm', 'chậm trễ', 'chậm muộn', 'quá hẹn'],
    with_dossiers: ['phát sinh hồ sơ', 'có phát sinh hồ sơ', 'có hồ sơ phát sinh', 'phát sinh hồ sơ trực tuyến', 'có phát sinh hồ sơ trực tuyến'],
    // Channels.
    online: [
      'trực tuyến', 'qua mạng', 'online', 'qua cổng dịch vụ công', 'qua cổng dịch vụ công trực tuyến', 'qua dịch vụ công trực tuyến',
      'trên dịch vụ công trực tuyến', 'bằng dịch vụ công trực tuyến', 'thông qua dịch vụ công trực tuyến', 'qua hệ thống dịch vụ công trực tuyến',
      'qua môi trường mạng', 'hồ sơ điện tử', 'hình thức trực tuyến', 'dưới hình thức trực tuyến', 'nộp trực tuyến', 'nộp qua mạng',
      ...RECEIVED_ON_NETWORK,
    ],
    direct: ['trực tiếp', 'nộp trực tiếp', 'hồ sơ giấy', 'tại bộ phận một cửa'],
    postal: ['bưu chính', 'bưu chính công ích', 'dịch vụ bưu chính công ích', 'qua dịch vụ bưu chính công ích', 'qua bưu chính công ích', 'qua bưu chính', 'qua bưu điện', 'bưu điện', 'dịch vụ bưu chính', 'qua dịch vụ bưu chính'],
    // Kinds of online service.
    full: ['toàn trình'],
    partial: ['một phần'],
    level3: ['mức độ 3', 'mức 3', 'cấp độ 3'],
    level4: ['mức độ 4', 'mức 4', 'cấp độ 4'],
    levels_3_4: ['mức độ 3, 4', 'mức độ 3 và 4', 'mức độ 3, mức độ 4', 'mức độ 3 và mức độ 4', 'mức 3, 4', 'mức 3 và 4', 'mức 3, mức 4', 'mức độ 3 và mức 4', 'mức độ 3, mức 4', 'các mức độ 3, 4', 'mức độ 3 hoặc 4', 'mức độ 3 - 4', 'mức độ 3-4'],
    // Services that only give information online (levels 1 and 2) are no online public services.
    info_only: ['chỉ cung cấp thông tin', 'cung cấp thông tin trực tuyến', 'mức độ 1', 'mức độ 2', 'mức 1', 'mức 2', 'mức độ 1, 2', 'mức độ 1 và 2', 'mức 1, 2'],
    // Integrated with something else than the national portal.
    other_integration: ['thanh toán', 'thanh toán trực tuyến', 'định danh', 'vneid', 'ký số', 'chữ ký số', 'định danh điện tử'],
    [OTHER_DOSSIERS]: [
      'cấp phép', 'giấy phép', 'tần số', 'xin phép', 'thẩm định', 'dự án', 'mời thầu', 'dự thầu', 'khiếu nại', 'tố cáo', 'đơn thư', 'vụ việc', 'vụ án', 'đăng ký kinh doanh',
      'đăng ký doanh nghiệp', 'hộ tịch', 'đất đai', 'lý lịch tư pháp', 'chứng thực', 'bảo hiểm xã hội', 'thuế', 'hải quan', 'lĩnh vực',
      'phản ánh', 'kiến nghị', 'hồ sơ dự thầu', 'hồ sơ mời thầu', 'vi phạm', 'hồ sơ vi phạm', 'hồ sơ đề nghị', 'đề nghị hỗ trợ', 'hồ sơ đề nghị hỗ trợ',
      'cấp giấy phép', 'đã cấp phép', 'được cấp phép', 'đã cấp giấy phép',
      // Records made or kept, not dossiers filed: "tạo lập 567.890 hồ sơ điện tử", "hồ sơ sức khỏe điện tử".
      'tạo lập', 'khởi tạo', 'hồ sơ sức khỏe', 'hồ sơ sức khỏe điện tử', 'sức khỏe điện tử', 'bệnh án', 'bệnh án điện tử', 'hồ sơ bệnh án',
    ],
    // A sector named as all of them is not one sector.
    all_sectors: ['các lĩnh vực', 'nhiều lĩnh vực', 'mọi lĩnh vực', 'lĩnh vực khác', 'các loại'],
  },
  signatures: [
    resolvedAs('dossier/resolved-late', 'dossier.resolved_late', 'late'),
    resolvedAs('dossier/resolved-ontime', 'dossier.resolved_ontime', 'ontime_with_early'),
    // The national portal counts early, on the day and late apart: beside an early count, "đúng hạn" alone is only its own part.
    resolvedAs('dossier/resolved-ontime-bare', 'dossier.resolved_ontime', 'ontime', { vetoSentence: ['early'] }),
    {
      id: 'dossier/resolved',
      metric: 'dossier.resolved',
      kinds: ['count', 'ratio'],
      thing: ['dossier'],
      needs: [['resolve']],
      veto: ['pending', OTHER_DOSSIERS, 'online', 'early'],
      vetoBefore: PENDING_BEFORE,
    },
    // "hồ sơ giải quyết trực tuyến": dossiers handled through the online channel are the online ones received.
    { id: 'dossier/resolved-online', metric: 'dossier.received', kinds: ['count', 'ratio'], thing: ['dossier'], needs: [['resolve'], ['online']], veto: ['pending', OTHER_DOSSIERS], precedence: -1 },
    { id: 'dossier/synced-national', metric: 'dossier.synced_national', kinds: ['count', 'ratio'], thing: ['dossier'], needs: [['sync']], veto: ['not_synced'] },
    { id: 'dossier/returned', metric: 'dossier.returned', kinds: ['count', 'ratio'], thing: ['dossier', 'result'], needs: [['return']], veto: [OTHER_DOSSIERS, 'pending'] },
    {
      id: 'dossier/received',
      metric: 'dossier.received',
      kinds: ['count', 'ratio'],
      thing: ['dossier'],
      needs: [['receive']],
      // Those carried over from the last period were not received in it.
      veto: [OTHER_DOSSIERS, 'pending', 'carried_over'],
    },
    // Dossiers of a channel, said without a verb ("Số hồ sơ trực tuyến: 60.000 hồ sơ"): received by it.
    { id: 'dossier/received-by-channel', metric: 'dossier.received', kinds: ['count', 'ratio'], thing: ['dossier'], needs: [['online', 'direct', 'postal']], veto: [OTHER_DOSSIERS, 'pending', 'carried_over', 'resolve', 'return', 'sync'], ownWords: true, precedence: -1 },
    {
      id: 'dossier/eservices-integrated',
      metric: 'eservice.integrated_national',
      kinds: ['count', 'ratio'],
      thing: ['eservice'],
      // Integrated, synchronized, or put on the national portal ("… 1.234/1.500 DVCTT lên Cổng DVC quốc gia").
      needs: [['integrate', 'sync', 'onto_national']],
      veto: ['other_integration', 'national_portal_has'],
    },
    // "Số DVCTT kết nối với Cổng DVC quốc gia là 789 dịch vụ".
    { id: 'dossier/services-integrated', metric: 'eservice.integrated_national', kinds: ['count', 'ratio'], thing: ['service'], needs: [['integrate', 'sync', 'onto_national'], ['eservice']], veto: ['other_integration', 'national_portal_has'] },
    {
      id: 'dossier/eservices',
      metric: 'eservice.count',
      kinds: ['count', 'ratio'],
      thing: ['eservice', 'service'],
      needs: [['eservice', 'level3', 'level4', 'levels_3_4', 'full', 'partial']],
      veto: ['with_dossiers', 'receive', 'share', 'dossier', 'integrate', 'sync', 'other_integration', 'planned', 'info_only', 'national_portal_has'],
    },
    // Procedures provided as online services: "1.618 TTHC cung cấp dưới dạng DVCTT toàn trình".
    // (The whole of "751/2.020 thủ tục" is all procedures, not services.)
    { id: 'dossier/procedures-as-eservices', metric: 'eservice.count', kinds: ['count', 'ratio'], thing: ['procedure'], needs: [['eservice']], veto: ['with_dossiers', 'receive', 'share', 'dossier', 'integrate', 'postal', 'info_only'], noWhole: true },
    // Procedures offered online, said by how much of them is online: "1.040 thủ tục trực tuyến toàn
    // trình", "380 TTHC được cung cấp trực tuyến một phần".
    { id: 'dossier/procedures-fully-online', metric: 'eservice.count', kinds: ['count', 'ratio'], thing: ['procedure'], needs: [['online'], ['full', 'partial', 'level3', 'level4']], veto: ['with_dossiers', 'receive', 'share', 'dossier', 'integrate', 'sync', 'onto_national', 'postal', 'info_only', 'other_integration'], noWhole: true },
    // Shares stated as a description: "Tỷ lệ DVCTT có phát sinh hồ sơ", "61% số hồ sơ phát sinh trực tuyến".
    { id: 'dossier/eservices-with-dossiers-share', metric: 'dossier.eservice_with_dossier_share', kinds: ['percent'], thing: ['eservice'], needs: [['with_dossiers']], head: true },
    // (As of counts, a state said of the dossiers says more than the action it was done by: "tỷ lệ hồ
    // sơ được giải quyết, trả kết quả đúng, trước hạn" is on time, not returned.)
    { id: 'dossier/resolved-late-share', metric: 'dossier.resolved_late_share', kinds: ['percent'], thing: ['dossier'], needs: [['late']], veto: ['pending'], head: true, precedence: 1 },
    { id: 'dossier/resolved-ontime-share', metric: 'dossier.resolved_ontime_share', kinds: ['percent'], thing: ['dossier'], needs: [['ontime_with_early']], veto: ['pending'], head: true, precedence: 1 },
    // Procedures resolved on time or late are their dossiers: "Tỷ lệ giải quyết TTHC đúng hạn đạt 98,1%".
    { id: 'dossier/procedures-resolved-ontime-share', metric: 'dossier.resolved_ontime_share', kinds: ['percent'], thing: ['procedure'], needs: [['resolve'], ['ontime_with_early']], veto: ['pending', 'eservice'], head: true },
    { id: 'dossier/procedures-resolved-ontime-share-bare', metric: 'dossier.resolved_ontime_share', kinds: ['percent'], thing: ['procedure'], needs: [['resolve'], ['ontime']], veto: ['pending', 'eservice'], vetoSentence: ['early'], head: true },
    { id: 'dossier/procedures-resolved-late-share', metric: 'dossier.resolved_late_share', kinds: ['percent'], thing: ['procedure'], needs: [['resolve'], ['late']], veto: ['pending', 'eservice'], head: true },
    // A share said of the act alone ("Tỷ lệ giải quyết đúng hạn đạt 99,2%", "Tỷ lệ nộp trực tuyến đạt
    // 63%"): only dossiers are resolved on time or submitted online. Tried after every share that names its thing.
    shareOfAct('dossier/resolving-ontime-share', 'dossier.resolved_ontime_share', 'resolve', 'ontime_with_early'),
    shareOfAct('dossier/resolving-ontime-bare-share', 'dossier.resolved_ontime_share', 'resolve', 'ontime', { vetoSentence: ['early'] }),
    shareOfAct('dossier/resolving-late-share', 'dossier.resolved_late_share', 'resolve', 'late'),
    shareOfAct('dossier/submitting-share', 'dossier.received_share', 'receive', ['online', 'direct', 'postal'], { veto: ['pending', 'eservice', 'procedure', 'bodies', OTHER_DOSSIERS] }),
    // Early alone is only a part of on time, and so is "đúng hạn" beside an early count.
    { id: 'dossier/resolved-ontime-share-bare', metric: 'dossier.resolved_ontime_share', kinds: ['percent'], thing: ['dossier'], needs: [['ontime']], veto: ['pending'], vetoSentence: ['early'], head: true },
    { id: 'dossier/synced-national-share', metric: 'dossier.synced_national_share', kinds: ['percent'], thing: ['dossier'], needs: [['sync']], veto: ['not_synced'], head: true },
    { id: 'dossier/returned-share', metric: 'dossier.returned_share', kinds: ['percent'], thing: ['dossier', 'result'], needs: [['return']], head: true },
    {
      id: 'dossier/received-share',
      metric: 'dossier.received_share',
      kinds: ['percent'],
      thing: ['dossier'],
      needs: [['online', 'direct', 'postal', 'receive']],
      // A share of one service level's dossiers ("mức độ 3 là 20%") is no channel's share.
      veto: ['ontime_with_early', 'ontime', 'late', 'sync', 'not_synced', 'other_integration', 'early', 'online_env', 'return', 'level3', 'level4', OTHER_DOSSIERS],
      head: true,
    },
    { id: 'dossier/integrated-share', metric: 'eservice.integrated_national_share', kinds: ['percent'], thing: ['eservice'], needs: [['integrate', 'onto_national']], veto: ['other_integration'], head: true },
    { id: 'dossier/eservices-share', metric: 'eservice.share', kinds: ['percent'], thing: ['eservice', 'service'], needs: [['full', 'partial', 'level3', 'level4'], ['share']], veto: ['integrate', 'sync', 'with_dossiers', 'dossier', 'onto_national'] },
    // "Tỷ lệ TTHC được cung cấp trực tuyến toàn trình đạt 51%".
    { id: 'dossier/procedures-fully-online-share', metric: 'eservice.share', kinds: ['percent'], thing: ['procedure'], needs: [['online'], ['full', 'partial', 'level3', 'level4']], veto: ['integrate', 'sync', 'with_dossiers', 'dossier', 'onto_national', 'other_integration'] },
    // "100% số thủ tục hành chính được cung cấp dịch vụ công trực tuyến".
    { id: 'dossier/procedures-as-eservices-share', metric: 'eservice.share', kinds: ['percent'], thing: ['procedure'], needs: [['eservice']], veto: ['integrate', 'sync', 'with_dossiers', 'dossier', 'onto_national', 'other_integration'] },
  ],
  dims: {
    'dossier.received': { channel: { online: ['online'], direct: ['direct'], postal: ['postal'] } },
    'dossier.received_share': { channel: { online: ['online'], direct: ['direct'], postal: ['postal'] } },
    'dossier.returned': { channel: { online: ['online'], direct: ['direct'], postal: ['postal'] } },
    'dossier.returned_share': { channel: { online: ['online'], direct: ['direct'], postal: ['postal'] } },
    'eservice.count': { kind: { full: ['full'], partial: ['partial'], level3: { any: ['level3'], unless: ['level4', 'levels_3_4'] }, level4: { any: ['level4'], unless: ['level3', 'levels_3_4'] } } },
    'eservice.share': { kind: { full: ['full'], partial: ['partial'], level3: { any: ['level3'], unless: ['level4', 'levels_3_4'] }, level4: { any: ['level4'], unless: ['level3', 'levels_3_4'] } } },
  },
  requiredDims: { 'dossier.received_share': ['channel'], 'dossier.returned_share': ['channel'] },
  exclusiveDims: ['channel'],
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
    ...more.examples,
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
    // A total received that holds the ones carried over is said to be received, and so are the new
    // ones; those carried over were not received in the period.
    {
      text: 'Tổng số hồ sơ đã tiếp nhận giải quyết: 45.678 hồ sơ, trong đó số hồ sơ tiếp nhận mới trong kỳ: 40.000 hồ sơ; số hồ sơ từ kỳ trước chuyển qua: 5.678 hồ sơ.',
      only: true,
      facts: [
        { metric: 'dossier.received', value: 45678 },
        { metric: 'dossier.received', value: 40000 },
      ],
    },
    {
      text: 'Trong tháng, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.120 hồ sơ, bao gồm 7.000 hồ sơ mới tiếp nhận cùng 2.120 hồ sơ kỳ trước chuyển sang.',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { level: 'province' }, value: 9120 },
        { metric: 'dossier.received', dims: { level: 'province' }, value: 7000 },
      ],
    },
    // The number after the slash is the whole (all dossiers, of every channel), not another count
    // of the same thing: a ratio states the part, the whole and the share.
    {
      text: 'Số hồ sơ trực tuyến phát sinh: 45.000 hồ sơ/ 75.000 hồ sơ, đạt 60%.',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { channel: 'online' }, value: 45000 },
        { metric: 'dossier.received', value: 75000 },
        { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 60 },
      ],
    },
    {
      text: 'Cấp huyện: tiếp nhận trực tuyến 62.118 hồ sơ/78.540 hồ sơ, đạt 79,09%.',
      only: true,
      facts: [
        { metric: 'dossier.received', dims: { channel: 'online', level: 'district' }, value: 62118 },
        { metric: 'dossier.received', dims: { level: 'district' }, value: 78540 },
        { metric: 'dossier.received_share', dims: { channel: 'online', level: 'district' }, value: 79.09 },
      ],
    },
    // (A whole of something else after the slash is none of the metric's.)
    { text: 'Tiếp nhận 45.000 hồ sơ/ 75.000 trang tài liệu.', only: true, facts: [{ metric: 'dossier.received', value: 45000 }] },
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
    // Dossiers done fully online ("trực tuyến toàn trình") are counted among the online ones.
    { text: 'Trong kỳ, tiếp nhận hơn 1,5 nghìn hồ sơ trực tuyến toàn trình, tăng 12% so với cùng kỳ năm 2023.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 1500, qualifier: 'over' }] },
    { text: 'Tỷ lệ hồ sơ được số hóa đạt 78%; tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 42%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 42 }] },
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
    ...more.counterexamples,
    // "Quá hạn" beside "Đang giải quyết" may be of the pending ones.
    'Kết quả giải quyết hồ sơ TTHC:\n\nSTT\tĐơn vị\tĐang giải quyết\tTrong hạn\tQuá hạn\n1\tCấp tỉnh\t1.200\t1.100\t100',
    // The same short heads in a table of complaints, and in a table with one known head only.
    'Kết quả tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo về thủ tục hành chính:\n\nSTT\tĐơn vị\tTiếp nhận\tĐã giải quyết\n1\tCấp tỉnh\t12\t10',
    'Kết quả giải quyết hồ sơ:\n\nSTT\tĐơn vị\tTiếp nhận\tGhi chú\n1\tCấp tỉnh\t120\tĐạt',
    // Early, on the day and late counted apart, as the national portal does: neither count nor share is "sớm hạn và đúng hạn".
    'Trong năm, tỷ lệ hồ sơ giải quyết trước hạn đạt 65%, đúng hạn 33%.',
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
    'Tỷ lệ hồ sơ được số hóa, cấp kết quả điện tử đạt 78%.',
    'Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính đạt 35,2%.',
    'Trong tháng đã hướng dẫn 24 hồ sơ xin cấp phép tần số và thiết bị vô tuyến điện. Từ đầu năm đến nay đã hướng dẫn 164 hồ sơ xin cấp phép.',
    '6 tháng đầu năm, đã hướng dẫn cấp phép sử dụng tần số và thiết bị vô tuyến điện: 182 hồ sơ.',
    'Quyết định số 245/QĐ-UBND ngày 01/3/2023 về việc giao chỉ tiêu thực hiện dịch vụ công trực tuyến cho các cơ quan chuyên môn.',
    'Đã kết nối, tích hợp, khai thác 20 trường thông tin cơ bản trong CSDLQG về dân cư với 100% dịch vụ công trực tuyến của tỉnh.',
    '100% TTHC thuộc lĩnh vực quản lý của Sở được giải quyết đúng quy trình.',
  ],
};
