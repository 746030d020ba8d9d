// A minimal PDF writer for OCR tests: pages that are one image each (a scan), pages of plain text
// in Helvetica (a text layer), and image dictionaries that declare any size (for TOO_LARGE).

export type MadePage =
  /** A scan: a JPEG drawn over the whole page, `width` × `height` pixels at `dpi`. */
  | { kind: 'image'; jpeg: Uint8Array; width: number; height: number; dpi: number }
  /** An image that declares `width` × `height` pixels; its data is not a real image (never decoded). */
  | { kind: 'declared-image'; width: number; height: number }
  /** Lines of ASCII text on an A4 page. */
  | { kind: 'text'; lines: string[] };

const A4 = { width: 595.28, height: 841.89 };

export function makePdf(pages: MadePage[]): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const stream = (dict: string, data: Uint8Array) =>
    Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), Buffer.from(data), Buffer.from('\nendstream', 'latin1')]);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const p of pages) {
    if (p.kind === 'text') {
      const ops = p.lines.map((l, i) => `BT /F1 12 Tf 72 ${A4.height - 90 - i * 18} Td (${l.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
      const content = add(stream('', Buffer.from(ops, 'latin1')));
      kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
      continue;
    }
    const [w, h] = [p.width, p.height];
    const image =
      p.kind === 'image'
        ? add(stream(`/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, p.jpeg))
        : add(stream(`/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8`, new Uint8Array(16)));
    const size = p.kind === 'image' ? { width: (w * 72) / p.dpi, height: (h * 72) / p.dpi } : A4;
    const content = add(stream('', Buffer.from(`q ${size.width} 0 0 ${size.height} 0 0 cm /Im1 Do Q`, 'latin1')));
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${size.width} ${size.height}] /Resources << /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesObj} 0 R >>`, 'latin1');
  objects[pagesObj - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
