/**
 * `muctieu compare --format html`: one self-contained HTML file. Nothing is loaded from the
 * network — styles and script are inline and a Content-Security-Policy forbids every other
 * source. It holds:
 *   - the comparison table, sortable (click a header) and filterable (free text, diacritics
 *     optional, plus indicator / province / year selects);
 *   - a bar chart per indicator, inline SVG, one bar per target;
 *   - the flags (conflicts, lower bars);
 *   - a section per document showing its normalized text (`document.text`, present when it was
 *     extracted with --include-text) with every target's [start, end) highlighted; hovering or
 *     focusing a highlight shows the record. Overlapping targets (one clause, several numbers)
 *     are cut into segments, each segment naming every target that covers it.
 *
 * Pure: (comparison, documents) → string; deterministic (no dates, no random ids).
 */
import type { Document } from '../../schemas/document.ts';
import type { CompareOutput } from '../../schemas/compare.ts';
import type { Target } from '../../schemas/target.ts';
import { flatten, valueText } from './format.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON safe inside <script>: no "</script>", no line separators that end JS strings. */
const scriptJson = (v: unknown) => JSON.stringify(v)
  .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
  .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Element id for a document or a target anchor: ids are `[a-z0-9-]`, target ids may be anything. */
const anchor = (docId: string, targetId?: string) =>
  targetId === undefined ? `doc-${docId}` : `t-${docId}-${[...targetId].map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('')}`;

const LEVELS: Record<string, string> = { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' };

interface Span { start: number; end: number; id: string; also: boolean }

/** The document's text with every target span wrapped in <mark>; segments where spans overlap. */
export function highlightText(doc: Document): { html: string; missing: Target[] } {
  const text = doc.text ?? '';
  const spans: Span[] = [];
  const missing: Target[] = [];
  for (const t of doc.targets) {
    const { start, end } = t.source;
    if (start < end && end <= text.length) spans.push({ start, end, id: t.id, also: false });
    else missing.push(t);
    for (const a of t.alsoAt) if (a.start < a.end && a.end <= text.length) spans.push({ start: a.start, end: a.end, id: t.id, also: true });
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const startsAt = new Map<number, string[]>();
  for (const s of spans) if (!s.also) startsAt.set(s.start, [...(startsAt.get(s.start) ?? []), s.id]);
  let html = '';
  const anchored = new Set<string>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    for (const id of startsAt.get(a) ?? []) {
      if (anchored.has(id)) continue;
      anchored.add(id);
      html += `<a class="anchor" id="${anchor(doc.id, id)}"></a>`;
    }
    const piece = esc(text.slice(a, b));
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) { html += piece; continue; }
    const ids = [...new Set(covering.map((s) => s.id))].sort();
    const also = covering.every((s) => s.also);
    html += `<mark class="t${also ? ' also' : ''}${ids.length > 1 ? ' multi' : ''}" tabindex="0" data-doc="${esc(doc.id)}" data-targets="${esc(ids.join(' '))}">${piece}</mark>`;
  }
  return { html, missing };
}

function chart(out: CompareOutput, key: string): string {
  const bars = out.rows.filter((r) => r.indicator === key)
    .flatMap((r) => r.entries.filter((e) => e.kind === 'target').map((e) => ({ r, e })));
  if (bars.length === 0) return '';
  const indicator = out.indicators.find((i) => i.key === key);
  const unit = indicator?.unit ?? bars[0]!.e.unit;
  const top = Math.max(...bars.map(({ e }) => e.max ?? e.value), unit === 'percent' ? 100 : 0) || 1;
  const rowH = 22;
  const labelW = 260;
  const barW = 360;
  const h = bars.length * rowH + 10;
  const items = bars.map(({ r, e }, i) => {
    const y = 5 + i * rowH;
    const w = Math.max(1, Math.round(((e.max ?? e.value) / top) * barW));
    const label = `${r.province ?? '—'} ${r.year ?? ''}${e.level ? ` · ${LEVELS[e.level]}` : ''}`;
    return `<g class="bar" data-doc="${esc(e.documentId)}" data-target="${esc(e.targetId)}">`
      + `<title>${esc(`${label}: ${valueText(e)} — ${e.documentId}`)}</title>`
      + `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(label)}</text>`
      + `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="2"></rect>`
      + `<text x="${labelW + w + 6}" y="${y + 15}">${esc(valueText(e))}</text></g>`;
  }).join('');
  const note = indicator?.better === 'lower' ? ' (thấp hơn là tốt hơn)' : '';
  return `<figure class="chart" data-indicator="${esc(key)}"><figcaption>${esc(indicator?.label ?? key)} <code>${esc(key)}</code>${esc(note)}</figcaption>`
    + `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(indicator?.label ?? key)}" width="${labelW + barW + 140}" height="${h}" viewBox="0 0 ${labelW + barW + 140} ${h}">${items}</svg></figure>`;
}

