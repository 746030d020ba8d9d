// Ký số (digital signing), chứng thư số (certificates) and văn bản điện tử (e-document exchange).
import * as more from './examples/esign.js';
import type { FamilyRules } from './types.js';

const CERT_KIND = {
  organization: { any: ['organization'], unless: ['individual'] },
  individual: { any: ['individual'], unless: ['organization'] },
};

export const esign: FamilyRules = {
  family: 'esign',
  cues: {
    certificate: ['chứng thư số', 'chứng thư', 'chữ ký số', 'chứng thư số chuyên dùng', 'chữ ký số chuyên dùng', 'chứng thư số công cộng', 'chữ ký số công cộng', 'thiết bị chữ ký số', 'sim ký số', 'chữ ký số từ xa'],
    issue: ['cấp', 'cấp mới', 'cấp mới trong kỳ', 'cung cấp', 'cấp và đưa vào sử dụng', 'cấp và đưa vào dùng', 'cấp phát', 'đăng ký', 'được cấp', 'đã cấp', 'cấp phát mới', 'đăng ký và cấp phát', 'đã được cấp', 'cấp cho', 'được cấp phát'],
    issued_new: ['cấp mới', 'cấp phát mới', 'cấp mới trong kỳ'],
    active: ['đang hoạt động', 'còn hiệu lực', 'đang sử dụng', 'có hiệu lực', 'đang có hiệu lực', 'đang được sử dụng'],
    organization: ['tổ chức', 'cơ quan', 'doanh nghiệp', 'cơ quan nhà nước'],
    individual: ['cá nhân', 'người dân', 'công dân'],
    // People who hold one.
    people: ['cán bộ', 'công chức', 'viên chức', 'người', 'lãnh đạo'],
    holds_certificate: ['được cấp chữ ký số', 'có chữ ký số', 'sở hữu chữ ký số', 'được cấp chứng thư số', 'có chứng thư số', 'sở hữu chứng thư số', 'có chữ ký số cá nhân', 'có chữ ký số hoặc chữ ký điện tử', 'có chữ ký điện tử', 'sở hữu chữ ký số cá nhân', 'có chữ ký số hoặc chữ ký điện tử cá nhân'],
    adult_population: ['dân số trưởng thành', 'người dân trưởng thành', 'người trưởng thành', 'dân số độ tuổi trưởng thành', 'người dân ở độ tuổi trưởng thành', 'người dân độ tuổi trưởng thành', 'độ tuổi trưởng thành'],
    signing: ['ký số', 'chữ ký số', 'sử dụng chữ ký số', 'ký điện tử', 'được ký số', 'có ký số', 'ký số văn bản', 'việc sử dụng chữ ký số', 'tỷ lệ ký số', 'được ký', 'đã ký', 'được ký, phát hành'],
    provider: ['doanh nghiệp cung cấp', 'cung cấp chữ ký số', 'nhà cung cấp'],
    document: ['văn bản', 'văn bản hành chính', 'tài liệu', 'tài liệu, văn bản', 'văn bản, tài liệu', 'văn bản chính thức', 'tài liệu, văn bản chính thức'],
    edoc: ['văn bản điện tử'],
    // Letters of a kind: written, not the exchange counted.
    letter: [
      'văn bản đề nghị', 'văn bản góp ý', 'văn bản chỉ đạo', 'văn bản hướng dẫn', 'văn bản tuyên truyền', 'văn bản quy phạm pháp luật', 'văn bản báo cáo',
      'văn bản trả lời', 'văn bản đôn đốc', 'văn bản thông báo', 'văn bản mật', 'văn bản tham mưu', 'văn bản xin ý kiến',
    ],
    edoc_exchange: ['liên thông văn bản', 'trục liên thông', 'trục liên thông văn bản', 'gửi nhận văn bản điện tử', 'gửi, nhận văn bản điện tử', 'văn bản điện tử gửi, nhận', 'quản lý văn bản'],
    work_files: ['hồ sơ công việc'],
    outgoing_doc: ['văn bản đi', 'văn bản điện tử đi', 'văn bản điện tử gửi đi', 'văn bản gửi đi', 'văn bản phát hành', 'văn bản điện tử phát hành', 'văn bản đi phát hành'],
    incoming_doc: ['văn bản đến', 'văn bản điện tử đến', 'văn bản điện tử nhận đến', 'văn bản nhận đến', 'văn bản nhận về'],
    total_doc: [
      'văn bản đi/đến', 'văn bản đi, đến', 'văn bản đi và đến', 'văn bản đến và đi', 'văn bản đến, đi', 'văn bản đi - đến', 'văn bản gửi, nhận', 'văn bản gửi nhận',
      'văn bản gửi và nhận', 'văn bản điện tử gửi, nhận', 'văn bản điện tử gửi nhận', 'văn bản điện tử đi, đến', 'văn bản điện tử đi/đến', 'văn bản đi, văn bản đến',
      'văn bản điện tử gửi và nhận', 'văn bản đi đến',
    ],
    send: ['gửi', 'gửi đi', 'phát hành', 'đã gửi', 'chuyển đi', 'gửi, nhận', 'gửi nhận', 'gửi và nhận', 'được gửi, nhận'],
    // Documents that failed: not those signed or exchanged.
    faulty: ['bị lỗi', 'lỗi', 'không hợp lệ', 'sai định dạng', 'bị từ chối', 'bị trả lại', 'chưa hợp lệ'],
    // "trao đổi", "xử lý" fully on the network, or as electronic documents.
    online_env: [
      'trên môi trường mạng', 'hoàn toàn trên môi trường mạng', 'qua môi trường mạng', 'trên mạng', 'dưới dạng điện tử', 'dưới dạng văn bản điện tử',
      'hoàn toàn dưới dạng văn bản điện tử', 'ở dạng điện tử', 'trên môi trường số', 'được xử lý trên mạng', 'xử lý qua mạng', 'được xử lý qua mạng', 'xử lý trên mạng',
      'xử lý trên môi trường mạng', 'được xử lý trên môi trường mạng',
    ],
  },
  otherThings: ['letter'],
  signatures: [
    { id: 'esign/edoc-online-share', metric: 'edoc.online_share', kinds: ['percent'], thing: ['document', 'edoc', 'work_files', 'total_doc', 'outgoing_doc', 'incoming_doc', 'dossier'], needs: [['online_env']], head: true },
    // A share of documents that are electronic: "Tỷ lệ văn bản điện tử đạt 95%", "văn bản điện tử chiếm 92%".
    { id: 'esign/edoc-share-bare', metric: 'edoc.online_share', kinds: ['percent'], thing: ['edoc'], needs: [['share']], veto: ['signing', 'faulty', 'holds_certificate', 'send', 'edoc_exchange'], precedence: -1, head: true },
    { id: 'esign/adult-holders-share', metric: 'esign.adult_holder_share', kinds: ['percent'], thing: ['adult_population'], needs: [['holds_certificate', 'certificate', 'signing']] },
    {
      id: 'esign/signing-rate',
      metric: 'esign.rate',
      kinds: ['percent'],
      thing: ['signing', 'document', 'edoc', 'outgoing_doc', 'incoming_doc', 'total_doc'],
      needs: [['signing']],
      // People who hold a signature ("cán bộ … được cấp chữ ký số") are not a signing rate.
      veto: ['adult_population', 'issue', 'provider', ['people', 'holds_certificate'], 'holds_certificate', 'online_env'],
      head: true,
    },
    { id: 'esign/certificates-active', metric: 'esign.certificates_active', kinds: ['count'], thing: ['certificate'], needs: [['active']] },
    { id: 'esign/certificates-issued', metric: 'esign.certificates_issued', kinds: ['count'], thing: ['certificate'], needs: [['issue', 'holds_certificate']], veto: ['active', 'provider'], head: true },
    { id: 'esign/signed-documents', metric: 'esign.signed_documents', kinds: ['count', 'ratio'], thing: ['document', 'edoc', 'outgoing_doc', 'incoming_doc', 'total_doc'], needs: [['signing', 'holds_certificate']], veto: ['share', 'faulty'], noWhole: true },
    { id: 'esign/edoc-total', metric: 'edoc.total', kinds: ['count'], thing: ['total_doc', 'document', 'edoc'], needs: [['total_doc']], veto: ['faulty'] },
    { id: 'esign/edoc-outgoing', metric: 'edoc.outgoing', kinds: ['count'], thing: ['outgoing_doc', 'document', 'edoc'], needs: [['outgoing_doc']], veto: ['signing', 'total_doc', 'pending', 'faulty'] },
    { id: 'esign/edoc-incoming', metric: 'edoc.incoming', kinds: ['count'], thing: ['incoming_doc', 'document', 'edoc'], needs: [['incoming_doc']], veto: ['signing', 'total_doc', 'pending', 'faulty'] },
    // The verb first: "đã gửi 12.345 văn bản điện tử". Without "đi"/"đến" only an electronic document
    // counts ("gửi 02 văn bản đề nghị …" is a letter), or a bare "văn bản" once the item has named the exchange.
    { id: 'esign/edoc-sent', metric: 'edoc.outgoing', kinds: ['count'], thing: ['edoc'], needs: [['send']], veto: ['signing', 'total_doc', 'receive'], precedence: -1 },
    { id: 'esign/edoc-received', metric: 'edoc.incoming', kinds: ['count'], thing: ['edoc'], needs: [['receive']], veto: ['signing', 'total_doc', 'send'], precedence: -1 },
    { id: 'esign/edoc-sent-named-before', metric: 'edoc.outgoing', kinds: ['count'], thing: ['document'], needs: [['send']], needsBefore: [['edoc_exchange', 'edoc']], veto: ['signing', 'total_doc', 'receive'], precedence: -1 },
    { id: 'esign/edoc-received-named-before', metric: 'edoc.incoming', kinds: ['count'], thing: ['document'], needs: [['receive']], needsBefore: [['edoc_exchange', 'edoc']], veto: ['signing', 'total_doc', 'send'], precedence: -1 },
  ],
  dims: {
    'esign.certificates_issued': { kind: CERT_KIND },
    'esign.certificates_active': { kind: CERT_KIND },
  },
  totalOf: { 'edoc.outgoing': 'edoc.total', 'edoc.incoming': 'edoc.total' },
  // "Số lượng văn bản đi có ký số: 120.345 văn bản, đạt 96,5%": the share signed is the signing rate.
  shareOf: { 'esign.signed_documents': 'esign.rate' },
  // "đã cấp 12.345 chứng thư số, trong đó cấp mới trong kỳ 1.234": the first is the running total.
  notWithLater: { 'esign.certificates_issued': { later: ['issued_new'], keepIf: ['issued_new'] } },
  indicators: [
    { metric: 'esign.rate', labels: ['Văn bản điện tử gửi, nhận giữa các cơ quan hành chính nhà nước được ký số', 'Tỷ lệ văn bản được ký số', 'Tỷ lệ ký số văn bản'] },
    { metric: 'edoc.online_share', labels: ['Tỷ lệ văn bản đi, đến được trao đổi hoàn toàn trên môi trường mạng', 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng'] },
    { metric: 'esign.adult_holder_share', labels: ['Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân'] },
    { metric: 'esign.certificates_issued', labels: ['Số chứng thư số cấp mới'] },
  ],
  examples: [
    ...more.examples,
    {
      text: 'Tỷ lệ văn bản đi/đến được chuyển hoàn toàn trên môi trường mạng so với tổng số văn bản đi/đến giữa các cơ quan, đơn vị trong nội bộ tỉnh, đạt tỷ lệ 97,89% đối với cấp tỉnh, 88,37% đối với cấp huyện và 71,24% đối với cấp xã.',
      only: true,
      facts: [
        { metric: 'edoc.online_share', dims: { level: 'province' }, value: 97.89 },
        { metric: 'edoc.online_share', dims: { level: 'district' }, value: 88.37 },
        { metric: 'edoc.online_share', dims: { level: 'commune' }, value: 71.24 },
      ],
    },
    {
      text: 'Từ ngày 01/01/2023 đến 25/5/2023 tổng số văn bản đi/đến toàn tỉnh là 395.511 văn bản (giảm 1,19% so với cùng kỳ), trong đó có 88.971 văn bản đi (giảm 4,43%) và 305.540 văn bản đến (giảm 0,2%); cấp tỉnh 36.601 văn bản đi và 129.064 văn bản đến; cấp xã 25.325 văn bản đi và 122.326 văn bản đến.',
      only: true,
      facts: [
        { metric: 'edoc.total', value: 395511 },
        { metric: 'edoc.outgoing', value: 88971 },
        { metric: 'edoc.incoming', value: 305540 },
        { metric: 'edoc.outgoing', dims: { level: 'province' }, value: 36601 },
        { metric: 'edoc.incoming', dims: { level: 'province' }, value: 129064 },
        { metric: 'edoc.outgoing', dims: { level: 'commune' }, value: 25325 },
        { metric: 'edoc.incoming', dims: { level: 'commune' }, value: 122326 },
      ],
    },
    {
      text: 'Từ ngày 01/01/2023 đến 13/4/2023, trên hệ chương trình quản lý văn bản TD.Office có 232.046 văn bản trong đó: 179.850 văn bản đến, 52.196 văn bản đi (cấp tỉnh 76.753 văn bản đến, 21.266 văn bản đi; cấp huyện: 32.528 văn bản đến, 16.105 văn bản đi).',
      only: true,
      facts: [
        { metric: 'edoc.total', value: 232046 },
        { metric: 'edoc.incoming', value: 179850 },
        { metric: 'edoc.outgoing', value: 52196 },
        { metric: 'edoc.incoming', dims: { level: 'province' }, value: 76753 },
        { metric: 'edoc.outgoing', dims: { level: 'province' }, value: 21266 },
        { metric: 'edoc.incoming', dims: { level: 'district' }, value: 32528 },
        { metric: 'edoc.outgoing', dims: { level: 'district' }, value: 16105 },
      ],
    },
    {
      text: 'Việc sử dụng chữ ký số cá nhân toàn tỉnh đạt 95,85% (cấp tỉnh: 98,26%; cấp huyện: 96,71%; cấp xã: 91,47%).',
      only: true,
      facts: [
        { metric: 'esign.rate', value: 95.85 },
        { metric: 'esign.rate', dims: { level: 'province' }, value: 98.26 },
        { metric: 'esign.rate', dims: { level: 'district' }, value: 96.71 },
        { metric: 'esign.rate', dims: { level: 'commune' }, value: 91.47 },
      ],
    },
    {
      text: 'Một số đơn vị có tỷ lệ ký số văn bản chưa cao như: xã Phước Bình đạt 48,77%, xã Công Hải đạt 52,79%, Phước Hòa đạt 30,46%.',
      only: true,
      facts: [
        { metric: 'esign.rate', dims: { entity: 'xã Phước Bình' }, value: 48.77 },
        { metric: 'esign.rate', dims: { entity: 'xã Công Hải' }, value: 52.79 },
        { metric: 'esign.rate', dims: { entity: 'Phước Hòa' }, value: 30.46 },
      ],
    },
    { text: 'Trong 6 tháng đầu năm, đã cấp 280 chứng thư số cho các tổ chức, cá nhân.', only: true, facts: [{ metric: 'esign.certificates_issued', value: 280 }] },
    {
      text: 'Đến nay, có gần 12.000 chữ ký số được đăng ký và cấp phát cho người dân thông qua hình thức trực tuyến trên Hue-S.',
      only: true,
      facts: [{ metric: 'esign.certificates_issued', dims: { kind: 'individual' }, value: 12000, qualifier: 'approx' }],
    },
    { text: '25% người dân ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân.', only: true, facts: [{ metric: 'esign.adult_holder_share', value: 25 }] },
    {
      text: '100% các văn bản được các cơ quan nhà nước trong tỉnh trao đổi hoàn toàn dưới dạng văn bản điện tử (trừ văn bản mật) và sử dụng chữ ký số; 100% cơ quan đơn vị tham gia kết nối với Hệ thống thông tin báo cáo Chính phủ.',
      only: true,
      facts: [{ metric: 'edoc.online_share', value: 100 }],
    },
    { text: 'Số chứng thư số đã cấp mới cho các cơ quan nhà nước trong năm là 1.234.', only: true, facts: [{ metric: 'esign.certificates_issued', dims: { kind: 'organization' }, value: 1234 }] },
    {
      text: 'Tổng số văn bản điện tử gửi, nhận trên hệ thống iOffice là 345.000 văn bản, trong đó văn bản đi 98.000, văn bản đến 247.000.',
      only: true,
      facts: [
        { metric: 'edoc.total', value: 345000 },
        { metric: 'edoc.outgoing', value: 98000 },
        { metric: 'edoc.incoming', value: 247000 },
      ],
    },
    {
      text: 'Tổng số văn bản đi trên hệ thống: 45.000 văn bản; văn bản đến: 120.000 văn bản.',
      only: true,
      facts: [
        { metric: 'edoc.outgoing', value: 45000 },
        { metric: 'edoc.incoming', value: 120000 },
      ],
    },
    {
      text: 'Đã cấp 1.520 chứng thư số cho cá nhân và 230 chứng thư số cho tổ chức; tổng số chứng thư số đang hoạt động là 8.900.',
      only: true,
      facts: [
        { metric: 'esign.certificates_issued', dims: { kind: 'individual' }, value: 1520 },
        { metric: 'esign.certificates_issued', dims: { kind: 'organization' }, value: 230 },
        { metric: 'esign.certificates_active', value: 8900 },
      ],
    },
    {
      text: 'Số chứng thư số chuyên dùng đã cấp cho các cơ quan, đơn vị: 1.250 chứng thư số tổ chức và 4.860 chứng thư số cá nhân.',
      only: true,
      facts: [
        { metric: 'esign.certificates_issued', dims: { kind: 'organization' }, value: 1250 },
        { metric: 'esign.certificates_issued', dims: { kind: 'individual' }, value: 4860 },
      ],
    },
    { text: 'Lũy kế đến nay, tổng số chữ ký số đã được cấp cho cán bộ, công chức là 12.450 chữ ký số.', only: true, facts: [{ metric: 'esign.certificates_issued', value: 12450 }] },
    { text: 'Tỷ lệ văn bản đi được ký số đạt 96,5%.', only: true, facts: [{ metric: 'esign.rate', value: 96.5 }] },
    { text: 'Tỷ lệ văn bản đi được ký số của cấp xã đạt 91,2%.', only: true, facts: [{ metric: 'esign.rate', dims: { level: 'commune' }, value: 91.2 }] },
    { text: 'Trong quý I/2024, Sở đã ký số 15.230 văn bản trên hệ thống quản lý văn bản.', facts: [{ metric: 'esign.signed_documents', value: 15230 }] },
    {
      text: 'Trong quý, toàn tỉnh phát hành 45.600 văn bản điện tử có ký số, chiếm 97% tổng số văn bản đi.',
      only: true,
      facts: [
        { metric: 'esign.signed_documents', value: 45600 },
        { metric: 'esign.rate', value: 97 },
      ],
    },
    {
      text: 'Số văn bản điện tử gửi đi: 345.678 văn bản; số văn bản điện tử nhận đến: 456.789 văn bản.',
      only: true,
      facts: [
        { metric: 'edoc.outgoing', value: 345678 },
        { metric: 'edoc.incoming', value: 456789 },
      ],
    },
    {
      text: 'Văn bản điện tử: đã gửi đi 34.567 văn bản điện tử, nhận đến 56.789 văn bản điện tử qua trục liên thông văn bản quốc gia.',
      only: true,
      facts: [
        { metric: 'edoc.outgoing', value: 34567 },
        { metric: 'edoc.incoming', value: 56789 },
      ],
    },
    {
      text: 'Tình hình gửi nhận văn bản điện tử: gửi 120.000 văn bản, nhận 150.000 văn bản qua trục liên thông.',
      only: true,
      facts: [
        { metric: 'edoc.outgoing', value: 120000 },
        { metric: 'edoc.incoming', value: 150000 },
      ],
    },
    {
      text: 'Trong kỳ, các cơ quan đã gửi 12.345 văn bản điện tử và tiếp nhận 23.456 văn bản điện tử trên hệ thống.',
      only: true,
      facts: [
        { metric: 'edoc.outgoing', value: 12345 },
        { metric: 'edoc.incoming', value: 23456 },
      ],
    },
    // The bodies of a level name it: sở, ban, ngành (province), UBND các huyện (district), UBND các xã (commune).
    {
      text: 'Tỷ lệ văn bản đi được ký số: các sở, ban, ngành đạt 99%; UBND các huyện, thị xã, thành phố đạt 97%; UBND các xã, phường, thị trấn đạt 90%.',
      only: true,
      facts: [
        { metric: 'esign.rate', dims: { level: 'province' }, value: 99 },
        { metric: 'esign.rate', dims: { level: 'district' }, value: 97 },
        { metric: 'esign.rate', dims: { level: 'commune' }, value: 90 },
      ],
    },
    { text: 'Việc sử dụng chữ ký số của các Sở, ban, ngành, đoàn thể và địa phương đạt 95%.', only: true, facts: [{ metric: 'esign.rate', value: 95 }] },
    { text: 'Tỷ lệ ký số của xã Phước Bình đạt 48,77%.', only: true, facts: [{ metric: 'esign.rate', dims: { entity: 'xã Phước Bình' }, value: 48.77 }] },
    {
      text: 'Số lượng văn bản đi có ký số: 120.345 văn bản, đạt 96,5%.',
      only: true,
      facts: [
        { metric: 'esign.signed_documents', value: 120345 },
        { metric: 'esign.rate', value: 96.5 },
      ],
    },
    // The level's bodies name it; a running total with the period's new ones beside it is not what was issued.
    { text: 'Tỷ lệ văn bản đi được ký số của các sở, ngành đạt 99,8%.', only: true, facts: [{ metric: 'esign.rate', dims: { level: 'province' }, value: 99.8 }] },
    { text: 'Toàn tỉnh đã cấp 12.345 chứng thư số, trong đó cấp mới trong kỳ 1.234 chứng thư số.', only: true, facts: [{ metric: 'esign.certificates_issued', value: 1234 }] },
    // Given to every kind of holder: no kind.
    { text: 'Đã cấp 12.345 chứng thư số chuyên dùng cho các cơ quan, tổ chức, cá nhân.', only: true, facts: [{ metric: 'esign.certificates_issued', value: 12345 }] },
  ],
  counterexamples: [
    ...more.counterexamples,
    // "văn bản điện tử" is not "văn bản đi".
    'Hệ thống quản lý văn bản và điều hành đã luân chuyển 234.567 văn bản điện tử.',
    // Letters sent or received are not the electronic exchange.
    'Sở đã gửi 02 văn bản đề nghị các doanh nghiệp viễn thông rà soát hạ tầng; đã nhận 03 văn bản góp ý.',
    // Letters about e-documents, and e-documents named in another item, are not the exchange.
    'Về văn bản điện tử, Sở đã gửi 02 văn bản đề nghị các đơn vị triển khai.',
    'Hệ thống quản lý văn bản điện tử đã được nâng cấp; Sở gửi 5 văn bản.',
    'Mục tiêu của Chính phủ đến năm 2025: 100% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử được ký số.',
    'Tỷ lệ cán bộ, công chức được cấp chữ ký số đạt 95%; tỷ lệ cán bộ công chức cấp xã có chữ ký số cá nhân đạt 88%.',
    'Phối hợp với 5 doanh nghiệp cung cấp chữ ký số triển khai nền tảng đăng ký cung cấp chữ ký số trên Hue-S.',
    'Chữ ký số cũng đã được hơn 5 doanh nghiệp tích hợp lên Hue-S sẵn sàng cung cấp trực tuyến cho người dân.',
    'Tham mưu UBND tỉnh ban hành 02 Quyết định, 03 Kế hoạch, 01 Chỉ thị và 01 văn bản chỉ đạo.',
    'Sở đã ban hành 25 lượt văn bản tuyên truyền (tăng hơn so với tháng trước 10 lượt văn bản).',
    'Cổng thông tin điện tử tỉnh: Đăng 86 tin bài; đăng tải 07 văn bản trên chuyên mục “Đóng góp ý kiến dự thảo văn bản”.',
  ],
};
