// The review page in real headless Chromium: open it from disk, click a figure, follow a finding, draw a chart.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Fact } from '../src/facts.js';
import { metricById } from '../src/catalog.js';
import { auditDir } from '../src/audit/index.js';
import { writeReview } from '../src/review/index.js';

const CHROMIUM = '/usr/bin/chromium';

const APRIL =
  'BÁO CÁO tháng 4/2023\n\nTừ ngày 01/01/2023 đến 13/4/2023 trên hệ thống Dịch vụ công tỉnh tiếp nhận 67.555 hồ sơ trong đó: cấp tỉnh 40.992 hồ sơ ' +
  '(11.380 hồ sơ tiếp nhận trực tiếp, 29.465 hồ sơ tiếp nhận qua mạng, 147 hồ sơ tiếp nhận qua BCCI); Cấp huyện: 4.408 hồ sơ ' +
  '(1.013 hồ tiếp nhận trực tiếp, 3.395 hồ sơ tiếp nhận qua mạng, 0 hồ sơ tiếp nhận qua BCCI); Cấp xã: 22.115 hồ sơ ' +
  '(7.081 hồ sơ tiếp nhận trực tiếp, 15.074 hồ sơ tiếp nhận qua mạng, 0 hồ sơ tiếp nhận qua BCCI).\n\n' +
  'Ghi chú: <script>window.__pwned = 1</script> & <b>không</b> in đậm.\n\n' +
  'Có 1.911 trạm BTS (502 trạm 2G, 718 trạm 3G, 691 trạm 4G). Tổng số thuê bao điện thoại trên toàn tỉnh là 691.872 thuê bao.\n';
const HALF = 'BÁO CÁO 6 tháng đầu năm 2023\n\nCó 1.950 trạm BTS. Tổng số thuê bao điện thoại trên toàn tỉnh là 690.503 thuê bao.\n';

function maker(doc: string, text: string, period: Fact['period'], province = 'Ninh Thuận', code = '58') {
  let cursor = 0;
  return (context: string, raw: string, metric: string, dims: Record<string, string>, value: number): Fact => {
    const start = text.indexOf(context, cursor);
    if (start < 0) throw new Error(`no "${context}"`);
    const vs = start + context.indexOf(raw);
    cursor = vs + raw.length;
    const m = metricById.get(metric)!;
    return {
      id: `${doc.slice(0, 3)}-${vs}`,
      doc,
      source: { path: doc, sha256: 'x', format: 'txt', line: text.slice(0, start).split('\n').length, start, end: start + context.length, value_start: vs, value_end: vs + raw.length },
      province,
      province_code: code,
      period,
      metric,
      family: m.family,
      dims,
      value,
      unit: m.unit,
      basis: 'actual',
      raw,
      quote: context,
      qualifier: null,
      change_pct: null,
      rule: 'test/hand-made',
      checks: [],
    };
  };
}

function buildDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'baocao-review-'));
  mkdirSync(path.join(dir, 'text'));
  const aprilPeriod = { start: '2023-04-01', end: '2023-04-30', label: 'tháng 4/2023' };
  const halfPeriod = { start: '2023-01-01', end: '2023-06-30', label: '6 tháng đầu năm 2023' };
  const a = maker('001.txt', APRIL, aprilPeriod);
  const R = 'dossier.received';
  const lv = (level: string, channel?: string): Record<string, string> => (channel ? { level, channel } : { level });
  const facts = [
    a('tiếp nhận 67.555 hồ sơ', '67.555', R, {}, 67555),
    a('cấp tỉnh 40.992 hồ sơ', '40.992', R, lv('province'), 40992),
    a('11.380 hồ sơ tiếp nhận trực tiếp', '11.380', R, lv('province', 'direct'), 11380),
    a('29.465 hồ sơ tiếp nhận qua mạng', '29.465', R, lv('province', 'online'), 29465),
    a('147 hồ sơ tiếp nhận qua BCCI', '147', R, lv('province', 'postal'), 147),
    a('Cấp huyện: 4.408 hồ sơ', '4.408', R, lv('district'), 4408),
    a('1.013 hồ tiếp nhận trực tiếp', '1.013', R, lv('district', 'direct'), 1013),
    a('3.395 hồ sơ tiếp nhận qua mạng', '3.395', R, lv('district', 'online'), 3395),
    a('0 hồ sơ tiếp nhận qua BCCI', '0', R, lv('district', 'postal'), 0),
    a('Cấp xã: 22.115 hồ sơ', '22.115', R, lv('commune'), 22115),
    a('7.081 hồ sơ tiếp nhận trực tiếp', '7.081', R, lv('commune', 'direct'), 7081),
    a('15.074 hồ sơ tiếp nhận qua mạng', '15.074', R, lv('commune', 'online'), 15074),
    a('0 hồ sơ tiếp nhận qua BCCI', '0', R, lv('commune', 'postal'), 0),
    a('1.911 trạm BTS', '1.911', 'bts.stations', {}, 1911),
    a('502 trạm 2G', '502', 'bts.stations', { tech: '2G' }, 502),
    a('718 trạm 3G', '718', 'bts.stations', { tech: '3G' }, 718),
    a('691 trạm 4G', '691', 'bts.stations', { tech: '4G' }, 691),
    a('là 691.872 thuê bao', '691.872', 'subs.phone', {}, 691872),
  ];
  const h = maker('000.txt', HALF, halfPeriod);
  facts.push(h('Có 1.950 trạm BTS', '1.950', 'bts.stations', {}, 1950), h('là 690.503 thuê bao', '690.503', 'subs.phone', {}, 690503));
  const b = maker('003.txt', 'Có 1.200 trạm BTS.', halfPeriod, 'Thừa Thiên Huế', '46');
  facts.push(b('Có 1.200 trạm BTS', '1.200', 'bts.stations', {}, 1200));
  writeFileSync(path.join(dir, 'facts.jsonl'), facts.map((f) => JSON.stringify(f)).join('\n') + '\n');
  const docs = [
    ['001.txt', APRIL, 'Ninh Thuận', aprilPeriod],
    ['000.txt', HALF, 'Ninh Thuận', halfPeriod],
    ['003.txt', 'Có 1.200 trạm BTS.', 'Thừa Thiên Huế', halfPeriod],
  ] as const;
  for (const [doc, text] of docs) {
    writeFileSync(path.join(dir, 'text', `${doc}.json`), JSON.stringify({ doc, format: 'txt', text, lineStarts: [0], pages: [], blocks: [], warnings: [] }));
  }
  writeFileSync(
    path.join(dir, 'documents.jsonl'),
    docs
      .map(([doc, , province, period]) =>
        JSON.stringify({ doc, source: { path: doc, sha256: 'x', format: 'txt' }, province, province_code: '58', period, title: `Báo cáo ${period.label} <i>&</i>`, issuer: null, number: null, date: null, signer: null, warnings: [], facts: 1 }),
      )
      .join('\n') + '\n',
  );
  return dir;
}

const hasChromium = existsSync(CHROMIUM);

