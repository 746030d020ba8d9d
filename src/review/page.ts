// review.html: one self-contained file (no network, no external scripts, styles or fonts).
import { reviewClient } from './client.js';
import { tablePart } from './client-table.js';
import { chartPart } from './client-chart.js';
import { correctionsPart } from './client-corrections.js';
import type { ReviewData } from './data.js';
import { packData } from './pack.js';

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
        `.fam-dot.fam-${cls}{background:${strong}}.fam-border-${cls}{border-left-color:${strong}}.chart-svg .fam-fill-${cls}{fill:${strong}}`
      );
    })
    .join('\n');
}

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2937;background:#f3f4f6;display:flex;flex-direction:column}
button{font:inherit;color:inherit;cursor:pointer}
:focus-visible{outline:2px solid #2563eb;outline-offset:1px}
.skip{position:absolute;left:8px;top:-60px;z-index:10;background:#fff;border:2px solid #2563eb;border-radius:6px;padding:6px 10px}
.skip:focus{top:8px}
header{display:flex;align-items:center;gap:14px;padding:8px 16px;background:#111827;color:#f9fafb;flex-wrap:wrap}
header h1{font-size:17px;margin:0;font-weight:600}
header #summary{color:#9ca3af;font-size:13px}
header .spacer{flex:1}
header button{background:#1f2937;border:1px solid #4b5563;border-radius:6px;padding:3px 10px;color:#f9fafb}
header button:disabled{opacity:.5;cursor:default}
#filters{display:flex;flex-wrap:wrap;align-items:end;gap:6px 10px;padding:8px 16px;background:#fff;border-bottom:1px solid #e5e7eb}
#filters label{display:flex;flex-direction:column;font-size:11.5px;color:#6b7280}
#filters select{width:150px}
#search{flex:0 1 340px;min-width:180px;font:inherit;padding:5px 8px;border:1px solid #9ca3af;border-radius:6px}
#filters label.flag-filter{flex-direction:row;align-items:center;gap:5px;font-size:13px;color:#374151;padding-bottom:4px}
#f-clear{border:1px solid #d1d5db;background:#fff;border-radius:6px;padding:3px 10px;font-size:13px}
#shown-count{font-size:12.5px;color:#374151;margin-left:auto}
#app{flex:1;display:grid;grid-template-columns:280px minmax(0,1fr) 360px;grid-template-areas:"side main right";min-height:0}
#side{grid-area:side}main{grid-area:main}#right{grid-area:right}
aside,main{min-height:0;overflow:auto}
#side{background:#fff;border-right:1px solid #e5e7eb;padding:10px}
#side summary{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#4b5563;cursor:pointer;margin:4px 0 6px;font-weight:600}
#doc-search{width:100%;font:inherit;padding:4px 7px;border:1px solid #d1d5db;border-radius:6px;margin-bottom:6px}
#doc-list{max-height:55vh;overflow:auto}
#right h3,#missed-box h3{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#6b7280;margin:6px 0}
.doc{display:block;width:100%;text-align:left;border:1px solid #e5e7eb;background:#fff;border-radius:8px;padding:6px 9px;margin-bottom:5px}
.doc:hover{border-color:#93c5fd}
.doc.active{border-color:#2563eb;background:#eff6ff;box-shadow:0 0 0 1px #2563eb inset}
.doc-name{display:block;font-weight:600;font-size:13px;overflow-wrap:anywhere}
.doc-meta{display:block;color:#6b7280;font-size:11.5px;overflow-wrap:anywhere}
.doc-counts{display:flex;gap:6px;margin-top:3px}
.count{font-size:11px;background:#f3f4f6;border-radius:10px;padding:0 7px;text-transform:none;letter-spacing:0}
.count.warn{background:#fee2e2;color:#b91c1c}
.fam-dot{display:inline-block;width:10px;height:10px;border-radius:50%}
select{font:inherit;padding:4px;border:1px solid #d1d5db;border-radius:6px;background:#fff}
.finding{display:block;width:100%;text-align:left;border:1px solid #fecaca;background:#fff;border-radius:8px;padding:7px 9px;margin-bottom:6px;font-size:12.5px}
.finding.here{background:#fff7f7}
.finding.current{box-shadow:0 0 0 2px #ef4444}
.finding:hover{border-color:#ef4444}
.finding-doc{color:#6b7280;font-size:11px;margin-left:6px;word-break:break-all}
.finding-msg{display:block;margin-top:3px}
.badge{display:inline-block;font-size:11px;font-weight:600;border-radius:4px;padding:0 6px;background:#fee2e2;color:#b91c1c;white-space:nowrap}
.badge.t-conflict,.badge.t-stock_fall{background:#ede9fe;color:#6d28d9}
main{padding:0 20px 30px}
.tabs{position:sticky;top:0;background:#f3f4f6;padding-top:10px;display:flex;gap:4px;border-bottom:1px solid #d1d5db;z-index:2}
.tab{border:1px solid transparent;border-bottom:none;background:none;padding:6px 14px;border-radius:8px 8px 0 0;color:#4b5563}
.tab.active{background:#fff;border-color:#d1d5db;color:#111827;font-weight:600;margin-bottom:-1px}
#doc-head h2{font-size:18px;margin:14px 0 2px}
.doc-sub{color:#6b7280;font-size:13px}
.warning{margin-top:6px;background:#fffbeb;border:1px solid #fcd34d;border-radius:6px;padding:4px 8px;font-size:12.5px}
.corr-reviewed{margin-top:8px;border:1px solid #9ca3af;background:#fff;border-radius:6px;padding:3px 10px;font-size:13px}
.corr-reviewed.done{border-color:#059669;color:#047857;background:#ecfdf5}
#text{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:18px 22px;margin-top:12px;white-space:pre-wrap;font:15px/1.75 Georgia,"Noto Serif","Times New Roman",serif;max-width:980px}
.quote,mark.fig.inq{text-decoration:underline;text-decoration-color:#9ca3af;text-decoration-style:dotted;text-underline-offset:4px}
mark.fig{color:inherit;border-radius:3px;padding:0 1px;cursor:pointer}
mark.fig:hover,mark.fig:focus{outline:2px solid #111827;outline-offset:1px}
mark.fig.flagged{box-shadow:inset 0 -3px 0 #ef4444}
mark.fig.ocr{border-bottom-style:dashed}
mark.fig.selected{outline:2px solid #111827;outline-offset:1px;background:#fde68a}
mark.fig.flash{animation:flash 1.6s ease-out 2}
@keyframes flash{0%{background:#f87171;box-shadow:0 0 0 6px rgba(248,113,113,.5)}100%{box-shadow:0 0 0 0 rgba(248,113,113,0)}}
#right{background:#fff;border-left:1px solid #e5e7eb;padding:10px 12px}
.fact-card{border:1px solid #e5e7eb;border-left:4px solid #6b7280;border-radius:8px;padding:10px 12px;margin-bottom:10px}
.fact-title{display:flex;align-items:center;gap:7px;font-weight:600;font-size:14px}
.fact-id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11.5px;color:#6b7280}
.fact-value{font-size:26px;font-weight:700;margin:4px 0}
.fact-value .unit{font-size:14px;color:#6b7280;font-weight:400}
.fact-value .qual{font-size:13px;color:#6b7280;font-weight:400}
dl{display:grid;grid-template-columns:90px 1fr;gap:2px 8px;margin:6px 0;font-size:12.5px}
dt{color:#6b7280}dd{margin:0;word-break:break-word}
.fact-quote{margin:8px 0;padding:6px 10px;background:#f9fafb;border-left:3px solid #d1d5db;font-family:Georgia,serif;font-size:13.5px}
.check{display:block;width:100%;text-align:left;font-size:12.5px;border-radius:6px;padding:6px 8px;margin-top:4px;border:1px solid #e5e7eb;background:#fff}
.check.ok{color:#047857;background:#ecfdf5;border-color:#a7f3d0}
.check.bad{background:#fef2f2;border-color:#fecaca}
.correct{margin-top:8px;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.correct button,.missed-form button{border:1px solid #d1d5db;background:#fff;border-radius:6px;padding:2px 9px;font-size:12.5px}
.correct input{width:120px;font:inherit;padding:2px 6px;margin-left:6px}
.corr-form{display:flex;flex-wrap:wrap;gap:6px;align-items:center;font-size:12.5px}
.corr-status{color:#b45309;font-weight:600;font-size:12.5px}
.corr-note{color:#047857;font-size:12px;width:100%}
#missed-box{border:1px solid #fcd34d;background:#fffbeb;border-radius:8px;padding:8px 10px;margin-bottom:10px}
.missed-form{display:grid;gap:5px;font-size:12.5px}
.missed-form label{display:grid;gap:2px;color:#4b5563}
.missed-form input,.missed-form select{font:inherit;padding:3px 6px;border:1px solid #d1d5db;border-radius:6px;max-width:100%}
.missed-dims{display:grid;gap:5px}
.empty{color:#6b7280;font-style:italic}
.ocr-crop{margin:8px 0}.ocr-crop figcaption{font-size:12px;color:#6b7280;margin-top:3px}
.crop-frame{position:relative;display:inline-block;max-width:100%;border:1px solid #d1d5db;line-height:0}
.crop-frame img{display:block;max-width:100%;height:auto}
.crop-mark{position:absolute;outline:2px solid #dc2626;outline-offset:1px;background:rgba(220,38,38,.08)}
.finding-head{border:1px solid #fecaca;background:#fef2f2;border-radius:8px;padding:8px 10px;margin-bottom:10px;font-size:13px}
.finding-head p{margin:4px 0}
.finding-nums{color:#6b7280;font-size:12px}
.table-tools{display:flex;gap:8px;align-items:center;margin:12px 0 8px;flex-wrap:wrap}
.table-tools button{border:1px solid #d1d5db;background:#fff;border-radius:6px;padding:3px 10px}
#export-csv{border-color:#2563eb;color:#1d4ed8}
#facts-table{width:100%;border-collapse:collapse;background:#fff;font-size:13px}
#facts-table th{position:sticky;top:44px;background:#f9fafb;text-align:left;border-bottom:2px solid #d1d5db;z-index:1}
#facts-table th button{border:none;background:none;padding:6px 8px;font-weight:600;width:100%;text-align:left}
#facts-table td{border-bottom:1px solid #e5e7eb;padding:5px 8px;vertical-align:top}
#facts-table td.num{text-align:right;white-space:nowrap}
#facts-table td.cell-quote{color:#4b5563;font-family:Georgia,serif;max-width:380px}
#facts-table td.cell-province{white-space:nowrap}
#facts-table tr{cursor:pointer}#facts-table tbody tr:hover{background:#eff6ff}
#facts-table tr.flagged td:first-child{box-shadow:inset 3px 0 0 #ef4444}
.open-fact{border:none;background:none;padding:0;font-weight:600;text-decoration:underline dotted}
#chart-view{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:14px 18px;margin-top:12px;max-width:980px}
.chart-controls{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:10px}
.chart-controls label{display:grid;font-size:12px;color:#6b7280;min-width:0}
.chart-controls select{width:100%}
#chart-caption{font-weight:600;font-size:14px;margin:12px 0 2px}
#chart-left-out{color:#6b7280;font-size:12.5px;margin:0 0 10px}
#chart{overflow-x:auto}
.chart-svg .axis{stroke:#6b7280}
.chart-svg .row-label{font-size:12px;fill:#111827}.chart-svg .bar-label{font-size:11.5px;fill:#111827}
.chart-svg .bar-row{cursor:pointer}.chart-svg .bar-row:hover .bar,.chart-svg .bar-row:focus .bar{opacity:.75}
.chart-svg .bar-row:focus{outline:none}.chart-svg .bar-row:focus .row-label{font-weight:700;text-decoration:underline}
@media (max-width:1100px){
#filters{padding:6px 12px;gap:6px}
#filters .caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
#filters select{width:132px}
#search{flex-basis:220px}
#app{grid-template-columns:minmax(0,1fr) 300px;grid-template-rows:auto minmax(0,1fr);grid-template-areas:"side right" "main right"}
#side{border-right:none;border-bottom:1px solid #e5e7eb;max-height:30vh}
#doc-list{max-height:22vh}
main{padding:0 12px 20px}
}
`;

const select = (id: string, label: string) => `<label><span class="caption" data-t="${label}"></span><select id="${id}"></select></label>`;

export function renderPage(data: ReviewData): string {
  const title = `Rà soát số liệu — ${data.docs.length}`;
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
<button id="skip" class="skip" data-t="skip"></button>
<header>
  <h1 data-t="title"></h1><span id="summary"></span><span class="spacer"></span>
  <button id="save-corrections" disabled data-t-aria="saveHint"></button>
  <button id="lang" data-t="switchLang" data-t-aria="switchLangLabel"></button>
</header>
<div id="filters" role="search">
  <input id="search" type="search" data-t-ph="searchHint" data-t-aria="search" autocomplete="off">
  ${select('f-province', 'province')}${select('f-period', 'period')}${select('f-family', 'family')}${select('f-metric', 'metric')}${select('f-basis', 'basis')}
  <label class="flag-filter"><input type="checkbox" id="f-flagged"><span data-t="onlyFlagged"></span></label>
  <button id="f-clear" data-t="clearFilters"></button>
  <span id="shown-count" aria-live="polite"></span>
</div>
<div id="app">
  <aside id="side">
    <details id="reports" open><summary><span data-t="reports"></span> <span id="doc-count" class="count"></span></summary>
      <input id="doc-search" type="search" data-t-ph="reportSearch" data-t-aria="reportSearch" autocomplete="off">
      <div id="doc-list"></div>
    </details>
    <details id="findings" open><summary><span data-t="findings"></span> <span id="finding-count" class="count warn"></span></summary>
      <div id="finding-list"></div>
    </details>
  </aside>
  <main>
    <div class="tabs" id="tabs" role="tablist">
      <button class="tab active" role="tab" data-tab="text" data-t="tabText"></button><button class="tab" role="tab" data-tab="table" data-t="tabTable"></button><button class="tab" role="tab" data-tab="chart" data-t="tabChart"></button>
    </div>
    <section id="text-view" role="tabpanel">
      <div id="doc-head"></div>
      <div id="text"></div>
    </section>
    <section id="table-view" role="tabpanel" hidden>
      <div class="table-tools"><button id="export-csv"></button><button id="table-prev" data-t="prev"></button><span id="table-page"></span><button id="table-next" data-t="next"></button></div>
      <table id="facts-table"><thead id="facts-head"></thead><tbody id="facts-body"></tbody></table>
    </section>
    <section id="chart-view" role="tabpanel" hidden>
      <div class="chart-controls">
        ${select('chart-metric', 'metric')}${select('chart-dims', 'dims')}${select('chart-basis', 'basis')}${select('chart-period', 'chartPeriod')}
      </div>
      <div id="chart-caption"></div>
      <p id="chart-left-out"></p>
      <div id="chart"></div>
    </section>
  </main>
  <aside id="right">
    <div id="missed-box" hidden></div>
    <h3 data-t="fact"></h3>
    <div id="fact-panel"></div>
  </aside>
</div>
<noscript><p style="padding:20px">Trang này cần JavaScript để hiển thị các báo cáo. This page needs JavaScript.</p></noscript>
<script type="application/json" id="review-data">${embedJson(packData(data))}</script>
<script>(${reviewClient.toString()})(${tablePart.toString()}, ${chartPart.toString()}, ${correctionsPart.toString()});</script>
</body>
</html>
`;
}
