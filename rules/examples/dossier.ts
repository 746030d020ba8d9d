// More examples and counterexamples of the dossier family, written fresh in several word orders
// (see rules/dossier.ts for the cues and signatures they exercise). tests/rules.test.ts runs them.
// Only examples the engine gets right are here; the ones it gets wrong are reported apart (FAILING.md).
// Each group is headed by the metric of its first fact; an example may state facts of other metrics too.
import type { Example } from '../types.js';

export const examples: Example[] = [
  // dossier.received: Dossiers received: every receive verb, channel and level, figure first or verb first, with scale words and abbreviations.
  { text: 'Trong tháng 9/2024, toàn tỉnh tiếp nhận 18.450 hồ sơ thủ tục hành chính.', only: true, facts: [{ metric: 'dossier.received', value: 18450 }] },
  { text: 'Số hồ sơ TTHC tiếp nhận trong quý III là 52.300 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 52300 }] },
  { text: '52.300 hồ sơ đã được tiếp nhận trong quý III/2024.', only: true, facts: [{ metric: 'dossier.received', value: 52300 }] },
  {
    text: 'Đã tiếp nhận 23.118 HS, trong đó trực tuyến 17.002 HS.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 23118 },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 17002 },
    ],
  },
  { text: 'Tổng số HS tiếp nhận: 40.512; số HS đã giải quyết: 39.870.', only: true, facts: [{ metric: 'dossier.received', value: 40512 }, { metric: 'dossier.resolved', value: 39870 }] },
  {
    text: 'Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 6.215 hồ sơ, đã giải quyết 6.001 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 6215 },
      { metric: 'dossier.resolved', dims: { level: 'province' }, value: 6001 },
    ],
  },
  { text: 'Bộ phận Một cửa cấp huyện đã tiếp nhận 12.500 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { level: 'district' }, value: 12500 }] },
  { text: 'UBND các xã, phường, thị trấn đã nhận 30.400 hồ sơ trong năm.', only: true, facts: [{ metric: 'dossier.received', dims: { level: 'commune' }, value: 30400 }] },
  {
    text: 'Tiếp nhận trực tuyến 35.670 hồ sơ (chiếm 68,2%), trực tiếp 16.120 hồ sơ, qua dịch vụ bưu chính công ích 510 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 35670 },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 68.2 },
      { metric: 'dossier.received', dims: { channel: 'direct' }, value: 16120 },
      { metric: 'dossier.received', dims: { channel: 'postal' }, value: 510 },
    ],
  },
  { text: 'Số hồ sơ nộp trực tuyến đạt 1,2 triệu hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 1200000 }] },
  { text: 'Có hơn 2 nghìn hồ sơ được nộp qua dịch vụ bưu chính công ích.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'postal' }, value: 2000, qualifier: 'over' }] },
  { text: 'Tiếp nhận qua BCCI 845 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'postal' }, value: 845 }] },
  { text: 'Lượng hồ sơ phát sinh trong kỳ là 75.402 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 75402 }] },
  { text: 'Trong 6 tháng đầu năm, Trung tâm Phục vụ hành chính công tỉnh đã thụ lý 9.870 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { level: 'province' }, value: 9870 }] },
  {
    text: 'Hồ sơ tiếp nhận trực tuyến: 25.432 hồ sơ (DVCTT toàn trình 10.120 hồ sơ, một phần 15.312 hồ sơ).',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 25432 },
    ],
  },
  { text: 'Trong năm 2024, toàn tỉnh tiếp nhận gần 320 nghìn hồ sơ TTHC.', only: true, facts: [{ metric: 'dossier.received', value: 320000, qualifier: 'approx' }] },
  { text: 'Các cơ quan, đơn vị đã tiếp nhận được khoảng 1,5 triệu hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 1500000, qualifier: 'approx' }] },
  { text: 'Hồ sơ nhận qua dịch vụ bưu chính công ích là 1.230 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'postal' }, value: 1230 }] },
  {
    text: 'Cấp xã tiếp nhận 54.320 hồ sơ, trong đó 30.110 hồ sơ trực tuyến.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 54320 },
      { metric: 'dossier.received', dims: { level: 'commune', channel: 'online' }, value: 30110 },
    ],
  },
  { text: 'Tiếp nhận 9.876 hồ sơ mới và 432 hồ sơ từ kỳ trước chuyển sang.', only: true, facts: [{ metric: 'dossier.received', value: 9876 }] },
  { text: 'Tổng số hồ sơ tiếp nhận trong tháng 10/2024 là 14.356 hồ sơ, tăng 8,4% so với tháng trước.', only: true, facts: [{ metric: 'dossier.received', value: 14356 }] },
  { text: 'Qua Cổng Dịch vụ công tỉnh đã tiếp nhận 11.220 hồ sơ trực tuyến.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 11220 }] },
  { text: 'Tính đến ngày 30/9/2024, Hệ thống thông tin giải quyết TTHC tỉnh đã tiếp nhận 98.765 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 98765 }] },
  {
    text: 'Theo Sở Thông tin và Truyền thông, 9 tháng năm 2024 toàn tỉnh tiếp nhận 87.650 hồ sơ TTHC, đã giải quyết 85.900 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 87650 },
      { metric: 'dossier.resolved', value: 85900 },
    ],
  },
  {
    text: 'Về tiếp nhận hồ sơ, cấp tỉnh tiếp nhận 11.000 hồ sơ, cấp huyện tiếp nhận 17.500 hồ sơ và cấp xã tiếp nhận 40.200 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 11000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 17500 },
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 40200 },
    ],
  },
  {
    text: 'Số lượng hồ sơ tiếp nhận trực tuyến là 56.780 hồ sơ, đạt tỷ lệ 75,3%.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 56780 },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 75.3 },
    ],
  },
  {
    text: 'Hồ sơ tiếp nhận trong kỳ gồm 3.450 hồ sơ trực tuyến và 1.230 hồ sơ trực tiếp.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 3450 },
      { metric: 'dossier.received', dims: { channel: 'direct' }, value: 1230 },
    ],
  },
  {
    text: 'Tổng số hồ sơ tiếp nhận là 27.800 hồ sơ (trực tuyến 19.300 hồ sơ, trực tiếp 8.200 hồ sơ, bưu chính công ích 300 hồ sơ).',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 27800 },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 19300 },
      { metric: 'dossier.received', dims: { channel: 'direct' }, value: 8200 },
      { metric: 'dossier.received', dims: { channel: 'postal' }, value: 300 },
    ],
  },
  {
    text: 'Trong tháng, tiếp nhận 3.456 hồ sơ (trực tuyến 2.900 hồ sơ, chiếm 83,9%).',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 3456 },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 2900 },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 83.9 },
    ],
  },
  {
    text: 'Tiếp nhận 12.000 hồ sơ, giảm 5% so với cùng kỳ; đã giải quyết 11.800 hồ sơ, tăng 3%.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 12000 },
      { metric: 'dossier.resolved', value: 11800 },
    ],
  },
  { text: 'Đã tiếp nhận và giải quyết 2.418 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 2418 }, { metric: 'dossier.resolved', value: 2418 }] },
  { text: 'Số hồ sơ tiếp nhận: 5.678 (tháng trước: 5.120).', only: true, facts: [{ metric: 'dossier.received', value: 5678 }] },
  {
    text: 'Tiếp nhận 45.000 hồ sơ. Đã giải quyết 44.200 hồ sơ. Trễ hạn 35 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 45000 },
      { metric: 'dossier.resolved', value: 44200 },
      { metric: 'dossier.resolved_late', value: 35 },
    ],
  },
  {
    text: 'Tiếp nhận: cấp tỉnh 10.000 hồ sơ, cấp huyện 20.000 hồ sơ, cấp xã 30.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 10000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 20000 },
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 30000 },
    ],
  },
  {
    text: 'Cấp tỉnh: tiếp nhận 10.000 hồ sơ, giải quyết 9.800 hồ sơ; cấp huyện: tiếp nhận 20.000 hồ sơ, giải quyết 19.500 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 10000 },
      { metric: 'dossier.resolved', dims: { level: 'province' }, value: 9800 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 20000 },
      { metric: 'dossier.resolved', dims: { level: 'district' }, value: 19500 },
    ],
  },
  {
    text: 'Tiếp nhận 30.000 hồ sơ, trong đó cấp tỉnh 8.000 hồ sơ, cấp huyện 12.000 hồ sơ, cấp xã 10.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 30000 },
      { metric: 'dossier.received', dims: { level: 'province' }, value: 8000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 12000 },
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 10000 },
    ],
  },
  {
    text: 'Đã tiếp nhận 30.000 hồ sơ (cấp tỉnh 8.000; cấp huyện 12.000; cấp xã 10.000).',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 30000 },
      { metric: 'dossier.received', dims: { level: 'province' }, value: 8000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 12000 },
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 10000 },
    ],
  },
  {
    text: 'Có 60.000 hồ sơ trực tuyến và 20.000 hồ sơ trực tiếp được tiếp nhận.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 60000 },
      { metric: 'dossier.received', dims: { channel: 'direct' }, value: 20000 },
    ],
  },
  {
    text: 'Nộp trực tuyến 7.800 hồ sơ, nộp trực tiếp 2.200 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 7800 },
      { metric: 'dossier.received', dims: { channel: 'direct' }, value: 2200 },
    ],
  },
  {
    text: 'Tiếp nhận 20.000 hồ sơ, đã giải quyết 19.500 hồ sơ; đang giải quyết 500 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 20000 },
      { metric: 'dossier.resolved', value: 19500 },
    ],
  },
  { text: 'Trong tháng, các cơ quan nhận được 7.654 hồ sơ TTHC.', only: true, facts: [{ metric: 'dossier.received', value: 7654 }] },
  { text: 'Số hồ sơ nhận được qua Cổng dịch vụ công tỉnh là 5.432 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 5432 }] },
  { text: '7.654 hồ sơ nhận được trong tháng đều được cập nhật lên hệ thống.', only: true, facts: [{ metric: 'dossier.received', value: 7654 }] },
  { text: 'Tiếp nhận giải quyết 11.230 hồ sơ TTHC.', only: true, facts: [{ metric: 'dossier.received', value: 11230 }] },
  { text: 'Số hồ sơ tiếp nhận giải quyết trong kỳ là 11.230 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 11230 }] },
  { text: 'Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận giải quyết 3.450 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { level: 'province' }, value: 3450 }] },
  { text: 'Tiếp nhận mới 8.760 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 8760 }] },
  { text: 'Số hồ sơ mới tiếp nhận trong kỳ: 8.760 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 8760 }] },
  { text: 'Trong kỳ, các xã nhận mới 4.320 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 4320 }] },
  { text: 'Tiếp nhận được 6.540 hồ sơ trực tuyến.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 6540 }] },
  { text: 'Người dân, doanh nghiệp đã nộp 9.870 hồ sơ qua Cổng Dịch vụ công tỉnh.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 9870 }] },
  { text: 'Số hồ sơ nộp qua dịch vụ công trực tuyến là 9.870 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 9870 }] },
  { text: '9.870 hồ sơ được nộp bằng hình thức trực tuyến.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 9870 }] },
  { text: 'Số hồ sơ phát sinh trực tuyến là 4.560 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 4560 }] },
  { text: 'Phát sinh 4.560 hồ sơ trực tuyến trên Cổng DVC tỉnh.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 4560 }] },
  { text: 'Tiếp nhận tại Bộ phận Một cửa 2.100 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'direct' }, value: 2100 }] },
  { text: 'Số hồ sơ tiếp nhận qua dịch vụ bưu chính là 420 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'postal' }, value: 420 }] },
  { text: 'Có 420 hồ sơ được tiếp nhận thông qua dịch vụ bưu chính công ích.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'postal' }, value: 420 }] },
  { text: 'Tiếp nhận 5.600 hồ sơ qua môi trường mạng.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 5600 }] },
  { text: 'Đã tiếp nhận 5.600 hồ sơ online.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 5600 }] },
  {
    text: 'Các sở, ban, ngành tiếp nhận 15.000 hồ sơ; UBND cấp huyện tiếp nhận 20.000 hồ sơ; UBND cấp xã tiếp nhận 35.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 15000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 20000 },
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 35000 },
    ],
  },
  {
    text: 'Lũy kế từ đầu năm đến nay, đã tiếp nhận 76.540 hồ sơ, trong đó trực tuyến 60.120 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 76540 },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 60120 },
    ],
  },
  { text: 'Tiếp nhận 76.540 hồ sơ, bằng 108% so với cùng kỳ.', only: true, facts: [{ metric: 'dossier.received', value: 76540 }] },
  { text: 'Tiếp nhận 76.540 hồ sơ, đạt 95,6% kế hoạch năm.', only: true, facts: [{ metric: 'dossier.received', value: 76540 }] },
  { text: 'Bộ phận Một cửa các cấp đã tiếp nhận 98.000 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 98000 }] },
  {
    text: 'Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 9.000 hồ sơ, giải quyết 8.900 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 9000 },
      { metric: 'dossier.resolved', dims: { level: 'province' }, value: 8900 },
    ],
  },
  { text: 'Tiếp nhận 6.700 hồ sơ hành chính trong tháng.', only: true, facts: [{ metric: 'dossier.received', value: 6700 }] },
  { text: 'Tiếp nhận 3.450 bộ hồ sơ, giải quyết 3.300 bộ hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 3450 }, { metric: 'dossier.resolved', value: 3300 }] },
  { text: '3.450 bộ hồ sơ được nộp trực tuyến.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 3450 }] },
  { text: 'Tổng số hồ sơ giải quyết thủ tục hành chính được tiếp nhận là 45.600.', only: true, facts: [{ metric: 'dossier.received', value: 45600 }] },
  { text: 'Hồ sơ dịch vụ công tiếp nhận trong năm: 58.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 58900 }] },
  { text: 'Đã tiếp nhận 12.400 hồ sơ thủ tục các loại.', only: true, facts: [{ metric: 'dossier.received', value: 12400 }] },
  { text: 'Tiếp nhận 12.400 hồ sơ các loại, đã giải quyết 12.100 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 12400 }, { metric: 'dossier.resolved', value: 12100 }] },
  { text: 'Cổng dịch vụ công tỉnh đã tiếp nhận 34.500 hồ sơ trực tuyến.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 34500 }] },
  { text: 'Hệ thống một cửa điện tử của tỉnh đã tiếp nhận 45.600 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 45600 }] },
  { text: 'Số hồ sơ tiếp nhận qua Cổng dịch vụ công trực tuyến là 8.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 8900 }] },
  { text: 'Tiếp nhận 8.900 hồ sơ thông qua dịch vụ công trực tuyến.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 8900 }] },
  { text: 'Số hồ sơ nộp qua hệ thống dịch vụ công trực tuyến: 8.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 8900 }] },
  { text: 'Có 8.900 hồ sơ được nộp bằng dịch vụ công trực tuyến.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 8900 }] },
  { text: 'Tiếp nhận dưới hình thức trực tuyến 8.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 8900 }] },
  { text: 'Tiếp nhận 1.200 hồ sơ qua bưu điện.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'postal' }, value: 1200 }] },
  { text: 'Hồ sơ tiếp nhận qua dịch vụ bưu chính công ích: 1.200 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'postal' }, value: 1200 }] },
  { text: 'Số hồ sơ được tiếp nhận giải quyết là 23.400 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 23400 }] },
  { text: 'Đã nhận giải quyết 23.400 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 23400 }] },
  { text: 'Các xã đã tiếp nhận giải quyết 23.400 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 23400 }] },
  { text: 'Số hồ sơ thụ lý trong kỳ là 5.600 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 5600 }] },
  { text: '5.600 hồ sơ đã được thụ lý.', only: true, facts: [{ metric: 'dossier.received', value: 5600 }] },
  { text: 'Tiếp nhận được 5.600 hồ sơ, giải quyết được 5.400 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 5600 }, { metric: 'dossier.resolved', value: 5400 }] },
  {
    text: 'Tổng số hồ sơ tiếp nhận là 30.500 hồ sơ, trong đó tồn kỳ trước 500 hồ sơ, tiếp nhận mới 30.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 30500 },
      { metric: 'dossier.received', value: 30000 },
    ],
  },
  { text: 'Số hồ sơ đã tiếp nhận: 30.500 hồ sơ (tháng trước chuyển sang 500 hồ sơ).', only: true, facts: [{ metric: 'dossier.received', value: 30500 }] },
  { text: 'Tiếp nhận mới 30.000 hồ sơ; kỳ trước chuyển qua 500 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 30000 }] },
  { text: 'Hồ sơ tiếp nhận mới: 30.000; hồ sơ tồn từ kỳ trước: 500.', only: true, facts: [{ metric: 'dossier.received', value: 30000 }] },
  { text: 'Tiếp nhận 21.000 hồ sơ; 300 hồ sơ chưa đến hạn giải quyết.', only: true, facts: [{ metric: 'dossier.received', value: 21000 }] },
  // dossier.received_share: A channel's share of the dossiers received, said as a rate, after a count, or as a target.
  { text: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 72,4%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 72.4 }] },
  { text: 'Hồ sơ trực tuyến chiếm 64,3% tổng số hồ sơ tiếp nhận.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 64.3 }] },
  { text: 'Trong quý, 81,5% hồ sơ được nộp trực tuyến.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 81.5 }] },
  { text: 'Tỉ lệ hồ sơ nộp qua mạng đạt 49,8%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 49.8 }] },
  { text: 'Tỷ lệ hồ sơ tiếp nhận qua dịch vụ BCCI chiếm 2,1%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'postal' }, value: 2.1 }] },
  {
    text: 'Tỷ lệ tiếp nhận hồ sơ trực tuyến: cấp tỉnh đạt 91,2%; cấp huyện đạt 76,5%; cấp xã đạt 60,3%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { level: 'province', channel: 'online' }, value: 91.2 },
      { metric: 'dossier.received_share', dims: { level: 'district', channel: 'online' }, value: 76.5 },
      { metric: 'dossier.received_share', dims: { level: 'commune', channel: 'online' }, value: 60.3 },
    ],
  },
  { text: 'Phấn đấu đến năm 2025, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 80%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 80, basis: 'target' }] },
  {
    text: 'Mục tiêu đến năm 2025 có 90% hồ sơ của tỉnh được tiếp nhận trực tuyến.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 90, basis: 'target' },
    ],
  },
  {
    text: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận đạt 70,12% (15.300/21.820 hồ sơ).',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 70.12 },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 15300 },
      { metric: 'dossier.received', value: 21820 },
    ],
  },
  {
    text: 'Tỷ lệ hồ sơ trực tuyến của cấp tỉnh là 88,6%, cấp huyện là 71,2%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { level: 'province', channel: 'online' }, value: 88.6 },
      { metric: 'dossier.received_share', dims: { level: 'district', channel: 'online' }, value: 71.2 },
    ],
  },
  { text: 'Đạt tỷ lệ 66,7% hồ sơ được tiếp nhận qua mạng.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 66.7 }] },
  {
    text: 'Trung tâm Phục vụ hành chính công tỉnh có tỷ lệ hồ sơ trực tuyến đạt 93,4%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { level: 'province', channel: 'online' }, value: 93.4 },
    ],
  },
  { text: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,5%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 38.5 }] },
  {
    text: 'Số hồ sơ tiếp nhận qua mạng chiếm tỷ lệ 58,9%, trực tiếp chiếm 40,2%, qua bưu điện chiếm 0,9%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 58.9 },
      { metric: 'dossier.received_share', dims: { channel: 'direct' }, value: 40.2 },
      { metric: 'dossier.received_share', dims: { channel: 'postal' }, value: 0.9 },
    ],
  },
  { text: 'Tỷ lệ hồ sơ trực tuyến đạt 76,8% (tăng 10,2% so với cùng kỳ).', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 76.8 }] },
  { text: 'Cấp tỉnh đạt tỷ lệ 92,1% hồ sơ tiếp nhận trực tuyến.', only: true, facts: [{ metric: 'dossier.received_share', dims: { level: 'province', channel: 'online' }, value: 92.1 }] },
  {
    text: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 70,5%, trực tiếp 28,9%, bưu chính công ích 0,6%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 70.5 },
      { metric: 'dossier.received_share', dims: { channel: 'direct' }, value: 28.9 },
      { metric: 'dossier.received_share', dims: { channel: 'postal' }, value: 0.6 },
    ],
  },
  { text: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến cấp tỉnh là 95,1%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { level: 'province', channel: 'online' }, value: 95.1 }] },
  { text: 'Năm 2025, tỉnh phấn đấu tiếp nhận trực tuyến 80% hồ sơ.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 80, basis: 'target' }] },
  {
    text: 'Tỷ lệ hồ sơ trực tuyến đạt 65%, chưa đạt chỉ tiêu 70% được giao.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 65 },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 70, basis: 'target' },
    ],
  },
  {
    text: 'Tỷ lệ hồ sơ trực tuyến đạt 75,4%, vượt chỉ tiêu đề ra (70%).',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 75.4 },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 70, basis: 'target' },
    ],
  },
  {
    text: 'Hồ sơ trực tuyến cấp tỉnh chiếm 85%, cấp huyện 70%, cấp xã 55%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { level: 'province', channel: 'online' }, value: 85 },
      { metric: 'dossier.received_share', dims: { level: 'district', channel: 'online' }, value: 70 },
      { metric: 'dossier.received_share', dims: { level: 'commune', channel: 'online' }, value: 55 },
    ],
  },
  { text: 'Đạt 60% về tỷ lệ hồ sơ trực tuyến.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 60 }] },
  {
    text: 'Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 45%; năm 2024 đạt 65%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 45 },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 65 },
    ],
  },
  // dossier.resolved: Dossiers resolved.
  { text: 'Đã giải quyết 41.230 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 41230 }] },
  { text: 'Số hồ sơ đã giải quyết trong kỳ: 28.760 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 28760 }] },
  { text: '28.760 hồ sơ đã được giải quyết, đạt 97,8% số hồ sơ phải giải quyết.', only: true, facts: [{ metric: 'dossier.resolved', value: 28760 }] },
  { text: 'Giải quyết xong 15.004 HS.', only: true, facts: [{ metric: 'dossier.resolved', value: 15004 }] },
  {
    text: 'Cấp tỉnh đã xử lý 9.870 hồ sơ, cấp huyện đã xử lý 14.220 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.resolved', dims: { level: 'province' }, value: 9870 },
      { metric: 'dossier.resolved', dims: { level: 'district' }, value: 14220 },
    ],
  },
  { text: 'Các cơ quan đã hoàn thành giải quyết 33.456 hồ sơ TTHC.', only: true, facts: [{ metric: 'dossier.resolved', value: 33456 }] },
  { text: 'Trong tháng, Trung tâm Phục vụ hành chính công tỉnh đã giải quyết 4.567 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', dims: { level: 'province' }, value: 4567 }] },
  { text: 'Hồ sơ đã giải quyết là 1,1 triệu hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 1100000 }] },
  { text: 'Có hơn 12 nghìn hồ sơ được giải quyết trong quý I.', only: true, facts: [{ metric: 'dossier.resolved', value: 12000, qualifier: 'over' }] },
  {
    text: 'Đã giải quyết 50.400 hồ sơ, trong đó đúng hạn và trước hạn 50.100 hồ sơ, đạt 99,4%.',
    only: true,
    facts: [
      { metric: 'dossier.resolved', value: 50400 },
      { metric: 'dossier.resolved_ontime', value: 50100 },
      { metric: 'dossier.resolved_ontime_share', value: 99.4 },
    ],
  },
  {
    text: 'Đã giải quyết 30.000 hồ sơ, trong đó 29.700 hồ sơ đúng hạn, 300 hồ sơ quá hạn.',
    only: true,
    facts: [
      { metric: 'dossier.resolved', value: 30000 },
      { metric: 'dossier.resolved_ontime', value: 29700 },
      { metric: 'dossier.resolved_late', value: 300 },
    ],
  },
  { text: 'Giải quyết 97.500 hồ sơ, đạt 99,3% hồ sơ đúng hạn.', only: true, facts: [{ metric: 'dossier.resolved', value: 97500 }, { metric: 'dossier.resolved_ontime_share', value: 99.3 }] },
  {
    text: 'Kết quả giải quyết: 40.000 hồ sơ đã giải quyết; 39.600 hồ sơ trước và đúng hạn (99%); 400 hồ sơ trễ hạn (1%).',
    only: true,
    facts: [
      { metric: 'dossier.resolved', value: 40000 },
      { metric: 'dossier.resolved_ontime', value: 39600 },
      { metric: 'dossier.resolved_ontime_share', value: 99 },
      { metric: 'dossier.resolved_late', value: 400 },
      { metric: 'dossier.resolved_late_share', value: 1 },
    ],
  },
  {
    text: 'Số hồ sơ đã giải quyết: 44.980 hồ sơ. Số hồ sơ giải quyết trễ hạn: 120 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.resolved', value: 44980 },
      { metric: 'dossier.resolved_late', value: 120 },
    ],
  },
  {
    text: 'Số hồ sơ đã giải quyết: 44.980 hồ sơ;\nSố hồ sơ giải quyết trễ hạn: 120 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.resolved', value: 44980 },
      { metric: 'dossier.resolved_late', value: 120 },
    ],
  },
  {
    text: 'Số hồ sơ đã giải quyết: 44.980 hồ sơ.\n\nSố hồ sơ giải quyết trễ hạn: 120 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.resolved', value: 44980 },
      { metric: 'dossier.resolved_late', value: 120 },
    ],
  },
  {
    text: 'Đã giải quyết 9.000 hồ sơ, trong đó giải quyết trước hạn 5.000 hồ sơ, đúng hạn 3.950 hồ sơ, trễ hạn 50 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.resolved', value: 9000 },
      { metric: 'dossier.resolved_late', value: 50 },
    ],
  },
  { text: 'Đã giải quyết 9.000 hồ sơ, đúng hạn 8.950 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 9000 }, { metric: 'dossier.resolved_ontime', value: 8950 }] },
  { text: 'Đang giải quyết 500 hồ sơ; đã giải quyết 19.500 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 19500 }] },
  { text: 'Tổng số hồ sơ cần giải quyết là 21.000 hồ sơ, đã giải quyết 20.500 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 20500 }] },
  { text: 'Đã xử lý xong 17.890 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 17890 }] },
  { text: 'Số hồ sơ đã xử lý là 17.890 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 17890 }] },
  { text: '17.890 hồ sơ được xử lý trong tháng.', only: true, facts: [{ metric: 'dossier.resolved', value: 17890 }] },
  { text: 'Có kết quả giải quyết 13.400 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 13400 }] },
  { text: 'Số hồ sơ có kết quả giải quyết: 13.400 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 13400 }] },
  { text: 'Các sở, ban, ngành đã giải quyết xong 6.780 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', dims: { level: 'province' }, value: 6780 }] },
  { text: 'UBND các huyện, thị xã, thành phố đã giải quyết 9.120 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', dims: { level: 'district' }, value: 9120 }] },
  { text: 'Cấp xã đã giải quyết 25.600 hồ sơ, đạt 98,9% số hồ sơ tiếp nhận.', only: true, facts: [{ metric: 'dossier.resolved', dims: { level: 'commune' }, value: 25600 }] },
  { text: 'Số hồ sơ hành chính đã giải quyết là 6.540.', only: true, facts: [{ metric: 'dossier.resolved', value: 6540 }] },
  { text: 'Trên Hệ thống dịch vụ công của tỉnh, đã giải quyết 40.100 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 40100 }] },
  { text: 'Đã xử lý 18.700 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 18700 }] },
  { text: 'Số hồ sơ đã xử lý xong: 18.700 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 18700 }] },
  { text: 'Xử lý xong 18.700 hồ sơ TTHC.', only: true, facts: [{ metric: 'dossier.resolved', value: 18700 }] },
  { text: 'Có 18.700 hồ sơ đã được giải quyết.', only: true, facts: [{ metric: 'dossier.resolved', value: 18700 }] },
  { text: 'Đã giải quyết xong 18.700 hồ sơ, đạt 98%.', only: true, facts: [{ metric: 'dossier.resolved', value: 18700 }] },
  { text: 'Số hồ sơ hoàn thành giải quyết: 18.700.', only: true, facts: [{ metric: 'dossier.resolved', value: 18700 }] },
  { text: 'Đã giải quyết 19.500 hồ sơ; còn 500 hồ sơ đang trong quá trình giải quyết.', only: true, facts: [{ metric: 'dossier.resolved', value: 19500 }] },
  { text: 'Số hồ sơ chưa giải quyết là 450 hồ sơ, đã giải quyết 20.100 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', value: 20100 }] },
  // dossier.resolved_ontime: Resolved early or on time (a bare "đúng hạn" counts when no separate early count is beside it).
  {
    text: 'Số hồ sơ giải quyết đúng và trước hạn là 40.115 hồ sơ, đạt 99,1%.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime', value: 40115 },
      { metric: 'dossier.resolved_ontime_share', value: 99.1 },
    ],
  },
  { text: 'Giải quyết trước và đúng hạn 25.300 hồ sơ (98,7%).', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 25300 }, { metric: 'dossier.resolved_ontime_share', value: 98.7 }] },
  { text: 'Hồ sơ giải quyết đúng hạn: 18.400 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 18400 }] },
  {
    text: 'Có 12.300 hồ sơ được giải quyết đúng thời hạn, chiếm 97,4%.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime', value: 12300 },
      { metric: 'dossier.resolved_ontime_share', value: 97.4 },
    ],
  },
  { text: 'Trung tâm Phục vụ hành chính công tỉnh giải quyết đúng hạn 7.980 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', dims: { level: 'province' }, value: 7980 }] },
  { text: 'Số hồ sơ giải quyết đúng, trước hạn là 22.100 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 22100 }] },
  { text: 'Số hồ sơ giải quyết đúng thời gian quy định là 8.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 8900 }] },
  { text: 'Giải quyết sớm hạn, đúng hạn 12.340 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 12340 }] },
  {
    text: 'Hồ sơ giải quyết đúng và trước thời hạn: 15.000 hồ sơ (99,2%).',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime', value: 15000 },
      { metric: 'dossier.resolved_ontime_share', value: 99.2 },
    ],
  },
  { text: 'Giải quyết đúng hẹn 4.500 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 4500 }] },
  { text: 'Giải quyết trước hạn và đúng hạn 17.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 17900 }] },
  {
    text: 'Số hồ sơ giải quyết sớm hạn và đúng hạn là 17.900 hồ sơ, chiếm 99,4%.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime', value: 17900 },
      { metric: 'dossier.resolved_ontime_share', value: 99.4 },
    ],
  },
  { text: 'Hồ sơ giải quyết đúng hạn và sớm hạn: 17.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 17900 }] },
  { text: 'Đã giải quyết đúng hạn, trước hạn 17.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 17900 }] },
  { text: '17.900 hồ sơ được giải quyết đúng hạn hoặc trước hạn.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 17900 }] },
  { text: 'Số hồ sơ giải quyết trước hạn hoặc đúng hạn đạt 17.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 17900 }] },
  {
    text: 'Giải quyết trước và đúng thời hạn 17.900 hồ sơ (đạt 99,4%).',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime', value: 17900 },
      { metric: 'dossier.resolved_ontime_share', value: 99.4 },
    ],
  },
  { text: 'Có 17.900 hồ sơ được giải quyết đúng thời hạn.', only: true, facts: [{ metric: 'dossier.resolved_ontime', value: 17900 }] },
  // dossier.resolved_ontime_share: The share resolved early or on time.
  { text: 'Tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,6%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.6 }] },
  { text: 'Tỉ lệ hồ sơ được giải quyết đúng hẹn đạt 98,9%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 98.9 }] },
  {
    text: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn: cấp tỉnh 99,8%; cấp huyện 98,5%; cấp xã 99,1%.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime_share', dims: { level: 'province' }, value: 99.8 },
      { metric: 'dossier.resolved_ontime_share', dims: { level: 'district' }, value: 98.5 },
      { metric: 'dossier.resolved_ontime_share', dims: { level: 'commune' }, value: 99.1 },
    ],
  },
  { text: '99,2% hồ sơ được giải quyết đúng hạn.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.2 }] },
  { text: 'Phấn đấu đến năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 98, basis: 'target' }] },
  { text: 'Tỷ lệ hồ sơ giải quyết sớm và đúng hạn đạt 99,85%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.85 }] },
  { text: 'Hồ sơ được giải quyết trước hoặc đúng hạn chiếm 98,4%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 98.4 }] },
  { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn của cấp tỉnh đạt 99,9%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', dims: { level: 'province' }, value: 99.9 }] },
  { text: 'Năm 2024, 99,1% hồ sơ TTHC của tỉnh được giải quyết đúng hạn và trước hạn.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.1 }] },
  {
    text: 'Hồ sơ đã giải quyết đúng hạn đạt 99%, chỉ có 0,9% hồ sơ trễ hạn.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime_share', value: 99 },
      { metric: 'dossier.resolved_late_share', value: 0.9 },
    ],
  },
  { text: 'Tỷ lệ giải quyết hồ sơ trước, đúng hạn đạt 99,4%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.4 }] },
  { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%, trong khi tỉnh Bình Thuận đạt 97%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.2 }] },
  { text: 'Tỷ lệ hồ sơ giải quyết đúng và sớm hạn đạt 99,4%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.4 }] },
  { text: 'Tỷ lệ hồ sơ giải quyết đúng hoặc trước hạn là 99,4%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.4 }] },
  { text: 'Tỷ lệ giải quyết hồ sơ đúng hạn, sớm hạn đạt 99,4%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.4 }] },
  { text: 'Tỷ lệ hồ sơ được giải quyết đúng thời gian quy định đạt 99,4%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.4 }] },
  // dossier.resolved_late: Resolved late, in its several words.
  { text: 'Số hồ sơ giải quyết quá hạn là 235 hồ sơ, chiếm 0,6%.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 235 }, { metric: 'dossier.resolved_late_share', value: 0.6 }] },
  { text: 'Còn 112 hồ sơ giải quyết trễ hạn.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 112 }] },
  { text: 'Hồ sơ giải quyết chậm: 87 hồ sơ (0,3%).', only: true, facts: [{ metric: 'dossier.resolved_late', value: 87 }, { metric: 'dossier.resolved_late_share', value: 0.3 }] },
  { text: 'Trễ hạn 146 hồ sơ, chủ yếu thuộc cấp huyện.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 146 }] },
  { text: 'Cấp huyện có 96 hồ sơ giải quyết quá hạn.', only: true, facts: [{ metric: 'dossier.resolved_late', dims: { level: 'district' }, value: 96 }] },
  { text: 'Có 32 hồ sơ bị trễ hạn, chiếm tỷ lệ 0,1%.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 32 }, { metric: 'dossier.resolved_late_share', value: 0.1 }] },
  { text: 'Số hồ sơ quá hạn đã giải quyết là 78 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 78 }] },
  {
    text: 'Hồ sơ giải quyết trễ hạn là 120 hồ sơ (cấp tỉnh 20 hồ sơ, cấp huyện 100 hồ sơ).',
    only: true,
    facts: [
      { metric: 'dossier.resolved_late', value: 120 },
      { metric: 'dossier.resolved_late', dims: { level: 'province' }, value: 20 },
      { metric: 'dossier.resolved_late', dims: { level: 'district' }, value: 100 },
    ],
  },
  { text: 'Có 56 hồ sơ giải quyết trễ hẹn.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 56 }] },
  { text: 'Số hồ sơ giải quyết quá thời hạn là 56 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 56 }] },
  { text: 'Hồ sơ giải quyết chậm trễ: 56 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 56 }] },
  { text: 'Giải quyết quá hẹn 56 hồ sơ, chiếm 0,2%.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 56 }, { metric: 'dossier.resolved_late_share', value: 0.2 }] },
  { text: 'Số hồ sơ giải quyết chậm hạn: 25 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 25 }] },
  { text: 'Có 25 hồ sơ giải quyết trễ.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 25 }] },
  { text: 'Hồ sơ giải quyết chậm muộn là 25 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved_late', value: 25 }] },
  // dossier.resolved_late_share: The share resolved late.
  { text: 'Tỷ lệ hồ sơ giải quyết trễ hạn chiếm 1,2%.', only: true, facts: [{ metric: 'dossier.resolved_late_share', value: 1.2 }] },
  { text: 'Tỷ lệ hồ sơ trễ hạn: 0,45%.', only: true, facts: [{ metric: 'dossier.resolved_late_share', value: 0.45 }] },
  { text: 'Tỷ lệ hồ sơ giải quyết quá hạn là 0,8%.', only: true, facts: [{ metric: 'dossier.resolved_late_share', value: 0.8 }] },
  { text: 'Tỉ lệ giải quyết hồ sơ trễ hạn của cấp huyện là 1,5%.', only: true, facts: [{ metric: 'dossier.resolved_late_share', dims: { level: 'district' }, value: 1.5 }] },
  { text: 'Tỷ lệ hồ sơ giải quyết chậm trễ là 0,1%.', only: true, facts: [{ metric: 'dossier.resolved_late_share', value: 0.1 }] },
  // dossier.synced_national: Dossiers synchronized with the national portal.
  {
    text: 'Đồng bộ 45.120/47.000 hồ sơ lên Cổng Dịch vụ công quốc gia, đạt 96%.',
    only: true,
    facts: [
      { metric: 'dossier.synced_national', value: 45120 },
      { metric: 'dossier.received', value: 47000 },
      { metric: 'dossier.synced_national_share', value: 96 },
    ],
  },
  { text: 'Số hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia: 60.221 hồ sơ.', only: true, facts: [{ metric: 'dossier.synced_national', value: 60221 }] },
  { text: 'Đã đồng bộ hoá 38.700 hồ sơ TTHC với Cổng dịch vụ công quốc gia.', only: true, facts: [{ metric: 'dossier.synced_national', value: 38700 }] },
  {
    text: 'Đã đồng bộ trạng thái 67.800 hồ sơ lên Cổng Dịch vụ công quốc gia, đạt tỷ lệ 97,2%.',
    only: true,
    facts: [
      { metric: 'dossier.synced_national', value: 67800 },
      { metric: 'dossier.synced_national_share', value: 97.2 },
    ],
  },
  { text: 'Số hồ sơ đồng bộ lên Cổng DVCQG là 45.900/46.200 hồ sơ.', only: true, facts: [{ metric: 'dossier.synced_national', value: 45900 }, { metric: 'dossier.received', value: 46200 }] },
  { text: 'Đã có 60.000 hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'dossier.synced_national', value: 60000 }] },
  { text: 'Cập nhật trạng thái 23.400 hồ sơ lên Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'dossier.synced_national', value: 23400 }] },
  {
    text: 'Số hồ sơ được đồng bộ trạng thái: 23.400/24.000 hồ sơ (97,5%).',
    only: true,
    facts: [
      { metric: 'dossier.synced_national', value: 23400 },
      { metric: 'dossier.received', value: 24000 },
      { metric: 'dossier.synced_national_share', value: 97.5 },
    ],
  },
  { text: 'Đồng bộ hóa trạng thái 40.200 hồ sơ lên Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'dossier.synced_national', value: 40200 }] },
  { text: 'Số hồ sơ được đồng bộ hoá trạng thái với Cổng DVCQG là 40.200.', only: true, facts: [{ metric: 'dossier.synced_national', value: 40200 }] },
  { text: 'Có 980 hồ sơ được đồng bộ lên Cổng DVCQG, 20 hồ sơ chưa đồng bộ.', only: true, facts: [{ metric: 'dossier.synced_national', value: 980 }] },
  // dossier.synced_national_share: The share synchronized with the national portal.
  { text: 'Tỷ lệ hồ sơ đồng bộ trạng thái trên Cổng DVCQG đạt 98,5%.', only: true, facts: [{ metric: 'dossier.synced_national_share', value: 98.5 }] },
  { text: '100% hồ sơ được đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'dossier.synced_national_share', value: 100 }] },
  { text: 'Tỷ lệ đồng bộ hồ sơ lên Cổng DVCQG là 99,1%.', only: true, facts: [{ metric: 'dossier.synced_national_share', value: 99.1 }] },
  { text: 'Tỷ lệ hồ sơ được đồng bộ trên Cổng DVCQG của cấp xã đạt 95%.', only: true, facts: [{ metric: 'dossier.synced_national_share', dims: { level: 'commune' }, value: 95 }] },
  { text: 'Tỷ lệ hồ sơ đồng bộ hóa lên Cổng Dịch vụ công quốc gia là 97%.', only: true, facts: [{ metric: 'dossier.synced_national_share', value: 97 }] },
  // dossier.returned: Results returned, by channel.
  { text: 'Trả kết quả qua dịch vụ bưu chính công ích 3.450 hồ sơ.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'postal' }, value: 3450 }] },
  {
    text: 'Số hồ sơ trả kết quả trực tuyến là 12.800 hồ sơ, chiếm 40,2%.',
    only: true,
    facts: [
      { metric: 'dossier.returned', dims: { channel: 'online' }, value: 12800 },
      { metric: 'dossier.returned_share', dims: { channel: 'online' }, value: 40.2 },
    ],
  },
  { text: 'Có 950 kết quả giải quyết TTHC được chuyển trả qua bưu điện.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'postal' }, value: 950 }] },
  { text: 'Đã trả kết quả 35.600 hồ sơ.', only: true, facts: [{ metric: 'dossier.returned', value: 35600 }] },
  { text: 'Trả kết quả giải quyết TTHC qua dịch vụ BCCI: 2.345 hồ sơ.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'postal' }, value: 2345 }] },
  {
    text: 'Trả kết quả trực tuyến 8.900 hồ sơ, trả kết quả trực tiếp 4.100 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.returned', dims: { channel: 'online' }, value: 8900 },
      { metric: 'dossier.returned', dims: { channel: 'direct' }, value: 4100 },
    ],
  },
  {
    text: 'Hơn 4 nghìn kết quả giải quyết TTHC đã được trả qua dịch vụ bưu chính công ích.',
    only: true,
    facts: [
      { metric: 'dossier.returned', dims: { channel: 'postal' }, value: 4000, qualifier: 'over' },
    ],
  },
  { text: 'Trong năm có 1.320 hồ sơ được trả kết quả tại nhà qua dịch vụ BCCI.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'postal' }, value: 1320 }] },
  { text: 'Phát trả kết quả qua dịch vụ BCCI 1.230 hồ sơ.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'postal' }, value: 1230 }] },
  { text: 'Số kết quả được chuyển trả qua bưu chính công ích là 1.230.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'postal' }, value: 1230 }] },
  { text: 'Đã chuyển trả kết quả 14.000 hồ sơ trực tuyến.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'online' }, value: 14000 }] },
  { text: 'Phát trả 2.300 kết quả giải quyết TTHC qua dịch vụ bưu chính công ích.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'postal' }, value: 2300 }] },
  { text: 'Số kết quả giải quyết TTHC trả qua bưu điện là 2.300.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'postal' }, value: 2300 }] },
  { text: 'Trả kết quả qua mạng 9.800 hồ sơ.', only: true, facts: [{ metric: 'dossier.returned', dims: { channel: 'online' }, value: 9800 }] },
  // dossier.returned_share: The share of results returned by a channel.
  { text: 'Tỷ lệ hồ sơ trả kết quả qua BCCI đạt 25,6%.', only: true, facts: [{ metric: 'dossier.returned_share', dims: { channel: 'postal' }, value: 25.6 }] },
  { text: 'Số hồ sơ trả kết quả qua BCCI chiếm 18,5% tổng số hồ sơ đã trả kết quả.', only: true, facts: [{ metric: 'dossier.returned_share', dims: { channel: 'postal' }, value: 18.5 }] },
  { text: 'Tỷ lệ trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích đạt 12,4%.', only: true, facts: [{ metric: 'dossier.returned_share', dims: { channel: 'postal' }, value: 12.4 }] },
  // dossier.eservice_with_dossier_share: The share of online services that had dossiers.
  { text: 'Tỷ lệ DVCTT phát sinh hồ sơ đạt 52,8%.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 52.8 }] },
  { text: 'Có 48,3% dịch vụ công trực tuyến có phát sinh hồ sơ.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 48.3 }] },
  { text: 'Tỉ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến là 61,5%.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 61.5 }] },
  { text: 'Tỷ lệ DVCTT có phát sinh hồ sơ của cấp tỉnh đạt 70,2%.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', dims: { level: 'province' }, value: 70.2 }] },
  { text: 'Số DVCTT có phát sinh hồ sơ chiếm 57,2%.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 57.2 }] },
  { text: 'Có 57,2% số DVCTT có hồ sơ phát sinh.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 57.2 }] },
  { text: 'Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến là 63%.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 63 }] },
  { text: '63% DVCTT có phát sinh hồ sơ.', only: true, facts: [{ metric: 'dossier.eservice_with_dossier_share', value: 63 }] },
  // eservice.count: Online public services, by kind and level.
  { text: 'Tỉnh đã cung cấp 1.456 dịch vụ công trực tuyến.', only: true, facts: [{ metric: 'eservice.count', value: 1456 }] },
  {
    text: 'Tổng số DVCTT của tỉnh là 1.210 dịch vụ, trong đó 560 DVCTT toàn trình và 650 DVCTT một phần.',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 1210 },
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 560 },
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 650 },
    ],
  },
  {
    text: 'Số DVCTT toàn trình: 812 dịch vụ (chiếm 45,6%).',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 812 },
      { metric: 'eservice.share', dims: { kind: 'full' }, value: 45.6 },
    ],
  },
  {
    text: 'Cung cấp 245 dịch vụ công trực tuyến mức độ 3 và 398 dịch vụ mức độ 4.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'level3' }, value: 245 },
      { metric: 'eservice.count', dims: { kind: 'level4' }, value: 398 },
    ],
  },
  { text: 'Dịch vụ công trực tuyến mức độ 4: 398 dịch vụ.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'level4' }, value: 398 }] },
  { text: 'Hiện có 980 TTHC được cung cấp dưới dạng DVCTT toàn trình.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'full' }, value: 980 }] },
  {
    text: 'Toàn tỉnh có 1.024 DVCTT, trong đó cấp tỉnh 890, cấp huyện 98, cấp xã 36.',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 1024 },
      { metric: 'eservice.count', dims: { level: 'province' }, value: 890 },
      { metric: 'eservice.count', dims: { level: 'district' }, value: 98 },
      { metric: 'eservice.count', dims: { level: 'commune' }, value: 36 },
    ],
  },
  {
    text: 'DVCTT một phần 701 dịch vụ, DVCTT toàn trình 455 dịch vụ.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 701 },
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 455 },
    ],
  },
  { text: '1.156 dịch vụ công trực tuyến đã được cung cấp trên Cổng Dịch vụ công tỉnh.', only: true, facts: [{ metric: 'eservice.count', value: 1156 }] },
  { text: 'Tỉnh hiện cung cấp 620 DVCTT toàn trình.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'full' }, value: 620 }] },
  {
    text: 'Số dịch vụ công trực tuyến mức độ 3 là 312 dịch vụ, mức độ 4 là 840 dịch vụ.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'level3' }, value: 312 },
      { metric: 'eservice.count', dims: { kind: 'level4' }, value: 840 },
    ],
  },
  {
    text: 'Đến nay, tỉnh có 1.890 DVCTT (gồm 980 DVCTT toàn trình, 910 DVCTT một phần).',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 1890 },
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 980 },
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 910 },
    ],
  },
  {
    text: 'Số lượng dịch vụ công trực tuyến toàn trình là 1.020 dịch vụ, chiếm tỷ lệ 55,4%.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 1020 },
      { metric: 'eservice.share', dims: { kind: 'full' }, value: 55.4 },
    ],
  },
  {
    text: 'Dịch vụ công trực tuyến: 1.150 dịch vụ, trong đó toàn trình 600 dịch vụ, một phần 550 dịch vụ.',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 1150 },
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 600 },
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 550 },
    ],
  },
  {
    text: 'DVCTT mức độ 3: 450 dịch vụ (chiếm 24,5%); mức độ 4: 1.100 dịch vụ (chiếm 59,8%).',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'level3' }, value: 450 },
      { metric: 'eservice.share', dims: { kind: 'level3' }, value: 24.5 },
      { metric: 'eservice.count', dims: { kind: 'level4' }, value: 1100 },
      { metric: 'eservice.share', dims: { kind: 'level4' }, value: 59.8 },
    ],
  },
  { text: 'Cung cấp 1.234 dịch vụ công trực tuyến mức độ 3, 4.', only: true, facts: [{ metric: 'eservice.count', value: 1234 }] },
  {
    text: '1.200 DVCTT toàn trình, 800 DVCTT một phần.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 1200 },
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 800 },
    ],
  },
  {
    text: 'Toàn trình: 1.200 DVCTT; một phần: 800 DVCTT.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 1200 },
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 800 },
    ],
  },
  {
    text: 'Có 345 dịch vụ mức độ 3 và 567 dịch vụ mức độ 4 được cung cấp trên Cổng dịch vụ công tỉnh.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'level3' }, value: 345 },
      { metric: 'eservice.count', dims: { kind: 'level4' }, value: 567 },
    ],
  },
  { text: 'Tỉnh có 1.500 thủ tục hành chính, trong đó 1.050 thủ tục được cung cấp DVCTT.', only: true, facts: [{ metric: 'eservice.count', value: 1050 }] },
  {
    text: 'Có 245 DVCTT mức 3 và 398 DVCTT mức 4.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'level3' }, value: 245 },
      { metric: 'eservice.count', dims: { kind: 'level4' }, value: 398 },
    ],
  },
  { text: 'Dịch vụ công trực tuyến cấp độ 4: 398 dịch vụ.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'level4' }, value: 398 }] },
  { text: 'Số DVCTT mức độ 3 và 4 là 1.020 dịch vụ.', only: true, facts: [{ metric: 'eservice.count', value: 1020 }] },
  {
    text: 'Số dịch vụ công trực tuyến một phần là 610, chiếm 47,9%.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 610 },
      { metric: 'eservice.share', dims: { kind: 'partial' }, value: 47.9 },
    ],
  },
  { text: 'Cấp tỉnh có 812 DVCTT toàn trình.', only: true, facts: [{ metric: 'eservice.count', dims: { level: 'province', kind: 'full' }, value: 812 }] },
  {
    text: 'Toàn tỉnh có 1.030 DVCTT; Cổng DVC tỉnh đã tiếp nhận 45.000 hồ sơ trực tuyến.',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 1030 },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 45000 },
    ],
  },
  { text: 'Tỉnh cung cấp 1.234 dịch vụ công trực tuyến của tỉnh trên Cổng.', facts: [{ metric: 'eservice.count', value: 1234 }] },
  { text: 'Số dịch vụ hành chính công trực tuyến là 1.234 dịch vụ.', only: true, facts: [{ metric: 'eservice.count', value: 1234 }] },
  { text: 'Có 234 DVCTT cấp độ 3.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'level3' }, value: 234 }] },
  { text: 'Số DVCTT mức 3, 4 là 1.020 dịch vụ.', only: true, facts: [{ metric: 'eservice.count', value: 1020 }] },
  { text: 'DVCTT mức độ 3 và mức độ 4: 1.020 dịch vụ.', only: true, facts: [{ metric: 'eservice.count', value: 1020 }] },
  { text: 'Cung cấp 1.020 DVCTT các mức độ 3, 4.', only: true, facts: [{ metric: 'eservice.count', value: 1020 }] },
  { text: 'Có 1.020 DVCTT mức độ 3 - 4.', only: true, facts: [{ metric: 'eservice.count', value: 1020 }] },
  // eservice.share: The share of online services of a kind.
  { text: 'Tỷ lệ DVCTT toàn trình đạt 48,2%.', only: true, facts: [{ metric: 'eservice.share', dims: { kind: 'full' }, value: 48.2 }] },
  { text: 'DVCTT toàn trình chiếm 52,1% tổng số thủ tục hành chính.', only: true, facts: [{ metric: 'eservice.share', dims: { kind: 'full' }, value: 52.1 }] },
  { text: 'Phấn đấu đến năm 2025 tỷ lệ DVCTT toàn trình đạt 80%.', only: true, facts: [{ metric: 'eservice.share', dims: { kind: 'full' }, value: 80, basis: 'target' }] },
  { text: '100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến.', only: true, facts: [{ metric: 'eservice.share', value: 100 }] },
  { text: 'Tỷ lệ DVCTT mức độ 4 đạt 61,3%.', only: true, facts: [{ metric: 'eservice.share', dims: { kind: 'level4' }, value: 61.3 }] },
  { text: 'Tỷ lệ DVCTT một phần là 47,9%.', only: true, facts: [{ metric: 'eservice.share', dims: { kind: 'partial' }, value: 47.9 }] },
  {
    text: 'Tỷ lệ DVCTT toàn trình trên tổng số TTHC đạt 55%; tỷ lệ hồ sơ trực tuyến đạt 60%.',
    only: true,
    facts: [
      { metric: 'eservice.share', dims: { kind: 'full' }, value: 55 },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 60 },
    ],
  },
  {
    text: 'Tỷ lệ DVCTT mức 3 là 32,5%, mức 4 là 54,1%.',
    only: true,
    facts: [
      { metric: 'eservice.share', dims: { kind: 'level3' }, value: 32.5 },
      { metric: 'eservice.share', dims: { kind: 'level4' }, value: 54.1 },
    ],
  },
  // eservice.integrated_national: Online services integrated with the national portal.
  { text: 'Đã tích hợp 1.120 DVCTT lên Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 1120 }] },
  {
    text: '1.120/1.230 DVCTT đã được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia (đạt 91,1%).',
    only: true,
    facts: [
      { metric: 'eservice.integrated_national', value: 1120 },
      { metric: 'eservice.count', value: 1230 },
      { metric: 'eservice.integrated_national_share', value: 91.1 },
    ],
  },
  {
    text: 'Có 654 dịch vụ công trực tuyến của tỉnh được tích hợp trên Cổng Dịch vụ công quốc gia, đạt 88%.',
    only: true,
    facts: [
      { metric: 'eservice.integrated_national', value: 654 },
      { metric: 'eservice.integrated_national_share', value: 88 },
    ],
  },
  { text: 'Tỉnh đã đưa 1.345 DVCTT lên Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 1345 }] },
  {
    text: 'Đã tích hợp lên Cổng DVCQG 1.012 DVCTT, đạt tỷ lệ 86,5%.',
    only: true,
    facts: [
      { metric: 'eservice.integrated_national', value: 1012 },
      { metric: 'eservice.integrated_national_share', value: 86.5 },
    ],
  },
  { text: 'Kết nối 980 DVCTT với Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 980 }] },
  { text: 'Có 980 dịch vụ công trực tuyến được kết nối lên Cổng DVCQG.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 980 }] },
  { text: 'Số DVCTT tích hợp và cung cấp trên Cổng Dịch vụ công quốc gia là 980.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 980 }] },
  { text: 'Đã tích hợp, cung cấp 1.045 DVCTT trên Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 1045 }] },
  { text: 'Có 1.045 dịch vụ công trực tuyến của tỉnh đã tích hợp vào Cổng dịch vụ công quốc gia.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 1045 }] },
  { text: 'Tích hợp và cung cấp 1.045 DVCTT trên Cổng Dịch vụ công quốc gia.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 1045 }] },
  { text: 'Đã tích hợp 1.000 DVCTT lên Cổng DVCQG; 120 DVCTT đăng ký triển khai trong năm 2025.', only: true, facts: [{ metric: 'eservice.integrated_national', value: 1000 }] },
  // eservice.integrated_national_share: The share integrated with the national portal.
  { text: 'Tỷ lệ DVCTT được tích hợp lên Cổng DVCQG đạt 91,3%.', only: true, facts: [{ metric: 'eservice.integrated_national_share', value: 91.3 }] },
  { text: 'Tỷ lệ dịch vụ công trực tuyến tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia đạt 100%.', only: true, facts: [{ metric: 'eservice.integrated_national_share', value: 100 }] },
  { text: 'Tỷ lệ tích hợp DVCTT lên Cổng Dịch vụ công quốc gia đạt 95,6%.', only: true, facts: [{ metric: 'eservice.integrated_national_share', value: 95.6 }] },
  // A rate followed by its state ("98% đúng hạn"); the thing said in a clause before it.
  { text: 'Trong tổng số hồ sơ đã giải quyết, có 97,6% đúng hạn.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 97.6 }] },
  { text: 'Trong số hồ sơ được giải quyết năm qua, 99,1% trước và đúng hạn.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.1 }] },
  // A rate whose own words name it, after a count of another metric: not that count's share.
  {
    text: 'Năm nay tỉnh tiếp nhận 185.000 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 98,9%.',
    only: true,
    facts: [{ metric: 'dossier.received', value: 185000 }, { metric: 'dossier.resolved_ontime_share', value: 98.9 }],
  },
  {
    text: 'Toàn tỉnh tiếp nhận 64.000 hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,3%.',
    only: true,
    facts: [{ metric: 'dossier.received', value: 64000 }, { metric: 'dossier.resolved_ontime_share', value: 99.3 }],
  },
  // A count alone in parentheses after its subject: the share after them is of it.
  {
    text: 'Số hồ sơ tiếp nhận trực tuyến (61.200 hồ sơ) chiếm 77,5% tổng số hồ sơ.',
    only: true,
    facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 61200 }, { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 77.5 }],
  },
  {
    text: 'Hồ sơ nộp trực tuyến (12.400 hồ sơ) chiếm tỷ lệ 64%.',
    only: true,
    facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 12400 }, { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 64 }],
  },
  // "N% DVCTT …": the rate followed by what it is a share of.
  { text: 'Phấn đấu năm 2026, 90% DVCTT được cung cấp toàn trình.', only: true, facts: [{ metric: 'eservice.share', dims: { kind: 'full' }, value: 90, basis: 'target' }] },
  { text: 'Hiện 62% dịch vụ công trực tuyến của tỉnh là toàn trình.', only: true, facts: [{ metric: 'eservice.share', dims: { kind: 'full' }, value: 62 }] },
  // The one-stop department is the province's; a ministry is not.
  { text: 'Bộ phận Một cửa tỉnh đã tiếp nhận 12.000 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 12000 }] },
  // A share after parts said together is of all of them, not of the last part.
  {
    text: 'Tỉnh đã cung cấp 980 dịch vụ công trực tuyến, gồm 610 dịch vụ mức độ 3 và 370 dịch vụ mức độ 4, đạt tỷ lệ 52%.',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 980 },
      { metric: 'eservice.count', dims: { kind: 'level3' }, value: 610 },
      { metric: 'eservice.count', dims: { kind: 'level4' }, value: 370 },
      { metric: 'eservice.share', value: 52 },
    ],
  },
  {
    text: 'Hiện có 415 dịch vụ công trực tuyến toàn trình cùng 230 dịch vụ công trực tuyến một phần, chiếm 38,6% tổng số thủ tục.',
    facts: [
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 415 },
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 230 },
      { metric: 'eservice.share', value: 38.6 },
    ],
  },
  // (A share right after one part, before the next, is that part's.)
  {
    text: 'Tổng số 980 dịch vụ công trực tuyến, trong đó 610 dịch vụ mức độ 3, chiếm 62,2%; 370 dịch vụ mức độ 4, chiếm 37,8%.',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 980 },
      { metric: 'eservice.count', dims: { kind: 'level3' }, value: 610 },
      { metric: 'eservice.share', dims: { kind: 'level3' }, value: 62.2 },
      { metric: 'eservice.count', dims: { kind: 'level4' }, value: 370 },
      { metric: 'eservice.share', dims: { kind: 'level4' }, value: 37.8 },
    ],
  },
  // A list of examples whose items are the metric's own parts (levels, channels) or name the metric itself.
  {
    text: 'Tỷ lệ hồ sơ nộp trực tuyến còn thấp ở một số cấp như: cấp huyện 41%, cấp xã 27%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online', level: 'district' }, value: 41 },
      { metric: 'dossier.received_share', dims: { channel: 'online', level: 'commune' }, value: 27 },
    ],
  },
  {
    text: 'Một số chỉ tiêu đạt khá gồm: tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 62%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.',
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 62 },
      { metric: 'dossier.resolved_ontime_share', value: 98.5 },
    ],
  },
  // A clause with no subject of its own has the subject of the clause before: its channel too.
  {
    text: 'Bưu điện tỉnh đã tiếp nhận 3.150 hồ sơ, đồng thời chuyển trả 28.400 kết quả giải quyết thủ tục hành chính.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'postal' }, value: 3150 },
      { metric: 'dossier.returned', dims: { channel: 'postal' }, value: 28400 },
    ],
  },
  {
    text: 'Qua dịch vụ bưu chính công ích, ngành bưu điện nhận 1.020 hồ sơ và trả 9.870 kết quả.',
    facts: [
      { metric: 'dossier.received', dims: { channel: 'postal' }, value: 1020 },
      { metric: 'dossier.returned', dims: { channel: 'postal' }, value: 9870 },
    ],
  },
  // (The first clause's object is not the subject: its channel stays there.)
  {
    text: 'Toàn tỉnh tiếp nhận 5.000 hồ sơ trực tuyến, đồng thời trả 4.800 kết quả.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 5000 },
      { metric: 'dossier.returned', value: 4800 },
    ],
  },
  // Procedures provided as online services, out of all procedures: the whole is no count of services,
  // named in the clause or by the sentence's topic, with a whole that looks like a year or not.
  {
    text: 'Về DVC trực tuyến, tỉnh đã cung cấp được 640/2015 thủ tục, đạt 31,8%.',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 640 },
      { metric: 'eservice.share', value: 31.8 },
    ],
  },
  {
    text: 'Đối với dịch vụ công trực tuyến mức độ 3, 4, tỉnh đã cung cấp 912/1.870 thủ tục hành chính (đạt 48,8%).',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 912 },
      { metric: 'eservice.share', value: 48.8 },
    ],
  },
  // A state said of the dossiers beats the action it was done by, even with a comma inside its words;
  // a sentence that goes on from one about the Centre has the Centre as its subject.
  {
    text: 'Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 23.700 hồ sơ. Bên cạnh đó, tỉ lệ hồ sơ được giải quyết, trả kết quả đúng, trước hạn là 99,9%.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 23700 },
      { metric: 'dossier.resolved_ontime_share', dims: { level: 'province' }, value: 99.9 },
    ],
  },
  {
    text: 'Tỷ lệ hồ sơ trả kết quả đúng hạn, trước hạn đạt 98,7%; tỷ lệ hồ sơ trả kết quả trễ hạn là 1,3%.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime_share', value: 98.7 },
      { metric: 'dossier.resolved_late_share', value: 1.3 },
    ],
  },
  {
    text: 'Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 23.700 hồ sơ. Tỷ lệ hồ sơ giải quyết đúng và trước hạn của toàn tỉnh đạt 97,5%.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 23700 },
      { metric: 'dossier.resolved_ontime_share', value: 97.5 },
    ],
  },
  // (The share returned by post is still a returned share.)
  { text: 'Tỷ lệ hồ sơ trả kết quả qua dịch vụ bưu chính công ích đạt 12,4%.', only: true, facts: [{ metric: 'dossier.returned_share', dims: { channel: 'postal' }, value: 12.4 }] },
  // Dossiers submitted or received on the network came in online.
  { text: 'Tỷ lệ hồ sơ nộp qua môi trường mạng đạt 66%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 66 }] },
  { text: 'Số hồ sơ tiếp nhận trên môi trường mạng là 40.000 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 40000 }] },
  { text: 'Có 61,2% hồ sơ được tiếp nhận, giải quyết trên môi trường mạng.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 61.2 }] },
  // A level that opens the sentence heads all its ';' items, until an item names its own.
  {
    text: 'Cấp huyện: tiếp nhận 23.456 hồ sơ; đã giải quyết 22.101 hồ sơ, trong đó đúng hạn và trước hạn 21.900 hồ sơ, trễ hạn 201 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'district' }, value: 23456 },
      { metric: 'dossier.resolved', dims: { level: 'district' }, value: 22101 },
      { metric: 'dossier.resolved_ontime', dims: { level: 'district' }, value: 21900 },
      { metric: 'dossier.resolved_late', dims: { level: 'district' }, value: 201 },
    ],
  },
  {
    text: 'Cấp tỉnh tiếp nhận 20.000 hồ sơ; giải quyết 19.500 hồ sơ; cấp xã tiếp nhận 31.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 20000 },
      { metric: 'dossier.resolved', dims: { level: 'province' }, value: 19500 },
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 31000 },
    ],
  },
  // (A level inside an earlier item, not opening the sentence, stays there.)
  {
    text: 'Toàn tỉnh tiếp nhận 52.000 hồ sơ, trong đó cấp tỉnh 20.000 hồ sơ; đã giải quyết 50.100 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 52000 },
      { metric: 'dossier.received', dims: { level: 'province' }, value: 20000 },
      { metric: 'dossier.resolved', value: 50100 },
    ],
  },
  // "riêng" sets a part apart, as "trong đó" does.
  {
    text: 'Toàn tỉnh tiếp nhận 52.000 hồ sơ, riêng cấp tỉnh 20.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 52000 },
      { metric: 'dossier.received', dims: { level: 'province' }, value: 20000 },
    ],
  },
  // Procedures resolved on time or late are their dossiers.
  { text: 'Tỷ lệ giải quyết TTHC đúng hạn đạt 98,1%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 98.1 }] },
  { text: 'Tỷ lệ giải quyết thủ tục hành chính trước và đúng hạn đạt 96,4%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 96.4 }] },
  { text: 'Có 1,2% thủ tục hành chính giải quyết trễ hạn.', only: true, facts: [{ metric: 'dossier.resolved_late_share', value: 1.2 }] },
  // The Centre by its abbreviations.
  { text: 'TTPVHCC tỉnh tiếp nhận 8.900 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { level: 'province' }, value: 8900 }] },
  { text: 'Trong quý, Trung tâm PVHCC tỉnh đã giải quyết 5.420 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', dims: { level: 'province' }, value: 5420 }] },
  // A count said without its noun counts what the list item beside it names, before or after it.
  {
    text: 'Tiếp nhận 7.000 hồ sơ, giải quyết 6.900, trễ hạn 5.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 7000 },
      { metric: 'dossier.resolved', value: 6900 },
      { metric: 'dossier.resolved_late', value: 5 },
    ],
  },
  {
    text: 'Cấp tỉnh tiếp nhận 25.000, cấp huyện 30.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 25000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 30000 },
    ],
  },
  { text: 'Tiếp nhận 12.345, giải quyết 12.000 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 12345 }, { metric: 'dossier.resolved', value: 12000 }] },
  // A share said of the act alone: only dossiers are resolved on time or submitted online.
  { text: 'Tỷ lệ giải quyết đúng hạn đạt 99,2%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 99.2 }] },
  { text: 'Giải quyết đúng hạn đạt tỷ lệ 97,5%, trễ hạn 2,5%.', facts: [{ metric: 'dossier.resolved_ontime_share', value: 97.5 }] },
  { text: 'Tỷ lệ tiếp nhận trực tuyến cấp tỉnh đạt 88%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online', level: 'province' }, value: 88 }] },
  { text: 'Tỷ lệ nộp trực tuyến đạt 63%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 63 }] },
  { text: 'Ước cả năm, toàn tỉnh tiếp nhận 120.000 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', value: 120000, basis: 'estimate' }] },
  // Each item's verb after its noun is its own, not the next item's.
  {
    text: 'Có 12.000 hồ sơ được tiếp nhận, 11.800 hồ sơ được giải quyết.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 12000 },
      { metric: 'dossier.resolved', value: 11800 },
    ],
  },
  // A target assigned, set as a label, or what a plan says.
  { text: 'Chỉ tiêu giao: tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 95, basis: 'target' }] },
  { text: 'Theo kế hoạch, năm 2025 tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 80%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 80, basis: 'target' }] },
  // A clause that opens with the target it names and says what it is ("chỉ tiêu … là"), in any order
  // of its words; a numbered indicator, or a clause that says the target was met, is a result.
  { text: 'Chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2024 là 50%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 50, basis: 'target' }] },
  { text: 'Năm 2024, chỉ tiêu về tỷ lệ hồ sơ giải quyết đúng hạn là 98%.', only: true, facts: [{ metric: 'dossier.resolved_ontime_share', value: 98, basis: 'target' }] },
  { text: 'Kế hoạch số hồ sơ tiếp nhận trực tuyến năm 2024 là 40.000 hồ sơ.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 40000, basis: 'target' }] },
  {
    text: 'Chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2024 là 50%, thực hiện đạt 55%.',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 50, basis: 'target' },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 55 },
    ],
  },
  { text: 'Chỉ tiêu 3: Tỷ lệ hồ sơ trực tuyến là 55%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 55 }] },
  { text: 'Chỉ tiêu tỷ lệ hồ sơ trực tuyến đạt 55%, vượt kế hoạch.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 55 }] },
  { text: 'Kết quả thực hiện chỉ tiêu tỷ lệ hồ sơ trực tuyến là 55%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 55 }] },
  { text: 'Kế hoạch số 12/KH-UBND có tỷ lệ hồ sơ trực tuyến là 55%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 55 }] },
  { text: 'Chỉ tiêu tỷ lệ hồ sơ trực tuyến đã thực hiện được là 57%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 57 }] },
  // (What a report says, not a plan: actual.)
  { text: 'Theo báo cáo của các đơn vị, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 71,4%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 71.4 }] },
  // A level that opens a sentence goes on into the next ones that open with their action; a sentence
  // with a subject of its own ends it.
  {
    text: 'Trong quý, cấp huyện tiếp nhận 21.345 hồ sơ. Đã giải quyết 20.987 hồ sơ, trong đó đúng hạn 20.950 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'district' }, value: 21345 },
      { metric: 'dossier.resolved', dims: { level: 'district' }, value: 20987 },
      { metric: 'dossier.resolved_ontime', dims: { level: 'district' }, value: 20950 },
    ],
  },
  {
    text: 'Cấp xã. Tiếp nhận 12.345 hồ sơ; giải quyết 12.300 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 12345 },
      { metric: 'dossier.resolved', dims: { level: 'commune' }, value: 12300 },
    ],
  },
  {
    text: 'Cấp huyện tiếp nhận 21.345 hồ sơ. Toàn tỉnh đã giải quyết 50.987 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'district' }, value: 21345 },
      { metric: 'dossier.resolved', value: 50987 },
    ],
  },
  {
    text: 'Về giải quyết TTHC: cấp huyện tiếp nhận 21.345 hồ sơ. Đã giải quyết 20.987 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'district' }, value: 21345 },
      { metric: 'dossier.resolved', dims: { level: 'district' }, value: 20987 },
    ],
  },
  { text: 'Tỷ lệ hồ sơ trực tuyến ở các huyện đạt 45%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online', level: 'district' }, value: 45 }] },
  // An item that is only the plan for what the item before counted: the same metric, as a target.
  {
    text: 'Số hồ sơ tiếp nhận năm 2023 là 78.900 hồ sơ, kế hoạch năm 2024 là 85.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 78900 },
      { metric: 'dossier.received', value: 85000, basis: 'target' },
    ],
  },
  {
    text: 'Kế hoạch năm 2024 là 45.000 hồ sơ trực tuyến; thực hiện được 47.120 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 45000, basis: 'target' },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 47120 },
    ],
  },
  { text: 'Mục tiêu tỷ lệ hồ sơ trực tuyến năm 2025: 80%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 80, basis: 'target' }] },
  { text: 'Chỉ tiêu 2: tỷ lệ hồ sơ trực tuyến đạt 80%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 80 }] },
  // A list of counts goes on past the share said of each ("…, chiếm 33,1%; toàn trình là …").
  {
    text: 'Số dịch vụ công trực tuyến một phần là 610, chiếm 33,1%; toàn trình là 1.233, chiếm 66,9%.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'partial' }, value: 610 },
      { metric: 'eservice.share', dims: { kind: 'partial' }, value: 33.1 },
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 1233 },
      { metric: 'eservice.share', dims: { kind: 'full' }, value: 66.9 },
    ],
  },
  {
    text: 'Cấp tỉnh có 1.040 thủ tục trực tuyến toàn trình, chiếm 60,2%, cấp huyện 380 thủ tục, chiếm 70,1%.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'full', level: 'province' }, value: 1040 },
      { metric: 'eservice.share', dims: { kind: 'full', level: 'province' }, value: 60.2 },
      { metric: 'eservice.count', dims: { kind: 'full', level: 'district' }, value: 380 },
      { metric: 'eservice.share', dims: { kind: 'full', level: 'district' }, value: 70.1 },
    ],
  },
  // (A count of something else after the share is not in the list.)
  { text: 'Tiếp nhận 12.000 hồ sơ, chiếm 60%; trả kết quả 11.000 lượt.', only: true, facts: [{ metric: 'dossier.received', value: 12000 }] },
  // Procedures offered online, said by how much of them is online, in either order.
  { text: 'Tỉnh đã cung cấp 380 TTHC trực tuyến một phần.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'partial' }, value: 380 }] },
  { text: 'Toàn tỉnh có 1.850 thủ tục hành chính, trong đó 1.040 thủ tục được cung cấp trực tuyến toàn trình.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'full' }, value: 1040 }] },
  { text: 'Số thủ tục trực tuyến toàn trình của tỉnh là 1.040.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'full' }, value: 1040 }] },
  // (Electronic dossiers received: online.)
  { text: 'Trung tâm đã tiếp nhận 12.000 hồ sơ điện tử.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 12000 }] },
  // A sentence that opens with what it measures goes on at the level the sentence before opened
  // with; not when that sentence named two levels, nor when it names its own scope.
  {
    text: 'Đối với cấp tỉnh, Trung tâm tiếp nhận 9.876 hồ sơ. Số hồ sơ trực tuyến là 8.765 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 9876 },
      { metric: 'dossier.received', dims: { level: 'province', channel: 'online' }, value: 8765 },
    ],
  },
  {
    text: 'Kết quả cấp xã: tiếp nhận 43.210 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 99,5%.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 43210 },
      { metric: 'dossier.resolved_ontime_share', dims: { level: 'commune' }, value: 99.5 },
    ],
  },
  {
    text: 'Cấp tỉnh tiếp nhận 10.000 hồ sơ, cấp huyện 20.000 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 99%.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'province' }, value: 10000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 20000 },
      { metric: 'dossier.resolved_ontime_share', value: 99 },
    ],
  },
  {
    text: 'Cấp huyện tiếp nhận 20.000 hồ sơ. Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 60%.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'district' }, value: 20000 },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 60 },
    ],
  },
  // A whole of all levels, then sentences that open with one level and count the same thing: its parts.
  {
    text: 'Tỉnh đã công bố 1.540 thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình thuộc 3 cấp.\nỞ cấp tỉnh có 1.210 TTHC. Cấp huyện có 250 TTHC.\nCấp xã có 80 TTHC.',
    only: true,
    facts: [
      { metric: 'eservice.count', dims: { kind: 'full' }, value: 1540 },
      { metric: 'eservice.count', dims: { kind: 'full', level: 'province' }, value: 1210 },
      { metric: 'eservice.count', dims: { kind: 'full', level: 'district' }, value: 250 },
      { metric: 'eservice.count', dims: { kind: 'full', level: 'commune' }, value: 80 },
    ],
  },
  {
    text: 'Năm 2024, tỉnh tiếp nhận 150.000 hồ sơ.\nỞ cấp huyện có 40.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 150000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 40000 },
    ],
  },
  // (Something else counted at a level is no part.)
  { text: 'Toàn tỉnh tiếp nhận 52.000 hồ sơ.\nCấp huyện có 15 hội nghị, cấp xã có 40 lớp tập huấn.', only: true, facts: [{ metric: 'dossier.received', value: 52000 }] },
  // What was added, then the total it was raised to: only the total is the count of services; a
  // share after it is of the total, though bodies were named before ("tới 10 sở").
  {
    text: 'Tỉnh đã đưa 81 dịch vụ công trực tuyến tới 10 sở, nâng tổng số dịch vụ công trực tuyến hiện có lên 391 dịch vụ công, chiếm gần 20,4% trên tổng số thủ tục hành chính.',
    only: true,
    facts: [
      { metric: 'eservice.count', value: 391 },
      { metric: 'eservice.share', value: 20.4 },
    ],
  },
  { text: 'Nâng tổng số dịch vụ công trực tuyến toàn trình lên 1.120 dịch vụ sau khi bổ sung 65 dịch vụ.', only: true, facts: [{ metric: 'eservice.count', dims: { kind: 'full' }, value: 1120 }] },
  // A level said before a group holds for the ';' items inside it; a level opened by its body
  // ("UBND cấp xã", "Bộ phận Một cửa cấp huyện") heads the sentence's items.
  {
    text: 'Bộ phận Một cửa cấp huyện tiếp nhận 48.305 hồ sơ (trực tuyến 30.112 hồ sơ; trực tiếp 17.950 hồ sơ; qua dịch vụ bưu chính công ích 243 hồ sơ).',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'district' }, value: 48305 },
      { metric: 'dossier.received', dims: { level: 'district', channel: 'online' }, value: 30112 },
      { metric: 'dossier.received', dims: { level: 'district', channel: 'direct' }, value: 17950 },
      { metric: 'dossier.received', dims: { level: 'district', channel: 'postal' }, value: 243 },
    ],
  },
  {
    text: 'UBND cấp xã đã tiếp nhận 210.345 hồ sơ, giải quyết 208.990 hồ sơ; tỷ lệ giải quyết đúng và trước hạn đạt 97,9%.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { level: 'commune' }, value: 210345 },
      { metric: 'dossier.resolved', dims: { level: 'commune' }, value: 208990 },
      { metric: 'dossier.resolved_ontime_share', dims: { level: 'commune' }, value: 97.9 },
    ],
  },
  { text: 'Bộ phận Một cửa cấp huyện bố trí 68 công chức tại 22 quầy; trong tháng đã giải quyết 8.456 hồ sơ.', only: true, facts: [{ metric: 'dossier.resolved', dims: { level: 'district' }, value: 8456 }] },
  // (A level named in an earlier item, not opening the sentence, does not reach the next item.)
  {
    text: 'Toàn tỉnh tiếp nhận 52.000 hồ sơ, riêng cấp huyện 20.000 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 98%.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 52000 },
      { metric: 'dossier.received', dims: { level: 'district' }, value: 20000 },
      { metric: 'dossier.resolved_ontime_share', value: 98 },
    ],
  },
  // A target assigned ("giao chỉ tiêu", "được giao chỉ tiêu") up to words that say it was reached.
  {
    text: 'Kế hoạch năm 2024 giao chỉ tiêu tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%; kết quả thực hiện đạt 98,6%.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime_share', value: 98, basis: 'target' },
      { metric: 'dossier.resolved_ontime_share', value: 98.6 },
    ],
  },
  {
    text: 'Tỉnh được giao chỉ tiêu 45.000 hồ sơ trực tuyến, đã tiếp nhận 47.000 hồ sơ trực tuyến.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 45000, basis: 'target' },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 47000 },
    ],
  },
  {
    text: 'Mục tiêu đến năm 2025: 100% dịch vụ công trực tuyến toàn trình, 80% hồ sơ được tiếp nhận trực tuyến.',
    only: true,
    facts: [
      { metric: 'eservice.share', dims: { kind: 'full' }, value: 100, basis: 'target' },
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 80, basis: 'target' },
    ],
  },
  // The count a share stands for, in parentheses after it or after "tương ứng".
  {
    text: 'Cấp huyện có tỷ lệ hồ sơ trễ hạn cao nhất là 3,4%, tương ứng 2.145 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_late_share', dims: { level: 'district' }, value: 3.4 },
      { metric: 'dossier.resolved_late', dims: { level: 'district' }, value: 2145 },
    ],
  },
  {
    text: 'Tính chung toàn tỉnh, hồ sơ tiếp nhận trực tuyến chiếm 82,03% (75.284 hồ sơ).',
    only: true,
    facts: [
      { metric: 'dossier.received_share', dims: { channel: 'online' }, value: 82.03 },
      { metric: 'dossier.received', dims: { channel: 'online' }, value: 75284 },
    ],
  },
  // (A change or people in its place are not its count.)
  { text: 'Tỷ lệ hồ sơ trực tuyến đạt 45% (tăng 12% so với năm trước).', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 45 }] },
  { text: 'Tỷ lệ hồ sơ trực tuyến đạt 45%, tương ứng 120 người.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 45 }] },
  // After the nation's figure, a clause that says it is the province's own is the province's.
  { text: 'Cả nước có 46,5% hồ sơ tiếp nhận trực tuyến, trong khi tỷ lệ hồ sơ tiếp nhận trực tuyến của tỉnh đạt 58,3%.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 58.3 }] },
  { text: 'Bình quân cả nước đạt 46,5% hồ sơ trực tuyến; toàn tỉnh tiếp nhận trực tuyến 58,3% hồ sơ.', only: true, facts: [{ metric: 'dossier.received_share', dims: { channel: 'online' }, value: 58.3 }] },
  {
    text: 'Cấp tỉnh tiếp nhận 12.000 hồ sơ trực tuyến. Còn cấp huyện là 8.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online', level: 'province' }, value: 12000 },
      { metric: 'dossier.received', dims: { channel: 'online', level: 'district' }, value: 8000 },
    ],
  },
  {
    text: 'Cấp tỉnh tiếp nhận 12.000 hồ sơ trực tuyến, còn cấp huyện là 8.000 hồ sơ.',
    only: true,
    facts: [
      { metric: 'dossier.received', dims: { channel: 'online', level: 'province' }, value: 12000 },
      { metric: 'dossier.received', dims: { channel: 'online', level: 'district' }, value: 8000 },
    ],
  },
  // A count said with neither noun nor unit takes the noun the item before it named first.
  {
    text: 'Hồ sơ giải quyết đúng hạn 45.678, trễ hạn 90.',
    only: true,
    facts: [
      { metric: 'dossier.resolved_ontime', value: 45678 },
      { metric: 'dossier.resolved_late', value: 90 },
    ],
  },
  {
    text: 'Số hồ sơ tiếp nhận 12.000, đã giải quyết 11.500, trễ hạn 20.',
    only: true,
    facts: [
      { metric: 'dossier.received', value: 12000 },
      { metric: 'dossier.resolved', value: 11500 },
      { metric: 'dossier.resolved_late', value: 20 },
    ],
  },
  // (Not when its own words name what it counts.)
  { text: 'Số người dân được hỗ trợ 12.000, hồ sơ trực tuyến 8.000.', only: true, facts: [{ metric: 'dossier.received', dims: { channel: 'online' }, value: 8000 }] },
];

