import type { Span, TextDocument } from '../model.js';
import { plainWords } from './words.js';

// The unit column of an indicator table ("ĐVT") says what a row counts: a row whose label reads
// like a catalog metric but is counted in enterprises, kilometres or exchanges ("Doanh nghiệp cung
// cấp internet | DN", "Tuyến cáp quang | Km") is about something else.

/** What a count of each metric group may be counted in, as an ĐVT cell writes it. */
const COUNTED_IN: [RegExp, RegExp][] = [
  [/^dossier\./, /^(?:hồ sơ|bộ hồ sơ|hs|bộ)$/u],
  [/^eservice\./, /^(?:dịch vụ|dvc|dvctt|thủ tục|tthc|tt|dịch vụ công)$/u],
  [/^bts\./, /^(?:trạm|trạm bts|bts|vị trí|cột|cột ăng ten|cột anten|trạm phát sóng)$/u],
  [/^esign\./, /^(?:chứng thư|chứng thư số|cts|chữ ký số|thuê bao|thiết bị|văn bản|vb)$/u],
  [/^edoc\./, /^(?:văn bản|vb)$/u],
  [/^subs\./, /^(?:thuê bao|tb|máy)$/u],
];

/** Whether a row's unit cell (plain words) fits the metric its label names. Only counts are
 *  checked: rates and densities are written with varied units ("%", "Thuê bao", "TB/100 dân"). */
export function unitFits(metric: string, metricUnit: string, unitCell: string): boolean {
  if (metricUnit !== 'count' || !unitCell || /^[-–—.…]*$/u.test(unitCell)) return true;
  const entry = COUNTED_IN.find(([group]) => group.test(metric));
  return entry ? entry[1].test(unitCell) : true;
}

/** Figures written in thousands or millions ("Nghìn thuê bao", "Số thuê bao (nghìn thuê bao)"):
 *  the cell is not the count, and scaling it up would invent digits. */
const SCALED = /(?:^|[\s(/])(?:nghìn|ngàn|triệu)(?=\s|$)/u;

export const inThousands = (plainText: string): boolean => SCALED.test(plainText);

/** "Đơn vị tính: Nghìn thuê bao", "ĐVT: 1.000 thuê bao" over a table. */
const TABLE_UNIT_SCALED = /(?:đơn vị tính|đvt|đơn vị)\s*:?\s*(?:nghìn|ngàn|triệu|1\.?000)(?![\p{L}\p{N}])/u;

/** Whether the two lines just before a table, or its heads, say its figures are in thousands or
 *  millions: its counts are then not counts. */
export function tableInThousands(doc: TextDocument, table: Span, heads: string[]): boolean {
  let from = table.start;
  for (let lines = 0; from > 0 && lines < 3; from--) if (doc.text[from - 1] === '\n') lines++;
  return TABLE_UNIT_SCALED.test(plainWords(`${doc.text.slice(from, table.start)} ${heads.join(' ')}`));
}
