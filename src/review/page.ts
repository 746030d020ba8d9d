// review.html: one self-contained file (no network, no external scripts, styles or fonts).
import { reviewClient } from './client.js';
import type { ReviewData } from './data.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON safe inside <script type="application/json">: no "<" (so no "</script>" or "<!--"), no line separators. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const FAMILY_COLORS: Record<string, [string, string]> = {
  dossier: ['#2563eb', '#dbeafe'],
  bts: ['#059669', '#d1fae5'],
  esign: ['#d97706', '#fef3c7'],
  subs: ['#db2777', '#fce7f3'],
};
const FALLBACK: [string, string] = ['#6b7280', '#e5e7eb'];

function familyCss(families: string[]): string {
  return families
    .map((f) => {
      const [strong, light] = FAMILY_COLORS[f] ?? FALLBACK;
      const cls = f.replace(/[^a-z0-9_-]/gi, '_');
      return (
        `mark.fig.fam-${cls}{background:${light};border-bottom:2px solid ${strong}}` +
        `.fam-dot.fam-${cls}{background:${strong}}.fam-border-${cls}{border-left-color:${strong}}`
      );
    })
    .join('\n');
}

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2937;background:#f3f4f6;display:flex;flex-direction:column}
header{display:flex;align-items:baseline;gap:16px;padding:10px 18px;background:#111827;color:#f9fafb}
header h1{font-size:17px;margin:0;font-weight:600}
header #summary{color:#9ca3af;font-size:13px}
#app{flex:1;display:grid;grid-template-columns:290px minmax(0,1fr) 360px;min-height:0}
aside,main{min-height:0;overflow:auto}
#side{background:#fff;border-right:1px solid #e5e7eb;padding:12px}
#side h3,#right h3{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#6b7280;margin:14px 0 6px}
#side h3:first-child{margin-top:0}
button{font:inherit;color:inherit;cursor:pointer}
.doc{display:block;width:100%;text-align:left;border:1px solid #e5e7eb;background:#fff;border-radius:8px;padding:8px 10px;margin-bottom:6px}
.doc:hover{border-color:#93c5fd}
.doc.active{border-color:#2563eb;background:#eff6ff;box-shadow:0 0 0 1px #2563eb inset}
.doc-name{display:block;font-weight:600;word-break:break-all;font-size:13px}
.doc-meta{display:block;color:#6b7280;font-size:12px}
.doc-counts{display:flex;gap:6px;margin-top:4px}
.count{font-size:11px;background:#f3f4f6;border-radius:10px;padding:0 7px}
.count.warn{background:#fee2e2;color:#b91c1c}
.fam-toggle{display:flex;align-items:center;gap:7px;padding:2px 0;cursor:pointer}
.fam-dot{display:inline-block;width:10px;height:10px;border-radius:50%}
select{width:100%;font:inherit;padding:5px;border:1px solid #d1d5db;border-radius:6px;background:#fff}
.finding{display:block;width:100%;text-align:left;border:1px solid #fecaca;background:#fff;border-radius:8px;padding:7px 9px;margin-bottom:6px;font-size:12.5px}
.finding.here{background:#fff7f7}
.finding.current{box-shadow:0 0 0 2px #ef4444}
.finding:hover{border-color:#ef4444}
.finding-doc{color:#6b7280;font-size:11px;margin-left:6px;word-break:break-all}
.finding-msg{display:block;margin-top:3px}
.badge{display:inline-block;font-size:11px;font-weight:600;border-radius:4px;padding:0 6px;background:#fee2e2;color:#b91c1c;white-space:nowrap}
.badge.t-conflict,.badge.t-stock_fall{background:#ede9fe;color:#6d28d9}
main{padding:0 22px 30px}
.tabs{position:sticky;top:0;background:#f3f4f6;padding-top:12px;display:flex;gap:4px;border-bottom:1px solid #d1d5db;z-index:2}
.tab{border:1px solid transparent;border-bottom:none;background:none;padding:6px 14px;border-radius:8px 8px 0 0;color:#4b5563}
.tab.active{background:#fff;border-color:#d1d5db;color:#111827;font-weight:600;margin-bottom:-1px}
#doc-head h2{font-size:18px;margin:16px 0 2px}
.doc-sub{color:#6b7280;font-size:13px}
.warning{margin-top:6px;background:#fffbeb;border:1px solid #fcd34d;border-radius:6px;padding:4px 8px;font-size:12.5px}
#text{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:18px 22px;margin-top:12px;white-space:pre-wrap;font:15px/1.75 Georgia,"Noto Serif","Times New Roman",serif;max-width:980px}
.quote,mark.fig.inq{text-decoration:underline;text-decoration-color:#9ca3af;text-decoration-style:dotted;text-underline-offset:4px}
mark.fig{color:inherit;border-radius:3px;padding:0 1px;cursor:pointer}
mark.fig:hover,mark.fig:focus{outline:2px solid #111827;outline-offset:1px}
mark.fig.flagged{box-shadow:inset 0 -3px 0 #ef4444}
mark.fig.ocr{border-bottom-style:dashed}
mark.fig.selected{outline:2px solid #111827;outline-offset:1px;background:#fde68a}
mark.fig.flash{animation:flash 1.6s ease-out 2}
@keyframes flash{0%{background:#f87171;box-shadow:0 0 0 6px rgba(248,113,113,.5)}100%{box-shadow:0 0 0 0 rgba(248,113,113,0)}}
#right{background:#fff;border-left:1px solid #e5e7eb;padding:12px}
.fact-card{border:1px solid #e5e7eb;border-left:4px solid #6b7280;border-radius:8px;padding:10px 12px;margin-bottom:10px}
.fact-title{display:flex;align-items:center;gap:7px;font-weight:600;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
.fact-value{font-size:26px;font-weight:700;margin:4px 0}
.fact-value .unit{font-size:14px;color:#6b7280;font-weight:400}
.fact-value .qual{font-size:13px;color:#6b7280;font-weight:400}
dl{display:grid;grid-template-columns:80px 1fr;gap:2px 8px;margin:6px 0;font-size:12.5px}
dt{color:#6b7280}dd{margin:0;word-break:break-word}
.fact-quote{margin:8px 0;padding:6px 10px;background:#f9fafb;border-left:3px solid #d1d5db;font-family:Georgia,serif;font-size:13.5px}
.check{display:block;width:100%;text-align:left;font-size:12.5px;border-radius:6px;padding:6px 8px;margin-top:4px;border:1px solid #e5e7eb;background:#fff}
.check.ok{color:#047857;background:#ecfdf5;border-color:#a7f3d0}
.check.bad{background:#fef2f2;border-color:#fecaca}
.empty{color:#6b7280;font-style:italic}
.ocr-crop{margin:8px 0}.ocr-crop figcaption{font-size:12px;color:#6b7280;margin-top:3px}
.crop-frame{position:relative;display:inline-block;max-width:100%;border:1px solid #d1d5db;line-height:0}
.crop-frame img{display:block;max-width:100%;height:auto}
.crop-mark{position:absolute;outline:2px solid #dc2626;outline-offset:1px;background:rgba(220,38,38,.08)}
.finding-head{border:1px solid #fecaca;background:#fef2f2;border-radius:8px;padding:8px 10px;margin-bottom:10px;font-size:13px}
.finding-head p{margin:4px 0}
.finding-nums{color:#6b7280;font-size:12px}
#chart-view{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:16px 20px;margin-top:12px;max-width:980px}
.chart-controls{display:grid;grid-template-columns:1fr 1fr;gap:10px;max-width:640px}
.chart-controls label{font-size:12px;color:#6b7280}
#chart-caption{color:#4b5563;font-size:13px;margin:10px 0}
.chart-svg{width:100%;max-width:900px;height:auto}
.chart-svg .grid{stroke:#e5e7eb}.chart-svg .axis{stroke:#6b7280}
.chart-svg .tick{font-size:11px;fill:#6b7280}.chart-svg .bar-label{font-size:11px;fill:#111827}
.chart-svg .legend{font-size:12px;fill:#374151}.chart-svg .bar{cursor:pointer}.chart-svg .bar:hover{opacity:.8}
@media (max-width:1100px){#app{grid-template-columns:240px minmax(0,1fr)}#right{grid-column:1/-1;border-left:none;border-top:1px solid #e5e7eb}}
`;

export function renderPage(data: ReviewData): string {
  const title = `baocao review — ${data.docs.length} report${data.docs.length === 1 ? '' : 's'}`;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}
${familyCss(data.families)}</style>
</head>
<body>
<header><h1>baocao review</h1><span id="summary"></span></header>
<div id="app">
  <aside id="side">
    <h3>Reports</h3>
    <div id="doc-list"></div>
    <h3>Families</h3>
    <div id="family-filter"></div>
    <h3>Metric</h3>
    <select id="metric-filter" aria-label="Metric filter"></select>
    <h3>Audit findings <span id="finding-count" class="count warn"></span></h3>
    <div id="finding-list"></div>
  </aside>
  <main>
    <div class="tabs"><button class="tab active" data-tab="text">Report text</button><button class="tab" data-tab="chart">Compare provinces</button></div>
    <section id="text-view">
      <div id="doc-head"></div>
      <div id="text"></div>
    </section>
    <section id="chart-view" hidden>
      <div class="chart-controls">
        <label>Metric<select id="chart-metric"></select></label>
        <label>Dims<select id="chart-dims"></select></label>
      </div>
      <div id="chart-caption"></div>
      <div id="chart"></div>
    </section>
  </main>
  <aside id="right">
    <h3>Fact</h3>
    <div id="fact-panel"></div>
  </aside>
</div>
<noscript><p style="padding:20px">This page needs JavaScript to show the reports.</p></noscript>
<script type="application/json" id="review-data">${embedJson(data)}</script>
<script>(${reviewClient.toString()})();</script>
</body>
</html>
`;
}