function table(out: CompareOutput): string {
  const labels = new Map(out.indicators.map((i) => [i.key, i.label]));
  const rows = flatten(out).map(({ row, entry: e, flags }) => {
    const cells = [
      { sort: row.indicator, html: `<span class="key">${esc(row.indicator)}</span><br><small>${esc(labels.get(row.indicator) ?? '')}</small>` },
      { sort: row.province ?? '', html: esc(row.province ?? '—') },
      { sort: String(row.year ?? ''), html: esc(String(row.year ?? '—')) },
      { sort: e.level ?? '', html: esc(e.level ? LEVELS[e.level]! : '') },
      { sort: e.kind, html: esc(e.kind === 'target' ? 'chỉ tiêu' : 'kết quả') },
      { sort: String(e.value), html: esc(valueText(e)) },
      { sort: e.documentId, html: `<a href="#${anchor(e.documentId, e.targetId)}">${esc(e.documentId)}</a>` },
      { sort: String(e.page ?? ''), html: esc(String(e.page ?? '')) },
      { sort: e.quote, html: esc(e.quote) },
      { sort: flags.join('; '), html: flags.map((f) => `<span class="flag">${esc(f)}</span>`).join(' ') },
    ];
    return `<tr data-indicator="${esc(row.indicator)}" data-province="${esc(row.province ?? '')}" data-year="${esc(String(row.year ?? ''))}" data-doc="${esc(e.documentId)}" data-target="${esc(e.targetId)}"${flags.length ? ' class="flagged"' : ''}>`
      + cells.map((c) => `<td data-sort="${esc(c.sort)}">${c.html}</td>`).join('') + '</tr>';
  }).join('\n');
  const heads: Array<[string, string]> = [
    ['Chỉ tiêu', 'text'], ['Tỉnh', 'text'], ['Năm', 'number'], ['Cấp', 'text'], ['Loại', 'text'],
    ['Giá trị', 'number'], ['Văn bản', 'text'], ['Trang', 'number'], ['Trích dẫn', 'text'], ['Cờ', 'text'],
  ];
  const options = (values: string[]) => values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
  const years = [...new Set(out.rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b).map(String);
  return `<div class="filters">
<label>Lọc <input id="filter" type="search" placeholder="từ khóa, có dấu hoặc không"></label>
<label>Chỉ tiêu <select id="f-indicator"><option value="">(tất cả)</option>${options(out.indicators.map((i) => i.key))}</select></label>
<label>Tỉnh <select id="f-province"><option value="">(tất cả)</option>${options(out.provinces)}</select></label>
<label>Năm <select id="f-year"><option value="">(tất cả)</option>${options(years)}</select></label>
<span id="count" aria-live="polite"></span></div>
<table id="compare"><thead><tr>${heads.map(([h, type], i) => `<th data-col="${i}" data-type="${type}" aria-sort="none" tabindex="0">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function flagList(out: CompareOutput): string {
  if (out.flags.length === 0) return '<p>Không có cờ.</p>';
  return '<ul class="flags">' + out.flags.map((f) => `<li class="${f.kind}">${esc(f.reason)}</li>`).join('') + '</ul>';
}

function documentSection(out: CompareOutput, doc: Document): string {
  const info = out.documents.find((d) => d.id === doc.id);
  const province = info?.province ? `${info.province.issued}${info.province.current !== info.province.issued ? ` → ${info.province.current}` : ''}` : 'không rõ tỉnh';
  const head = `<h3>${esc(info?.title ?? doc.id)}</h3><p class="meta"><code>${esc(doc.id)}</code> · ${esc(info?.number ?? '')} · ${esc(info?.date ?? '')} · ${esc(province)} · ${esc(doc.source.path)} · ${doc.targets.length} bản ghi</p>`;
  if (typeof doc.text === 'string') {
    const { html, missing } = highlightText(doc);
    const lost = missing.length
      ? `<p class="warn">${missing.length} bản ghi có vị trí nằm ngoài văn bản: ${missing.map((t) => `<mark class="t" tabindex="0" data-doc="${esc(doc.id)}" data-targets="${esc(t.id)}">${esc(t.source.quote)}</mark>`).join(' · ')}</p>`
      : '';
    return `<article class="doc" id="${anchor(doc.id)}">${head}${lost}<div class="text">${html}</div></article>`;
  }
  const quotes = doc.targets.map((t) => `<li><a class="anchor" id="${anchor(doc.id, t.id)}"></a><mark class="t" tabindex="0" data-doc="${esc(doc.id)}" data-targets="${esc(t.id)}">${esc(t.source.quote)}</mark></li>`).join('');
  return `<article class="doc" id="${anchor(doc.id)}">${head}<p class="warn">Văn bản không kèm nội dung (chạy <code>muctieu extract --include-text</code>); chỉ có các trích dẫn:</p><ul>${quotes}</ul></article>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,"DejaVu Sans",sans-serif;margin:0 1.5rem 3rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
nav a{margin-right:1rem}
.filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin:.5rem 0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.25rem .4rem;vertical-align:top;text-align:left}
th{background:#f3f3f3;cursor:pointer;user-select:none;position:sticky;top:0}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.flagged td{background:#fff6e0}.flag{display:inline-block;background:#ffe2b0;border-radius:3px;padding:0 .3rem;margin:1px}
.key{font-family:monospace}td:nth-child(9){max-width:32rem}
.chart svg text{font-size:12px;fill:#333}.chart rect{fill:#3b6ea8}.chart g:hover rect{fill:#e07b00}
.doc{border-top:2px solid #999;margin-top:1.5rem}.doc .meta{color:#555}
.text{white-space:pre-wrap;font-family:"DejaVu Serif",Georgia,serif;max-width:60rem}
mark.t{background:#ffe37a;border-bottom:2px solid #d4a200;cursor:help}mark.t.multi{background:#ffc94d}mark.t.also{background:#d9f0ff;border-color:#4a9fd4}
mark.t:focus,mark.t.active{outline:2px solid #e07b00}
.warn{color:#8a4b00}
#tip{position:fixed;z-index:10;max-width:36rem;max-height:60vh;overflow:auto;background:#fff;border:1px solid #888;box-shadow:0 2px 8px #0003;padding:.4rem;font:12px/1.3 monospace;white-space:pre-wrap}
`;

const SCRIPT = `
(function(){
  'use strict';
  var data = JSON.parse(document.getElementById('records').textContent);
  var fold = function(s){ return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/đ/g,'d').replace(/Đ/g,'D').toLowerCase(); };
  var table = document.getElementById('compare');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.forEach(function(r){ r.dataset.search = fold(r.textContent); });
  var text = document.getElementById('filter'), fi = document.getElementById('f-indicator'), fp = document.getElementById('f-province'), fy = document.getElementById('f-year'), count = document.getElementById('count');
  function apply(){
    var q = fold(text.value.trim()), shown = 0;
    rows.forEach(function(r){
      var ok = (!q || r.dataset.search.indexOf(q) >= 0) && (!fi.value || r.dataset.indicator === fi.value)
        && (!fp.value || r.dataset.province === fp.value) && (!fy.value || r.dataset.year === fy.value);
      r.hidden = !ok; if (ok) shown++;
    });
    count.textContent = shown + ' / ' + rows.length + ' dòng';
  }
  [text, fi, fp, fy].forEach(function(el){ el.addEventListener('input', apply); el.addEventListener('change', apply); });
  var collator = new Intl.Collator('vi', {numeric: true});
  function sortBy(th){
    var col = +th.dataset.col, numeric = th.dataset.type === 'number';
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function(c){ c.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', dir);
    var sign = dir === 'ascending' ? 1 : -1;
    var keyed = rows.map(function(r, i){ return {r: r, i: i, v: r.cells[col].dataset.sort}; });
    keyed.sort(function(a, b){
      var x = a.v, y = b.v, c;
      if (numeric) { var nx = x === '' ? Infinity : +x, ny = y === '' ? Infinity : +y; c = nx < ny ? -1 : nx > ny ? 1 : 0; }
      else c = collator.compare(x, y);
      return c * sign || a.i - b.i;
    });
    keyed.forEach(function(k){ body.appendChild(k.r); });
    rows = keyed.map(function(k){ return k.r; });
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function(th){
    th.addEventListener('click', function(){ sortBy(th); });
    th.addEventListener('keydown', function(e){ if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(th); } });
  });
  apply();
  var tip = document.getElementById('tip');
  function show(mark, x, y){
    var doc = data[mark.dataset.doc] || {};
    var recs = mark.dataset.targets.split(' ').map(function(id){ return doc[id]; }).filter(Boolean);
    tip.textContent = recs.map(function(r){ return JSON.stringify(r, null, 2); }).join('\\n\\n');
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 12, window.innerWidth - w - 8)) + 'px';
    tip.style.top = Math.max(4, Math.min(y + 12, window.innerHeight - h - 8)) + 'px';
    mark.classList.add('active');
  }
  function hide(mark){ tip.hidden = true; if (mark) mark.classList.remove('active'); }
  document.querySelectorAll('mark.t').forEach(function(m){
    m.addEventListener('mouseenter', function(e){ show(m, e.clientX, e.clientY); });
    m.addEventListener('mouseleave', function(){ hide(m); });
    m.addEventListener('focus', function(){ var b = m.getBoundingClientRect(); show(m, b.left, b.bottom); });
    m.addEventListener('blur', function(){ hide(m); });
  });
})();
`;

/** Renders the comparison and the documents it was built from as one HTML page. */
export function renderHtml(out: CompareOutput, documents: readonly Document[]): string {
  const byId = new Map<string, Document>();
  for (const d of documents) if (!byId.has(d.id)) byId.set(d.id, d);
  const docs = out.documents.map((d) => byId.get(d.id)).filter((d): d is Document => d !== undefined);
  const records: Record<string, Record<string, Target>> = {};
  for (const d of docs) records[d.id] = Object.fromEntries(d.targets.map((t) => [t.id, t]));
  const filters = [
    `nhóm theo tỉnh ${out.by === 'issued' ? 'tại thời điểm ban hành' : 'hiện nay (sau 1/7/2025)'}`,
    out.filters.indicator ? `chỉ tiêu ${out.filters.indicator}` : '',
    out.filters.year !== null ? `năm ${out.filters.year}` : '',
    out.filters.reference ? `tham chiếu ${out.filters.reference}` : '',
  ].filter(Boolean).join(' · ');
  const charts = out.indicators.map((i) => chart(out, i.key)).filter(Boolean).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>muctieu — so sánh chỉ tiêu giữa các tỉnh</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>So sánh chỉ tiêu giữa các tỉnh</h1><p>${esc(filters)} · ${out.documents.length} văn bản · ${out.rows.length} ô</p>
<nav><a href="#table">Bảng</a><a href="#charts">Biểu đồ</a><a href="#flags">Cờ</a><a href="#documents">Văn bản</a></nav></header>
<main>
<section id="table"><h2>Bảng so sánh</h2>
${table(out)}
</section>
<section id="charts"><h2>Biểu đồ theo chỉ tiêu</h2>
${charts || '<p>Không có chỉ tiêu để vẽ.</p>'}
</section>
<section id="flags"><h2>Cờ</h2>
${flagList(out)}
</section>
<section id="documents"><h2>Văn bản</h2>
<ul class="toc">${docs.map((d) => `<li><a href="#${anchor(d.id)}">${esc(d.id)}</a></li>`).join('')}</ul>
${docs.map((d) => documentSection(out, d)).join('\n')}
</section>
</main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="records">${scriptJson(records)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
