/** The portfolio page's inline style: system fonts only, colours with WCAG AA contrast on their tints. */
export const PAGE_STYLE = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#505050;--line:#c8c8c8;--accent:#0f548c;--red:#a4262c}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fafafa}
header{background:#fff;border-bottom:1px solid var(--line);padding:16px 24px}
h1{margin:0 0 4px;font-size:24px}
header p{margin:0;color:var(--muted)}
main{padding:16px 24px 48px;max-width:1600px}
h2{font-size:19px;margin:28px 0 8px}
h3{font-size:16px;margin:20px 0 6px}
h4{font-size:15px;margin:12px 0 4px}
a{color:var(--accent)}
.tiles{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0;margin:0}
.tile a{display:block;min-width:150px;padding:10px 14px;background:#fff;border:1px solid var(--line);border-radius:6px;text-decoration:none;color:var(--ink)}
.tile .n{display:block;font-size:26px;font-weight:700}
.tile.alert a{border-color:var(--red);border-left-width:5px}
.tile.alert .n{color:var(--red)}
.tools{margin:4px 0 8px}
.tools input{font:inherit;padding:4px 8px;width:min(360px,90%);border:1px solid #767676;border-radius:4px}
#shown{color:var(--muted);margin-left:8px}
.scroll{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse}
#documents{width:100%}
caption{text-align:left;color:var(--muted);padding:6px 8px}
th,td{padding:6px 8px;border-bottom:1px solid #e1e1e1;text-align:left;vertical-align:top}
#documents td{max-width:280px;overflow-wrap:anywhere}
thead th{background:#f0f0f0;position:sticky;top:0}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:var(--ink);text-align:left}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td.overdue,span.overdue{color:var(--red);font-weight:700}
td.bad{color:var(--red);font-weight:700}
.lvl.t0{background:#dff3e4;color:#14401f}
.lvl.t1{background:#fff1c2;color:#4d3800}
.lvl.t2{background:#ffd9b8;color:#5a2500}
.lvl.t3{background:#f9d0d3;color:#6e0f16}
.maps{display:flex;flex-wrap:wrap;gap:32px;align-items:flex-start}
figure{margin:0}
figcaption{color:var(--muted);max-width:380px;font-size:14px}
.heat{background:#fff;border:1px solid var(--line)}
.heat td{width:92px;height:56px;text-align:center;vertical-align:middle;font-size:20px;font-weight:700;border:2px solid #fff}
.heat td a{display:block;color:inherit}
.heat th{font-weight:600;font-size:14px}
svg .axis{font:14px system-ui,sans-serif;fill:#1b1b1b}
svg .bar.t0{fill:#3b8a4f}svg .bar.t1{fill:#c79a00}svg .bar.t2{fill:#d8691b}svg .bar.t3{fill:#b3262e}
svg .bar.hatch{opacity:.4}
.items{padding-left:20px;margin:4px 0}
.items li{margin:4px 0}
.why{color:var(--muted)}
.none{color:var(--muted)}
.note{font-size:14px;color:var(--muted)}
.cell-list{background:#fff;border:1px solid var(--line);border-radius:6px;padding:4px 12px;margin:8px 0}
.cell-list:target{outline:3px solid var(--accent)}
@media print{.tools{display:none}thead th{position:static}}
`;

/**
 * Sorting and filtering of the documents table, with no library: a column heading's button sorts by the
 * cells' data-sort (numbers numerically, text alphabetically, stable), a second click reverses; the
 * filter box hides rows whose text does not contain what is typed.
 */
export const PAGE_SCRIPT = `
(function(){
var table=document.getElementById("documents");if(!table)return;
var body=table.tBodies[0],heads=table.tHead.rows[0].cells,shown=document.getElementById("shown");
function key(row,i){return row.cells[i].getAttribute("data-sort")||"";}
function compare(a,b){var x=Number(a),y=Number(b);if(a!==""&&b!==""&&!isNaN(x)&&!isNaN(y))return x-y;return a.localeCompare(b);}
Array.prototype.forEach.call(heads,function(th,i){
  var button=th.querySelector("button");if(!button)return;
  button.addEventListener("click",function(){
    var up=th.getAttribute("aria-sort")!=="ascending";
    Array.prototype.forEach.call(heads,function(h){h.setAttribute("aria-sort","none");});
    th.setAttribute("aria-sort",up?"ascending":"descending");
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var c=compare(key(a,i),key(b,i));return up?c:-c;});
    rows.forEach(function(r){body.appendChild(r);});
  });
});
var filter=document.getElementById("filter");
filter.addEventListener("input",function(){
  var q=filter.value.trim().toLowerCase(),n=0;
  Array.prototype.forEach.call(body.rows,function(r){var hit=!q||r.textContent.toLowerCase().indexOf(q)>=0;r.hidden=!hit;if(hit)n++;});
  shown.textContent=n+" of "+body.rows.length+" shown";
});
})();
`;
