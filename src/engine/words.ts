// Turning a stretch of report text into the plain lower-case words rules are written against.

/** Markup the exports carry: bold/italic marks, <i> tags, footnote references, superscript digits. */
const MARKUP = /\*+|<\/?[a-z]+>|\^\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

export function plainWords(s: string): string {
  MARKUP.lastIndex = 0;
  const bare = MARKUP.test(s) ? s.replace(MARKUP, ' ') : s;
  return bare.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Same as plainWords but keeps letter case (entity names). */
export function plainText(s: string): string {
  return s.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
}

/** The unit noun a figure counts, from its tail: used to decide whether a part belongs to a whole. */
export function unitKey(tail: string): string {
  const t = tail.replace(/^[%\s]+/, '');
  const known = t.match(
    /^(hồ sơ|hồ(?= )|thuê bao|trạm|vị trí|dvctt|dịch vụ công|văn bản|chứng thư|chữ ký số|người|doanh nghiệp|điểm|tuyến|km|tỷ|triệu|giờ|lượt|tin|hộ|xã|huyện|đơn vị|cơ quan|tài khoản)/,
  );
  if (known) {
    const k = known[1];
    if (k === 'hồ') return 'hồ sơ';
    if (k === 'dịch vụ công') return 'dvctt';
    if (k === 'chữ ký số') return 'chứng thư';
    return k;
  }
  const w = t.match(/^[\p{L}]+/u);
  return w ? w[0] : '';
}
