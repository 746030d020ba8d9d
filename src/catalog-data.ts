// Generated from ../shared/spec/metrics.json (the metric catalog); keep in sync with it.
export const catalogData = 
{
 "version": 1,
 "note": "Canonical metric catalog for provincial ICT reports. A fact = metric + dims + value. Dims not listed default to 'all'. Units: count = plain count of the thing named; pct = percent (0-100, not a fraction); per100 = per 100 inhabitants.",
 "dims": {
  "level": [
   "all",
   "province",
   "district",
   "commune"
  ],
  "channel": [
   "all",
   "online",
   "direct",
   "postal"
  ],
  "tech": [
   "all",
   "2G",
   "3G",
   "4G",
   "5G"
  ],
  "kind": [
   "all",
   "fixed",
   "mobile",
   "mobile_postpaid",
   "mobile_prepaid",
   "fixed_postpaid",
   "full",
   "partial",
   "level3",
   "level4",
   "organization",
   "individual",
   "one_way",
   "two_way"
  ],
  "entity": "free text: a named sub-unit the figure belongs to, as written without its type word removed (e.g. 'xã Phước Bình'); 'all' when the figure is for the whole scope",
  "basis": [
   "actual",
   "target",
   "estimate"
  ]
 },
 "families": {
  "dossier": "Hồ sơ thủ tục hành chính (administrative-procedure dossiers) and online public services",
  "bts": "Base stations and their sites",
  "esign": "Digital signing: signing rates, signed documents, digital certificates, electronic document exchange",
  "subs": "Telecom subscribers (thuê bao): phone and broadband, totals, new, densities, locked"
 },
 "metrics": [
  {
   "id": "dossier.received",
   "family": "dossier",
   "unit": "count",
   "dims": [
    "level",
    "channel"
   ],
   "vi": "số hồ sơ tiếp nhận (tiếp nhận trực tuyến / qua mạng = online; trực tiếp = direct; qua bưu chính công ích / BCCI = postal)"
  },
  {
   "id": "dossier.received_share",
   "family": "dossier",
   "unit": "pct",
   "dims": [
    "level",
    "channel"
   ],
   "vi": "tỷ lệ hồ sơ tiếp nhận theo kênh trên tổng số tiếp nhận (… chiếm 82,03%; tỷ lệ tiếp nhận hồ sơ trực tuyến đạt 80,26%)"
  },
  {
   "id": "dossier.resolved",
   "family": "dossier",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "số hồ sơ đã giải quyết"
  },
  {
   "id": "dossier.resolved_ontime",
   "family": "dossier",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "số hồ sơ giải quyết sớm hạn và đúng hạn"
  },
  {
   "id": "dossier.resolved_ontime_share",
   "family": "dossier",
   "unit": "pct",
   "dims": [
    "level"
   ],
   "vi": "tỷ lệ hồ sơ giải quyết sớm hạn và đúng hạn"
  },
  {
   "id": "dossier.resolved_late",
   "family": "dossier",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "số hồ sơ giải quyết trễ hạn"
  },
  {
   "id": "dossier.resolved_late_share",
   "family": "dossier",
   "unit": "pct",
   "dims": [
    "level"
   ],
   "vi": "tỷ lệ hồ sơ giải quyết trễ hạn"
  },
  {
   "id": "dossier.synced_national",
   "family": "dossier",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "số hồ sơ đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia"
  },
  {
   "id": "dossier.synced_national_share",
   "family": "dossier",
   "unit": "pct",
   "dims": [
    "level"
   ],
   "vi": "tỷ lệ hồ sơ đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia"
  },
  {
   "id": "dossier.returned",
   "family": "dossier",
   "unit": "count",
   "dims": [
    "level",
    "channel"
   ],
   "vi": "số hồ sơ trả kết quả (e.g. qua dịch vụ bưu chính công ích)"
  },
  {
   "id": "dossier.returned_share",
   "family": "dossier",
   "unit": "pct",
   "dims": [
    "level",
    "channel"
   ],
   "vi": "tỷ lệ hồ sơ trả kết quả theo kênh"
  },
  {
   "id": "dossier.eservice_with_dossier_share",
   "family": "dossier",
   "unit": "pct",
   "dims": [
    "level"
   ],
   "vi": "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ"
  },
  {
   "id": "eservice.count",
   "family": "dossier",
   "unit": "count",
   "dims": [
    "level",
    "kind"
   ],
   "vi": "số dịch vụ công trực tuyến (DVCTT); kind: full = toàn trình, partial = một phần, level3 = mức độ 3, level4 = mức độ 4"
  },
  {
   "id": "eservice.share",
   "family": "dossier",
   "unit": "pct",
   "dims": [
    "level",
    "kind"
   ],
   "vi": "tỷ lệ DVCTT theo loại trên tổng số (mức 3: 762 (tỷ lệ 41,01%))"
  },
  {
   "id": "eservice.integrated_national",
   "family": "dossier",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "số DVCTT đồng bộ / tích hợp lên Cổng Dịch vụ công quốc gia"
  },
  {
   "id": "eservice.integrated_national_share",
   "family": "dossier",
   "unit": "pct",
   "dims": [
    "level"
   ],
   "vi": "tỷ lệ DVCTT tích hợp lên Cổng Dịch vụ công quốc gia"
  },
  {
   "id": "bts.stations",
   "family": "bts",
   "unit": "count",
   "dims": [
    "tech"
   ],
   "vi": "số trạm BTS / trạm thu phát sóng thông tin di động (installed); tech 2G/3G/4G/5G"
  },
  {
   "id": "bts.stations_on_air_trial",
   "family": "bts",
   "unit": "count",
   "dims": [
    "tech"
   ],
   "vi": "số trạm đã phát sóng thử nghiệm (e.g. 5G)"
  },
  {
   "id": "bts.sites",
   "family": "bts",
   "unit": "count",
   "dims": [],
   "vi": "số vị trí trạm BTS"
  },
  {
   "id": "bts.shared_sites",
   "family": "bts",
   "unit": "count",
   "dims": [],
   "vi": "số vị trí cột ăng-ten / trạm BTS sử dụng chung"
  },
  {
   "id": "bts.shared_sites_share",
   "family": "bts",
   "unit": "pct",
   "dims": [],
   "vi": "tỷ lệ trạm BTS dùng chung vị trí"
  },
  {
   "id": "bts.controllers",
   "family": "bts",
   "unit": "count",
   "dims": [],
   "vi": "số trạm điều khiển thông tin di động BSC"
  },
  {
   "id": "esign.rate",
   "family": "esign",
   "unit": "pct",
   "dims": [
    "level",
    "entity"
   ],
   "vi": "tỷ lệ ký số (sử dụng chữ ký số cá nhân; tỷ lệ ký số văn bản) of a unit or level"
  },
  {
   "id": "esign.signed_documents",
   "family": "esign",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "số văn bản được ký số"
  },
  {
   "id": "esign.certificates_issued",
   "family": "esign",
   "unit": "count",
   "dims": [
    "kind"
   ],
   "vi": "số chứng thư số / chữ ký số cấp mới trong kỳ (kind organization / individual)"
  },
  {
   "id": "esign.certificates_active",
   "family": "esign",
   "unit": "count",
   "dims": [
    "kind"
   ],
   "vi": "số chứng thư số đang hoạt động (tổng đang có)"
  },
  {
   "id": "esign.adult_holder_share",
   "family": "esign",
   "unit": "pct",
   "dims": [],
   "vi": "tỷ lệ người dân trưởng thành có chữ ký số / chữ ký điện tử cá nhân"
  },
  {
   "id": "edoc.outgoing",
   "family": "esign",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "số văn bản đi"
  },
  {
   "id": "edoc.incoming",
   "family": "esign",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "số văn bản đến"
  },
  {
   "id": "edoc.total",
   "family": "esign",
   "unit": "count",
   "dims": [
    "level"
   ],
   "vi": "tổng số văn bản đi/đến"
  },
  {
   "id": "edoc.online_share",
   "family": "esign",
   "unit": "pct",
   "dims": [
    "level"
   ],
   "vi": "tỷ lệ văn bản / hồ sơ công việc trao đổi, xử lý hoàn toàn trên môi trường mạng"
  },
  {
   "id": "subs.phone",
   "family": "subs",
   "unit": "count",
   "dims": [
    "kind"
   ],
   "vi": "tổng số thuê bao điện thoại; kind fixed = cố định, mobile_postpaid = di động trả sau, mobile_prepaid = di động trả trước"
  },
  {
   "id": "subs.phone_new",
   "family": "subs",
   "unit": "count",
   "dims": [
    "kind"
   ],
   "vi": "số thuê bao điện thoại phát triển mới trong kỳ"
  },
  {
   "id": "subs.phone_density",
   "family": "subs",
   "unit": "per100",
   "dims": [
    "kind"
   ],
   "vi": "mật độ thuê bao điện thoại /100 dân; kind fixed_postpaid = 'mật độ điện thoại cố định và trả sau', else the kind the text names, or all"
  },
  {
   "id": "subs.broadband",
   "family": "subs",
   "unit": "count",
   "dims": [
    "kind"
   ],
   "vi": "tổng số thuê bao internet băng rộng; kind fixed = cố định (BRCĐ), mobile = di động (BRDĐ)"
  },
  {
   "id": "subs.broadband_new",
   "family": "subs",
   "unit": "count",
   "dims": [
    "kind"
   ],
   "vi": "số thuê bao internet băng rộng phát triển mới trong kỳ"
  },
  {
   "id": "subs.broadband_density",
   "family": "subs",
   "unit": "per100",
   "dims": [
    "kind"
   ],
   "vi": "mật độ thuê bao internet (băng rộng) /100 dân"
  },
  {
   "id": "subs.locked",
   "family": "subs",
   "unit": "count",
   "dims": [
    "kind"
   ],
   "vi": "số thuê bao bị khóa (kind one_way = khóa 1 chiều, two_way = khóa 2 chiều)"
  },
  {
   "id": "subs.smartphone_share",
   "family": "subs",
   "unit": "pct",
   "dims": [],
   "vi": "tỷ lệ thuê bao sử dụng điện thoại thông minh trên tổng thuê bao di động"
  }
 ]
} as const;
