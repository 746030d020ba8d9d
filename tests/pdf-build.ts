// Small PDFs written object by object, for tests that need a file damaged in one known place:
// an object whose cross-reference entry points at the wrong offset, a page tree node that is not one.

/** A PDF of these objects (numbered from 1; object 1 is the catalog). Objects listed in
 *  `wrongOffsets` get a cross-reference entry that points into the middle of another object. */
export function buildPdf(objects: string[], opts: { wrongOffsets?: number[] } = {}): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  offsets.forEach((off, i) => {
    const at = opts.wrongOffsets?.includes(i + 1) ? off + 3 : off;
    body += `${String(at).padStart(10, '0')} 00000 n \n`;
  });
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/** A page of text lines in Helvetica (ASCII only). */
const pageContent = (lines: string[]) =>
  `BT /F1 12 Tf 14 TL 72 760 Td ${lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) Tj T*`).join(' ')} ET`;

/**
 * A report of `pages` pages, each a few lines of text: objects 1 catalog, 2 page tree, 3 font, then
 * per page its page object and content stream. `damage` breaks page n's content stream's
 * cross-reference entry ('content'), its page object's ('page'), or makes page n's object a page tree
 * node with no pages ('node'); `count` is the page count the page tree states.
 */
export function textPdf(pages: string[][], damage: { page: number; how: 'content' | 'page' | 'node' }[] = [], opts: { count?: number } = {}): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  const wrongOffsets: number[] = [];
  pages.forEach((lines, i) => {
    const pageObj = objects.length + 1;
    const contentObj = pageObj + 1;
    kids.push(`${pageObj} 0 R`);
    const how = damage.find((d) => d.page === i + 1)?.how;
    objects.push(
      how === 'node'
        ? '<< /Type /Pages /Kids 7 /Count 1 >>'
        : `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentObj} 0 R >>`,
    );
    objects.push(stream(pageContent(lines)));
    if (how === 'content') wrongOffsets.push(contentObj);
    if (how === 'page') wrongOffsets.push(pageObj);
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${opts.count ?? pages.length} >>`;
  return buildPdf(objects, { wrongOffsets });
}