describe('review.html in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let html: string;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this in CI).`);
    dir = buildDir();
    await auditDir(dir);
    const written = await writeReview(dir);
    html = readFileSync(written.path, 'utf8');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (r) => {
      if (!/^(file|data|about):/.test(r.url())) outside.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(written.path).href);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the reports and the audit findings of the directory', async () => {
    expect(await page.locator('button.doc').count()).toBe(3);
    const findings = await page.locator('.finding .finding-msg').allTextContents();
    expect(findings).toHaveLength(2);
    expect(findings.join('\n')).toContain('"22.115 hồ sơ"');
    expect(findings.join('\n')).toContain('"67.555 hồ sơ"');
  });

  it('embeds the data safely and loads nothing from the network', async () => {
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).toContain('\\u003cscript>window.__pwned');
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=["']?https?:|url\(https?:/i);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows source text literally: <script> and & are text, never markup', async () => {
    await page.click('button.doc[data-doc="001.txt"]');
    const text = await page.textContent('#text');
    expect(text).toContain('<script>window.__pwned = 1</script> & <b>không</b> in đậm.');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#text b').count()).toBe(0);
    expect(await page.textContent('#doc-head h2')).toBe('Báo cáo tháng 4/2023 <i>&</i>');
  });

  it('clicking a highlighted figure shows its fact, in Vietnamese words; the screenshot is saved under output/', async () => {
    const marks = page.locator('#text mark.fig');
    expect(await marks.count()).toBe(18);
    const target = page.locator('#text mark.fig', { hasText: /^22\.115$/ });
    await target.click();
    const panel = page.locator('#fact-panel');
    await expect(panel.locator('.fact-metric').first().textContent()).resolves.toBe('Số hồ sơ tiếp nhận');
    await expect(panel.locator('.fact-id').first().textContent()).resolves.toBe('dossier.received');
    await expect(panel.locator('.fact-value .num').first().textContent()).resolves.toBe('22.115');
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain('Phân tổcấp xã');
    expect(panelText).toContain('Loại số liệuthực hiện');
    expect(panelText).toContain('tháng 4/2023');
    expect(panelText).toContain('Cấp xã: 22.115 hồ sơ');
    expect(panelText).toContain('Tổng các phần ≠ tổng');
    expect(await target.getAttribute('class')).toMatch(/selected/);
    mkdirSync('output', { recursive: true });
    await page.screenshot({ path: 'output/review-test.png' });
    expect(existsSync('output/review-test.png')).toBe(true);
  });

  it('switches to English and back, the choice kept', async () => {
    await page.click('#lang');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#fact-panel .fact-metric')).toBe('Dossiers received');
    expect(await page.textContent('#fact-panel')).toContain('Breakdowncommune level');
    expect(await page.textContent('.tab[data-tab="table"]')).toBe('Table of figures');
    await page.click('#lang');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('.tab[data-tab="table"]')).toBe('Bảng số liệu');
  });

  it('a finding links to its figures: clicking it opens the report, scrolls to and flashes them', async () => {
    await page.click('button.doc[data-doc="000.txt"]');
    expect(await page.textContent('#doc-head .doc-sub')).toContain('000.txt');
    await page.locator('.finding', { hasText: '7.081 + 15.074 + 0' }).click();
    expect(await page.locator('button.doc.active').getAttribute('data-doc')).toBe('001.txt');
    expect(await page.textContent('#fact-panel .finding-head')).toContain('7.081 + 15.074 + 0 = 22.155');
    const flashing = page.locator('#text mark.fig.flash');
    expect(await flashing.count()).toBe(4);
    const box = await page.locator('#text mark.fig.flash', { hasText: /^22\.115$/ }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
  });

  it('filters figures by group and by metric, from the bar on top', async () => {
    await page.selectOption('#f-family', 'bts');
    expect(await page.locator('#text mark.fig').count()).toBe(4);
    await page.selectOption('#f-family', '');
    await page.selectOption('#f-metric', 'subs.phone');
    expect(await page.locator('#text mark.fig').count()).toBe(1);
    expect(await page.textContent('#shown-count')).toBe('2 / 21 số liệu');
    await page.selectOption('#f-metric', '');
  });

  it('charts only figures that compare: one breakdown, basis and period, every value drawn, and says what it left out', async () => {
    await page.click('.tab[data-tab="chart"]');
    await page.selectOption('#chart-metric', 'bts.stations');
    await page.selectOption('#chart-dims', '');
    // The half year is stated by two provinces, April by one: the half year is offered first.
    expect(await page.locator('#chart-period option').first().getAttribute('value')).toBe('2023-01-01|2023-06-30');
    expect(await page.locator('#chart-period option').first().textContent()).toBe('6 tháng đầu năm 2023 — 2 tỉnh');
    await page.selectOption('#chart-period', '2023-01-01|2023-06-30');
    const labels = await page.locator('#chart svg text.row-label').allTextContents();
    expect(labels).toEqual(['Ninh Thuận', 'Thừa Thiên Huế']);
    expect(await page.locator('#chart svg text.bar-label').allTextContents()).toEqual(['1.950', '1.200']);
    expect(await page.textContent('#chart-left-out')).toBe('Không vẽ 4 số liệu khác của chỉ tiêu này: 3 phân tổ khác; 1 kỳ khác (không so sánh được).');
    await page.selectOption('#chart-period', '2023-04-01|2023-04-30');
    expect(await page.locator('#chart svg text.bar-label').allTextContents()).toEqual(['1.911']);
    await page.screenshot({ path: 'output/review-chart.png' });
    await page.locator('#chart svg g.bar-row').first().click();
    expect(await page.locator('button.doc.active').getAttribute('data-doc')).toBe('001.txt');
    expect(await page.textContent('#fact-panel .fact-value .num')).toBe('1.911');
  });
});
