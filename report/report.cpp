// The page: head with its style and a Content-Security-Policy that lets only
// this page's own script run and nothing load, then the parts in order.
//
// Why HTML is written by hand through one escaping writer (html.hpp) and not
// a template engine: the page has four parts, each a loop over the plan; a
// template language would add a dependency and a second syntax, and its
// escaping would depend on every template remembering it. Here markup can only
// be a string literal (Html::raw takes nothing else), so plan text can only
// reach the page through Html::text, which escapes it.
#include <mseg/version.hpp>

#include "base/sha256.hpp"
#include "base/text_pieces.hpp"
#include "model.hpp"

namespace mseg::report {
namespace {

constexpr char kStyle[] = R"css(
:root{--overdue:#d55e00;--soon:#e69f00;--later:#0072b2;--ongoing:#009e73;--none:#6e6e6e;--ink:#1a1a1a}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);margin:0 auto;max-width:1280px;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:2px solid #ccc}
.preamble{max-width:60rem;color:#333}
.facts{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem;margin:.5rem 0}.facts dt{font-weight:600}.facts dd{margin:0}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.counts li{border:1px solid #bbb;border-radius:4px;padding:.25rem .6rem}.counts strong{font-size:1.2rem}
.counts .overdue{border-left:6px solid var(--overdue)}.counts .due-soon{border-left:6px solid var(--soon)}
.counts .ongoing{border-left:6px solid var(--ongoing)}.counts .none{border-left:6px dashed var(--none)}
#diagnostics ul{padding-left:1.2rem}.sev{font-weight:600}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.3rem 0}.legend svg{vertical-align:middle;margin-right:.3rem}
#timeline-svg{width:100%;height:auto;display:block;font-size:12px}
#timeline-svg .lane{fill:#fff}#timeline-svg .lane.odd{fill:#f2f2f2}
#timeline-svg .ln{font-size:12px}#timeline-svg .lh{font-size:11px;font-weight:700;fill:#444;text-transform:uppercase;letter-spacing:.04em}
#timeline-svg .axis line{stroke:#ccc}#timeline-svg .axis line.qt{stroke:#999}#timeline-svg .axis line.yr{stroke:#444}
#timeline-svg .axis text,#timeline-svg .ch{font-size:11px;fill:#333}#timeline-svg .yl{font-weight:700}
#timeline-svg .colsep{stroke:#444;stroke-dasharray:2 2}
#timeline-svg .asof line{stroke:#000;stroke-width:2;stroke-dasharray:6 3}#timeline-svg .asof text{font-weight:700;font-size:12px}
.mk rect,.mk circle{stroke:#000;stroke-width:.8}
.mk.overdue rect{fill:url(#p-overdue)}.mk.due-soon rect{fill:url(#p-due-soon)}.mk.later rect{fill:var(--later)}
.mk.ongoing circle{fill:var(--ongoing)}.mk.none rect{fill:#fff;stroke:var(--none);stroke-width:1.6;stroke-dasharray:2 1.5}
.mk .chg{font-size:11px;font-weight:700}
.mk:focus{outline:none}.mk:focus rect,.mk:focus circle,.mk.hl rect,.mk.hl circle{stroke:#000;stroke-width:2.6}
.detail{min-height:2.8em;border-left:4px solid #888;padding:.2rem .6rem;background:#f6f6f6;white-space:pre-line}
.filters{margin:.4rem 0 .8rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
table{border-collapse:collapse;width:100%}caption{text-align:left;color:#444;padding:.2rem 0}
th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#e8e8e8}tr.sec th{background:#d9e2ec;font-size:1.05rem}tr.kind th{background:#f3f3f3;font-weight:600;font-style:italic}
tbody th[scope=row]{white-space:nowrap;font-weight:600}
.tx{white-space:pre-line;max-width:40rem}.dates{white-space:nowrap}
.cite{display:block}.cite code{font-size:.8em;color:#444}.mtg{display:block;font-size:.85em;color:#444}.canon,.tbc{color:#555}.lbl{font-style:italic}
.st{display:inline-block;padding:0 .4rem;border-radius:3px;border:1px solid #000;white-space:nowrap}
.st.overdue{background:repeating-linear-gradient(45deg,#f6c9a8 0 4px,#fff 4px 6px);border-color:var(--overdue)}
.st.due-soon{background:#fbe3a6;border-style:dotted}.st.later{background:#cfe3f2}
.st.ongoing{background:#c6eadf;border-radius:1em}.st.none{border-style:dashed;color:#444}
.chgt{font-weight:600}
del{background:#f9d0c4}ins{background:#cdeccd;text-decoration:none;border-bottom:1px solid #2a2}
tr[hidden],tbody[hidden]{display:none}
footer{margin-top:2rem;color:#555;font-size:.85rem}
@page{size:A4 portrait;margin:12mm}
@media print{
 body{font-size:9.5pt;max-width:none;padding:0}
 #plan-table{table-layout:fixed}#plan-table td.tx{max-width:none}
 .c-id{width:8%}.c-tx{width:36%}.c-own{width:16%}.c-dl{width:10%}.c-dt{width:12%}.c-st{width:9%}.c-ch{width:9%}
 #plan-table td{overflow-wrap:anywhere}#plan-table td.dates{white-space:normal;overflow-wrap:normal}
 .dates .d{white-space:nowrap}.st{font-size:8pt;padding:0 .15rem}
 #timeline{break-before:page;break-after:page}
 #timeline-svg{max-height:255mm}
 .filters,.detail{display:none}
 tr{break-inside:avoid}thead{display:table-header-group}
 a{color:inherit;text-decoration:none}
}
)css";

// Kept in step with docs/report.md ("Filters"). Only textContent is ever set.
constexpr char kScript[] = R"js(
(function () {
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#plan-table tbody tr[data-s]'));
  var bodies = Array.prototype.slice.call(document.querySelectorAll('#plan-table tbody'));
  var shown = document.getElementById('shown');
  var total = rows.filter(function (r) { return r.classList.contains('action'); }).length;
  form.hidden = false;
  function apply(keepUrl) {
    var o = form.owner.value, st = form.state.value, sec = form.section.value, n = 0;
    rows.forEach(function (r) {
      var action = r.classList.contains('action');
      var ok = !sec || r.getAttribute('data-s') === sec;
      if (action) ok = ok && (!o || (' ' + r.getAttribute('data-o') + ' ').indexOf(' ' + o + ' ') >= 0) &&
                             (!st || r.getAttribute('data-st') === st);
      else ok = ok && !o && !st;
      r.hidden = !ok;
      if (ok && action) n++;
    });
    bodies.forEach(function (b) { b.hidden = !b.querySelector('tr[data-s]:not([hidden])'); });
    shown.textContent = n + ' of ' + total + ' actions shown' + (unknown ? ' (' + unknown + ')' : '');
    if (keepUrl) return;
    var q = [];
    if (o) q.push('owner=' + encodeURIComponent(form.owner.options[form.owner.selectedIndex].text));
    if (st) q.push('state=' + st);
    if (sec) q.push('section=' + encodeURIComponent(sec));
    try { history.replaceState(null, '', q.length ? '#' + q.join('&') : location.pathname); } catch (e) {}
  }
  // An owner as the lane shows it, any case, or as the plan writes it ("US" for the lane "United States", as
  // query reads it: a new user's finding, "#owner=US" showed every action and said nothing).
  function choose(select, value) {
    var lower = value.toLowerCase();
    for (var i = 0; i < select.options.length; i++)
      if (select.options[i].value === value || select.options[i].text === value) { select.selectedIndex = i; return true; }
    for (i = 1; i < select.options.length; i++) {
      var names = (select.options[i].getAttribute('data-names') || '').split('\n');
      names.push(select.options[i].text);
      for (var k = 0; k < names.length; k++)
        if (names[k] && names[k].toLowerCase() === lower) { select.selectedIndex = i; return true; }
    }
    return false;
  }
  var unknown = '';  // what the address named that no list holds: said beside the count, not silently dropped
  // A hand-typed address may hold a lone '%' ("#owner=50%"): decodeURIComponent
  // throws on it, which stopped the whole script; the text as typed is kept.
  function decoded(v) {
    try { return decodeURIComponent(v); } catch (e) { return v; }
  }
  function fromUrl() {
    var h = location.hash.slice(1);
    if (!/(^|&)(owner|state|section)=/.test(h)) return false;
    h.split('&').forEach(function (kv) {
      var p = kv.split('='), v = decoded(p[1] || '');
      var select = p[0] === 'owner' ? form.owner : p[0] === 'state' ? form.state : p[0] === 'section' ? form.section : null;
      if (select && !choose(select, v)) unknown += (unknown ? '; ' : '') + 'no ' + p[0] + ' \u2018' + v + '\u2019 in this plan';
    });
    return true;
  }
  form.addEventListener('change', function () { unknown = ''; apply(false); });
  form.addEventListener('reset', function () { unknown = ''; setTimeout(function () { apply(false); }, 0); });
  fromUrl();
  apply(true);  // opening the page leaves its address as it is

  var detail = document.getElementById('mark-detail');
  var svg = document.getElementById('timeline-svg');
  var lit = [];
  // Every mark of one action (an id from plan JSON may hold any character, so no selector is built from it).
  function marksOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll('a.mk'), function (m) {
      return m.getAttribute('data-a') === id;
    });
  }
  function show(e) {
    var a = e.target.closest && e.target.closest('a.mk');
    if (!a) return;
    lit.forEach(function (m) { m.classList.remove('hl'); });
    lit = marksOf(a.getAttribute('data-a'));
    lit.forEach(function (m) { m.classList.add('hl'); });
    var text = a.querySelector('title').textContent, row = document.getElementById(a.getAttribute('data-a'));
    if (svg.hasAttribute('data-row-text') && row) text += '\n' + row.querySelector('.tx').textContent;
    detail.textContent = text;
  }
  svg.addEventListener('mouseover', show);
  svg.addEventListener('focusin', show);
  // "#mark=S1.A2" focuses the action's first mark: a link to one action, highlighted.
  var want = /(?:^#|&)mark=([^&]*)/.exec(location.hash);
  if (want) {
    var first = marksOf(decoded(want[1]))[0];
    if (first) { first.focus(); show({ target: first }); }
  }
})();
)js";

const char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The CSP names the script by its SHA-256, in base64 (CSP 3, "hash-source").
std::string script_hash() {
  const std::string hex = sha256_hex(std::string_view(kScript, sizeof kScript - 1));
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    if (i + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 2]);
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kBase64[(v >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kBase64[v & 63] : '=';
  }
  return out;
}

void write_legend(Html& h, const Model& m) {
  h.raw("<ul class=\"legend\" aria-label=\"Legend\">"
        "<li><svg width=\"28\" height=\"13\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"26\" height=\"11\" "
        "fill=\"url(#p-overdue)\" stroke=\"#000\" stroke-width=\".8\"/></svg>overdue (hatched)</li>"
        "<li><svg width=\"28\" height=\"13\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"26\" height=\"11\" "
        "fill=\"url(#p-due-soon)\" stroke=\"#000\" stroke-width=\".8\"/></svg>due in the next 90 days (dotted)</li>"
        "<li><svg width=\"28\" height=\"13\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"26\" height=\"11\" "
        "fill=\"#0072b2\" stroke=\"#000\" stroke-width=\".8\"/></svg>later (solid)</li>"
        "<li><svg width=\"14\" height=\"13\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"6.5\" r=\"5.5\" "
        "fill=\"#009e73\" stroke=\"#000\" stroke-width=\".8\"/></svg>ongoing (circle)</li>"
        "<li><svg width=\"14\" height=\"13\" aria-hidden=\"true\"><rect x=\"2\" y=\"2\" width=\"9\" height=\"9\" "
        "fill=\"#fff\" stroke=\"#6e6e6e\" stroke-width=\"1.6\" stroke-dasharray=\"2 1.5\"/></svg>"
        "no deadline: TBC or unread (dashed square)</li>"
        "<li><svg width=\"30\" height=\"13\" aria-hidden=\"true\"><line x1=\"15\" x2=\"15\" y1=\"0\" y2=\"13\" "
        "stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/></svg>the as-of date</li>");
  if (!m.diffs.empty())
    h.raw("<li><b>+</b> new, <b>\xce\x94</b> changed, <b>\xc2\xbb</b> slipped (deadline later) since ")
        .text(m.options.since.front().source).raw("</li>");
  h.raw("</ul>");
}

}  // namespace

void render_report(const Plan& plan, const ReportOptions& options, const TextSink& sink) {
  const Model m = build_model(plan, options);
  std::string out;
  out.reserve(kStreamPiece + (std::size_t{64} << 10));  // a piece, and the longest text that can follow it
  Html h(out, &sink);
  h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'; script-src 'sha256-");
  h.text(script_hash()).raw("'\"><meta name=\"generator\" content=\"mseg ").text(kVersion).raw("\"><title>");
  if (plan.title) h.text(*plan.title);
  else if (plan.group) h.text(plan.group->name).raw(" work plan");
  else h.text(options.source);
  h.raw(" \xe2\x80\x94 as of ").text(to_string(options.as_of)).raw("</title><style>").raw(kStyle).raw("</style></head><body>");
  write_header(h, m);
  h.raw("<main>");
  h.raw("<section id=\"timeline\" aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">Deadline timeline</h2>");
  h.raw("<p>Who owes what by when, as of ").text(to_string(options.as_of));
  h.raw(". One lane per owner; hover over a mark or focus it with Tab to read its action; select it to go to its "
        "row.</p>");
  write_legend(h, m);
  write_timeline(h, m);
  h.raw("<p id=\"mark-detail\" class=\"detail\" aria-live=\"polite\">Hover over a mark or focus it (Tab) to read "
        "its action here.</p></section>");
  write_table(h, m);
  write_changes(h, m);
  h.raw("</main><footer>Made by mseg ").text(kVersion).raw(" from ").text(options.source).raw(" (SHA-256 ");
  h.text(plan.source.sha256).raw("). States as of ").text(to_string(options.as_of)).raw(".</footer>");
  h.raw("<script>").raw(kScript).raw("</script></body></html>\n");
  sink(out);
}

std::string render_report(const Plan& plan, const ReportOptions& options) {
  return gather([&](const TextSink& sink) { render_report(plan, options, sink); });
}

}  // namespace mseg::report