// The same words used for something else: another sector's or kind's figures, complaints, pay TV,
// new or troubled stations, another province's or the nation's figure, a district's or operator's
// figure, averages, a share of a plan, changes, document numbers, people or units instead of the counted thing.
export const counterexamples: string[] = [
  'Tiếp nhận 45 hồ sơ khiếu nại, tố cáo của công dân.',
  'Sở Tài nguyên và Môi trường tiếp nhận 2.300 hồ sơ đất đai.',
  'Thanh tra tỉnh đã giải quyết 37 đơn kiến nghị, phản ánh.',
  'Chi nhánh Văn phòng đăng ký đất đai tiếp nhận 1.540 hồ sơ đăng ký biến động.',
  'Cả nước có 4.400 dịch vụ công trực tuyến toàn trình.',
  'Tỷ lệ hồ sơ trực tuyến toàn quốc đạt 45%.',
  'Tỉnh Bình Thuận tiếp nhận 60.000 hồ sơ trực tuyến.',
  'Bình quân mỗi ngày Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 250 hồ sơ.',
  'Trung bình mỗi tháng tiếp nhận khoảng 1.500 hồ sơ trực tuyến.',
  'Số hồ sơ tiếp nhận trực tuyến đạt 95% kế hoạch giao.',
  'Quyết định số 1234/QĐ-UBND ngày 15/8/2024 công bố danh mục 125 thủ tục hành chính.',
  'Công bố 1.850 thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp.',
  'Số hồ sơ đang giải quyết là 1.320 hồ sơ.',
  'Còn 215 hồ sơ chưa đến hạn giải quyết.',
  'Hồ sơ đang giải quyết quá hạn: 45 hồ sơ.',
  'UBND thành phố Phan Rang - Tháp Chàm tiếp nhận 8.900 hồ sơ.',
  'Huyện Thuận Bắc có tỷ lệ hồ sơ trực tuyến đạt 88%.',
  'Viettel Ninh Thuận đã tiếp nhận 3.000 hồ sơ đăng ký thuê bao.',
  'Tiếp nhận 120 hồ sơ dự thầu gói thầu xây lắp.',
  'Sở Nội vụ thẩm định 35 hồ sơ đề nghị khen thưởng.',
  'Hướng dẫn 320 lượt tổ chức, công dân nộp hồ sơ trực tuyến.',
  'Đã số hóa 25.000 hồ sơ, kết quả giải quyết TTHC.',
  'Dịch vụ công trực tuyến mức độ 2: 350 dịch vụ.',
  'Có 120 dịch vụ công đăng ký triển khai trong năm tới.',
  'Hệ thống có 1.500 tài khoản đăng ký sử dụng dịch vụ công trực tuyến.',
  'Cổng Dịch vụ công tỉnh có 2.345.678 lượt truy cập.',
  'Tổng đài 1022 tiếp nhận 450 cuộc gọi phản ánh về thủ tục hành chính.',
  'Tỷ lệ hài lòng của người dân đối với việc giải quyết hồ sơ đạt 98,5%.',
  'Hoàn thành 100% chỉ tiêu về hồ sơ trực tuyến.',
  'Chỉ tiêu Chính phủ giao: 80% hồ sơ được tiếp nhận trực tuyến.',
  'Tỷ lệ hồ sơ tiếp nhận trực tuyến tăng 12,5% so với cùng kỳ.',
  'Số hồ sơ tiếp nhận trực tuyến tăng 3.200 hồ sơ so với năm 2023.',
  'Thanh toán trực tuyến 4.560 hồ sơ với số tiền 1,2 tỷ đồng.',
  'Bộ phận Một cửa có 25 quầy tiếp nhận hồ sơ.',
  'Giải quyết 45 đơn thư khiếu nại về thủ tục hành chính.',
  'Xử lý 12 hồ sơ vi phạm hành chính trong lĩnh vực thông tin và truyền thông.',
  'Sở đã tiếp nhận 3 hồ sơ đề nghị cấp giấy phép bưu chính.',
  'Số hồ sơ từ kỳ trước chuyển sang: 2.340 hồ sơ.',
  'Số hồ sơ tồn kỳ trước: 560.',
  'Cổng dịch vụ công tiếp nhận 1.200 ý kiến phản ánh, kiến nghị.',
  'Có 35% hồ sơ được tiếp nhận ở mức độ 3.',
  'Tỷ lệ hồ sơ trực tuyến của tỉnh Khánh Hòa là 78%.',
  'Trong số 125 thủ tục hành chính thuộc lĩnh vực thông tin và truyền thông, có 110 thủ tục đủ điều kiện.',
  'Ngày 12/3/2024, Bộ phận Một cửa tiếp nhận hồ sơ số 000.12.34.H48-240312-0001.',
  'Mỗi ngày Bộ phận Một cửa cấp huyện giải quyết khoảng 120 hồ sơ.',
  'Đã tiếp nhận 1.250 hồ sơ cấp giấy phép xây dựng.',
  'Sở Thông tin và Truyền thông tiếp nhận 56 hồ sơ, giải quyết đúng hạn 56 hồ sơ.',
  'Tỷ lệ hồ sơ giải quyết đúng hạn của huyện Ninh Hải đạt 97,5%.',
  'VNPT đã tiếp nhận 800 hồ sơ trực tuyến về chữ ký số.',
  'Tỷ lệ hồ sơ tiếp nhận trực tuyến của cả nước đạt 48%.',
  'Trung bình mỗi ngày, Bộ phận Một cửa tiếp nhận 320 hồ sơ trực tuyến.',
  'Năm 2024 đạt 105% kế hoạch về số hồ sơ trực tuyến.',
  'Hồ sơ đang xử lý: 2.340 hồ sơ (trong hạn 2.300, quá hạn 40).',
  'Huyện Ninh Sơn đã tiếp nhận 5.600 hồ sơ, giải quyết đúng hạn 99,5%.',
  'Sở Giao thông vận tải đã giải quyết 8.900 hồ sơ cấp đổi giấy phép lái xe.',
  'Có 4 hồ sơ giải quyết quá hạn của huyện Bác Ái.',
  'Tiếp nhận 23 hồ sơ đề nghị cấp giấy phép hoạt động báo chí.',
  'Đã thẩm định 45 hồ sơ thiết kế dự án công nghệ thông tin.',
  'Tỉnh Đồng Nai đã tích hợp 1.500 DVCTT lên Cổng Dịch vụ công quốc gia.',
  'Có 12 dịch vụ bưu chính công ích được cung cấp tại các điểm Bưu điện văn hóa xã.',
  'Mạng lưới có 45 điểm phục vụ bưu chính và 1.234 hồ sơ.',
  'Trong tháng, tổng số cuộc gọi đến Tổng đài 1022 là 1.456 cuộc gọi.',
  'Số người dùng tài khoản định danh điện tử VNeID là 320.000 người.',
  'Có 65% người dân hài lòng với dịch vụ công trực tuyến.',
  'Theo Bộ Chỉ số phục vụ người dân, tỉnh đạt 78,5 điểm.',
  'Tỉnh xếp thứ 12/63 về chỉ số cải cách hành chính.',
  'Có 3 hồ sơ được giải quyết trước hạn của Sở Xây dựng.',
  'Số hồ sơ kỳ trước chuyển qua là 1.020 hồ sơ.',
  'Thời gian giải quyết trung bình 3,5 ngày/hồ sơ.',
  'Đã cấp 1.234 tài khoản cho cán bộ sử dụng hệ thống một cửa điện tử.',
  'Đã tổ chức 5 lớp tập huấn cho 450 cán bộ một cửa về dịch vụ công trực tuyến.',
  'Trong đó cấp tỉnh 8.000 hồ sơ, cấp huyện 12.000 hồ sơ.',
  'Tiếp nhận 34 hồ sơ xin phép xây dựng trạm BTS.',
  'Nhận được 12 đơn phản ánh về chất lượng dịch vụ.',
  'Có 450 hồ sơ đăng ký dự tuyển viên chức.',
  'Tỷ lệ hồ sơ bị trả lại là 2%.',
  'Số hồ sơ chậm trễ chưa giải quyết là 15 hồ sơ.',
  'Đã phát trả 2.300 bưu gửi qua mạng lưới bưu chính.',
  'Có 1.230 bưu phẩm được chuyển phát trong tháng.',
  'Tỷ lệ cán bộ một cửa được tập huấn đạt 100%.',
  'Hệ thống một cửa điện tử được triển khai tại 100% xã.',
  'Đã kết nối 15 hệ thống thông tin với nền tảng tích hợp chia sẻ dữ liệu.',
  'Trên Cổng dịch vụ công quốc gia, cả nước có 8,5 triệu hồ sơ đồng bộ.',
  'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình của cả nước là 30%.',
  'Kế hoạch năm 2025 của Bộ Nội vụ: 100% hồ sơ được số hóa.',
  'Số hồ sơ trễ hạn giảm 45 hồ sơ so với cùng kỳ.',
  'Tỷ lệ hồ sơ trễ hạn giảm 0,5% so với cùng kỳ.',
  'Số hồ sơ đang xử lý là 340 hồ sơ.',
  'Còn 340 hồ sơ chưa xử lý.',
  'Có 340 hồ sơ đang được giải quyết.',
  'Số hồ sơ chưa được giải quyết: 340 hồ sơ.',
  '340 hồ sơ đang được xử lý tại các cơ quan.',
  'Hồ sơ còn tồn: 340 hồ sơ.',
  'Số hồ sơ tồn đọng là 45 hồ sơ.',
  'Số hồ sơ đang thụ lý: 340.',
  'Còn 340 hồ sơ còn trong hạn giải quyết.',
  'Số hồ sơ chờ giải quyết là 340.',
  'Có 120 hồ sơ chưa đồng bộ lên Cổng DVCQG.',
  'Còn 120 hồ sơ chưa được đồng bộ.',
  'Có 56 DVCTT dự kiến triển khai trong năm 2025.',
  'Tỉnh sẽ cung cấp thêm 200 dịch vụ công trực tuyến toàn trình.',
  'Có 420 thủ tục chỉ cung cấp thông tin trực tuyến.',
  'Dịch vụ công trực tuyến mức độ 1, 2: 450 dịch vụ.',
  'Có 560 DVCTT được tích hợp thanh toán trực tuyến.',
  'Đã tích hợp 340 DVCTT với ứng dụng VNeID.',
  'Có 230 dịch vụ công được tích hợp ký số.',
  'Tiếp nhận 150 hồ sơ lý lịch tư pháp trực tuyến.',
  'Giải quyết 2.300 hồ sơ hộ tịch trực tuyến.',
  'Tiếp nhận 450 hồ sơ chứng thực điện tử.',
  'Tiếp nhận 12.000 hồ sơ thuế điện tử.',
  'Tiếp nhận 3.400 hồ sơ bảo hiểm xã hội qua mạng.',
  'Tiếp nhận 340 hồ sơ xin phép xây dựng.',
  'Tỷ lệ hồ sơ giải quyết trước hạn đạt 70%.',
  'Có 12.000 hồ sơ được giải quyết sớm hơn thời hạn.',
  'Số hồ sơ giải quyết trước thời hạn: 8.000 hồ sơ.',
  'Có 12.000 lượt người dân nộp hồ sơ trực tuyến.',
  'Chỉ số thành phần về hồ sơ trực tuyến đạt 8,5/10 điểm.',
  'Tỷ lệ hồ sơ trực tuyến thấp nhất là huyện Bác Ái (20%).',
  'Đã gửi 45 thư xin lỗi do hồ sơ trễ hạn.',
  'Có 15 đơn vị có hồ sơ giải quyết trễ hạn.',
  'Thời gian giải quyết hồ sơ rút ngắn 30% so với quy định.',
  'Có 30% thủ tục hành chính được cắt giảm thời gian giải quyết.',
  'Tỷ lệ hồ sơ phải bổ sung, hoàn thiện là 3%.',
  // A total of a thing and nothing more is no share; a plan's percentage is not one either.
  'Tổng số hồ sơ: 45%.',
  'Tổng số hồ sơ tiếp nhận đạt 105% kế hoạch.',
  // The parenthesized count is not alone: the share is of the whole before it, not of that count.
  'Tổng số hồ sơ là 20.000 (trong đó trực tuyến 12.000), đạt 110% kế hoạch.',
  // A ministry's figures are the nation's, not the province's.
  'Ở khối Bộ, ngành, Bộ Công Thương đứng đầu khi có 1,488 triệu hồ sơ trực tuyến toàn trình.',
  'Bộ Tư pháp tiếp nhận 250.000 hồ sơ trực tuyến trong năm.',
  // Members a list names as examples (sectors) have their own figures, not the province's.
  'Một số lĩnh vực có tỷ lệ hồ sơ nộp qua mạng cao gồm: thuế (trên 97%), hải quan (100%), tư pháp (trên 90%).',
  'Cải cách hành chính có nhiều chuyển biến. Một số lĩnh vực có tỷ lệ hồ sơ trực tuyến cao, tiêu biểu như: thuế 99%, hải quan 100%.',
  'Nhiều dịch vụ công có tỷ lệ hồ sơ trực tuyến cao, điển hình như: đăng ký kinh doanh 95%, hộ chiếu 88%.',
  'Tỷ lệ hồ sơ trực tuyến ở một số ngành cao, tiêu biểu: thuế 99%, bảo hiểm xã hội 96%.',
  // (Procedures published on time are not dossiers resolved.)
  'Tỷ lệ TTHC được công bố, công khai đúng hạn đạt 100%.',
  // Dossiers still within their time to be resolved are pending, not resolved.
  'Có 1.234 hồ sơ đang trong hạn giải quyết.',
  'Hồ sơ đang trong thời hạn giải quyết: 980 hồ sơ.',
  'Còn 76 hồ sơ chưa hết hạn giải quyết.',
  // (A bare number beside a count of something else, or across ';', borrows nothing.)
  'Tỉnh có 25 xã, phường; giải quyết 12.000.',
  'Tiếp nhận 1.200 đơn thư, giải quyết 1.150.',
  // (Complaints, reports and other things resolved or sent on time are not dossiers.)
  'Tỷ lệ giải quyết đơn thư đúng hạn đạt 95%.',
  'Tỷ lệ giải quyết khiếu nại đúng hạn đạt 90%.',
  'Tỷ lệ báo cáo gửi đúng hạn đạt 100%.',
  // (A share of people or bodies, said right after the rate, is theirs.)
  'Có 98% người dân hài lòng khi nộp hồ sơ trực tuyến.',
  '87% doanh nghiệp đã nộp hồ sơ qua mạng ít nhất một lần.',
  // (Negated right after the counted thing: those that are not.)
  'Còn 215 hồ sơ không đủ điều kiện tiếp nhận.',
  // A range of values across units is no one figure's value.
  'Tỷ lệ hồ sơ giải quyết đúng hạn của các huyện dao động từ 95% đến 99,8%.',
  'Ở các xã, tỷ lệ giải quyết đúng hạn dao động trong khoảng 90% - 99%.',
  // Records made or kept, not dossiers filed.
  'Hệ thống đã tạo lập 567.890 hồ sơ điện tử cho người dân.',
  'Đã khởi tạo 12.000 hồ sơ điện tử trên hệ thống.',
  'Toàn tỉnh có 650.000 người dân được lập hồ sơ sức khỏe điện tử.',
  // The nation's figures, and another province's after them.
  'Bình quân cả nước, tỷ lệ hồ sơ trực tuyến đạt 45%, tỷ lệ giải quyết đúng hạn đạt 97%.',
  'Cả nước có 46,5% hồ sơ tiếp nhận trực tuyến, trong khi tỷ lệ hồ sơ trực tuyến của tỉnh Lâm Đồng đạt 58,3%.',
];
