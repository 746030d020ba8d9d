// The review page as a string: self-contained, data embedded safely, source text never turned into markup.
import { describe, it, expect } from '@jest/globals';
import { embedJson, escapeHtml, renderPage } from '../src/review/index.js';
import type { ReviewData } from '../src/review/index.js';
import { pageWords } from '../src/review/words.js';

const hostile = 'Ghi chú </script><script>alert(1)</script> & <!-- x --> \u2028 "q"';

function data(): ReviewData {
  return {
    generated: '2024-01-01T00:00:00Z',
    docs: [{ doc: '<b>x</b>.txt', sha: 'x', province: 'Ninh Thuận', period: 'tháng 4/2023', title: hostile, format: 'txt', warnings: [hostile], text: hostile, pages: [] }],
    facts: [],
    findings: [],
    metrics: [{ id: 'bts.stations', family: 'bts', unit: 'count', vi: 'số trạm BTS', dims: ['tech'] }],
    families: ['bts'],
    dimValues: { tech: ['2G'] },
    words: pageWords(),
  };
}

describe('review page', () => {
  it('escapes HTML special characters', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  it('embeds JSON with "<" written as \\u003c, and it parses back to the same data', () => {
    const s = embedJson({ t: hostile });
    expect(s).not.toContain('<');
    expect(s).not.toContain('\u2028');
    expect(JSON.parse(s)).toEqual({ t: hostile });
  });

  it('contains the source text only inside the JSON block, and loads nothing from elsewhere', () => {
    const html = renderPage(data());
    expect(html.match(/<script\b/g)).toHaveLength(2); // the data block and the page's own script
    expect(html).not.toContain('alert(1)</script>');
    const json = html.match(/<script type="application\/json" id="review-data">([\s\S]*?)<\/script>/)![1];
    expect(JSON.parse(json).docs[0].text).toBe(hostile);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
  });
});
