//! The report as one self-contained HTML page, for people who read rather than parse.
//!
//! The page needs nothing but itself: the styles are inline, each chart is inline SVG,
//! and no font, image or script is fetched from anywhere, so it can be opened from
//! disk and forwarded by mail. It reads without JavaScript; a few lines of inline
//! script only add filters (by verdict, by source, by any text).
//!
//! Every text taken from the report (subjects, sources, values, explanations, claim
//! ids) goes through [`escape`] before it is written, in HTML and in SVG alike. The
//! page is a pure function of the report: the same report gives the same bytes.
//!
//! Each group gets a strip chart: one row per claim, its value drawn as the interval it
//! was read as (`read_as`: `"71%, [70.5, 71.5)"`, `"2019-03"`, `"2019-01-01 to
//! 2019-04-30"`, `"67 years (born 1953-01-11 to 1954-01-10)"`) on one axis shared by
//! the group, coloured by side. Values that cannot be drawn (texts, or a kind that does
//! not fit the group's axis) keep their row, without a bar.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::{Group, Report, Verdict};
use crate::date::Date;

impl Report {
    /// The report as one self-contained HTML page: a summary, then one section per
    /// group (disagreements first) with its verdict, a strip chart of the claims'
    /// intervals, the explanation, the mentions and the values, then the possible
    /// matches for review.
    ///
    /// The page fetches nothing (inline CSS and SVG, no external fonts or scripts),
    /// reads without JavaScript, escapes every text it prints, and is deterministic:
    /// the same report gives byte-identical HTML.
    ///
    /// ```
    /// use crosscheck::report::Report;
    ///
    /// let json = r#"{
    ///   "groups": [{
    ///     "subject": "Nur Otan", "mentions": ["Nur Otan"], "predicate": "vote_share",
    ///     "scope": {"event": "2021 parliamentary election"}, "verdict": "disagree",
    ///     "claims": ["ap-1", "afp-1"],
    ///     "explanation": "Disagree: 71% (AP, official) against nearly 72% (AFP, exit poll).",
    ///     "values": [
    ///       {"claim": "ap-1", "source": "AP", "published": "2021-01-11", "written": "71%",
    ///        "read_as": "71%, [70.5, 71.5)", "method": "official"},
    ///       {"claim": "afp-1", "source": "AFP <Paris>", "published": "2021-01-10",
    ///        "written": "nearly 72%", "read_as": "72%, [71.5, 72)", "method": "exit poll"}
    ///     ],
    ///     "sides": [
    ///       {"claims": ["ap-1"], "sources": ["AP"], "methods": ["official"]},
    ///       {"claims": ["afp-1"], "sources": ["AFP <Paris>"], "methods": ["exit poll"]}
    ///     ],
    ///     "gap": {"abs": 1.0, "rel": 0.0141, "closest": 0.0, "farthest": 1.5,
    ///             "unit": "percentage points"},
    ///     "split_by_method": true, "by_method": {}, "change": false
    ///   }],
    ///   "possible_matches": []
    /// }"#;
    /// let report: Report = serde_json::from_str(json)?;
    /// let html = report.to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("Nur Otan") && html.contains("<svg"));
    /// assert!(html.contains("AFP &lt;Paris&gt;") && !html.contains("<Paris>"));
    /// assert_eq!(html, report.to_html());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn to_html(&self) -> String {
        let mut out = String::with_capacity(16_384 + 6_144 * self.groups.len());
        page(self, &mut out);
        out
    }
}

/// Escapes text for HTML: `&`, `<`, `>`, `"` and `'` become character references, so
/// the result is safe as element content and inside quoted attribute values, in HTML
/// and in inline SVG. The one escaping function of the page.
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// At most `max` characters of `text`, with an ellipsis when cut (charts have fixed
/// columns; the full text is in the chart's tooltips and the value table).
fn clip(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    Cow::Owned(cut)
}

// ---------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------

const STYLE: &str = r#"
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #dde3ea; --paper: #ffffff; --wash: #f5f7fa;
  --disagree: #b42318; --disagree-bg: #fde8e6; --compatible: #8a5a00; --compatible-bg: #fdf1d6;
  --agree: #1b6b3a; --agree-bg: #e3f4e8; --single: #4b5563; --single-bg: #eceff3; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 15px/1.5 "Segoe UI", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
.page { max-width: 1080px; margin: 0 auto; padding: 28px 28px 48px; }
.kicker { margin: 0 0 2px; font-size: 12px; font-weight: 700; text-transform: uppercase;
  letter-spacing: 0.08em; color: #1d4ed8; }
header h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
.lede { color: var(--muted); margin: 0 0 18px; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 18px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 10px 18px; min-width: 150px; border-top: 4px solid var(--muted); }
.card .n { display: block; font-size: 28px; font-weight: 700; line-height: 1.2; }
.card .what { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; }
.card.disagree { border-top-color: var(--disagree); } .card.disagree .n { color: var(--disagree); }
.card.compatible { border-top-color: var(--compatible); } .card.compatible .n { color: var(--compatible); }
.card.agree { border-top-color: var(--agree); } .card.agree .n { color: var(--agree); }
.card.single { border-top-color: var(--single); } .card.single .n { color: var(--single); }
.reliability { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 12px 18px; margin: 0 0 18px; }
.filters { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; background: var(--paper);
  border: 1px solid var(--line); border-radius: 10px; padding: 10px 16px; margin: 0 0 18px; font-size: 14px; }
.filters label { color: var(--muted); }
.filters select, .filters input { font: inherit; padding: 3px 6px; border: 1px solid #c4ccd6; border-radius: 6px; }
.filters .count { margin-left: auto; color: var(--muted); }
details.contents { margin: 0 0 22px; font-size: 14px; }
details.contents summary { cursor: pointer; color: var(--muted); }
details.contents ol { columns: 2; column-gap: 32px; padding-left: 22px; }
details.contents li { break-inside: avoid; margin: 2px 0; }
a { color: #1d4ed8; }
.group { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
  padding: 18px 22px 16px; margin: 0 0 20px; border-left: 6px solid var(--muted); }
.group.disagree { border-left-color: var(--disagree); }
.group.compatible { border-left-color: var(--compatible); }
.group.agree { border-left-color: var(--agree); }
.group.single { border-left-color: var(--single); }
.group h2 { font-size: 19px; margin: 0 0 6px; line-height: 1.35; }
.group h2 .sep { color: #9aa5b1; font-weight: 400; margin: 0 4px; }
.group h2 .predicate { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 16px; font-weight: 600; }
.group h2 .scope { color: var(--muted); font-weight: 400; font-size: 15px; }
.badge { display: inline-block; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em;
  padding: 2px 9px; border-radius: 999px; vertical-align: 2px; margin-right: 6px; }
.badge.disagree { color: var(--disagree); background: var(--disagree-bg); }
.badge.compatible { color: var(--compatible); background: var(--compatible-bg); }
.badge.agree { color: var(--agree); background: var(--agree-bg); }
.badge.single { color: var(--single); background: var(--single-bg); }
.explanation { font-size: 16px; margin: 4px 0 10px; }
.notes { margin: 0 0 8px; font-size: 14px; color: var(--muted); }
.note { display: inline-block; background: var(--wash); border: 1px solid var(--line); border-radius: 6px;
  padding: 1px 8px; margin: 0 6px 4px 0; }
.legend { list-style: none; padding: 0; margin: 0 0 4px; font-size: 14px; }
.legend li { margin: 2px 0; }
.legend .meta { color: var(--muted); }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px; margin-right: 6px; }
.chart { width: 100%; height: auto; display: block; margin: 4px 0 6px; }
.chart text { font-family: "Segoe UI", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
.chart .src { font-size: 13px; font-weight: 600; fill: var(--ink); }
.chart .meta { font-size: 11px; fill: var(--muted); }
.chart .written { font-size: 12.5px; fill: var(--ink); }
.chart .undrawn { font-size: 12px; fill: var(--muted); font-style: italic; }
.chart .tick { font-size: 11px; fill: var(--muted); }
.chart .unit { font-size: 11px; fill: var(--muted); font-style: italic; }
.chart .gap-label { font-size: 12px; font-weight: 700; fill: var(--disagree); }
.no-chart { color: var(--muted); font-size: 14px; font-style: italic; margin: 4px 0 8px; }
.mentions { font-size: 14px; margin: 8px 0; color: var(--muted); }
.mention { display: inline-block; color: var(--ink); background: var(--wash); border: 1px solid var(--line);
  border-radius: 6px; padding: 0 7px; margin: 0 4px 2px 0; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 0; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 600; }
td.id, td.date, td.read { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
section.matches { background: var(--paper); border: 1px solid var(--line); border-radius: 12px; padding: 18px 22px; }
section.matches h2 { font-size: 19px; margin: 0 0 4px; }
footer { color: var(--muted); font-size: 13px; margin-top: 26px; }
@media print { .filters, details.contents { display: none; } .group { break-inside: avoid; } body { background: #fff; } }
"#;

const SCRIPT: &str = r#"
(function () {
  var bar = document.getElementById('filters');
  if (!bar) { return; }
  var verdict = document.getElementById('filter-verdict');
  var source = document.getElementById('filter-source');
  var text = document.getElementById('filter-text');
  var count = document.getElementById('filter-count');
  var groups = Array.prototype.slice.call(document.querySelectorAll('section.group'));
  function apply() {
    var v = verdict.value, s = source.value, q = text.value.trim().toLowerCase(), shown = 0;
    groups.forEach(function (g) {
      var sources = g.getAttribute('data-sources').split('\n');
      var ok = (!v || g.getAttribute('data-verdict') === v)
        && (!s || sources.indexOf(s) !== -1)
        && (!q || g.getAttribute('data-search').indexOf(q) !== -1);
      g.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + ' of ' + groups.length + ' groups shown';
  }
  verdict.addEventListener('change', apply);
  source.addEventListener('change', apply);
  text.addEventListener('input', apply);
  bar.hidden = false;
  apply();
})();
"#;

fn page(report: &Report, out: &mut String) {
    let count = |v: Verdict| report.groups.iter().filter(|g| g.verdict == v).count();
    let (disagree, compatible, agree, single) = (
        count(Verdict::Disagree),
        count(Verdict::Compatible),
        count(Verdict::Agree),
        count(Verdict::Single),
    );
    let sources = all_sources(report);
    let claims: usize = report.groups.iter().map(|g| g.values.len()).sum();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<title>Crosscheck report: {} groups, {disagree} disagree</title>",
        report.groups.len()
    );
    let _ = writeln!(
        out,
        "<style>{STYLE}</style>\n</head>\n<body>\n<div class=\"page\">"
    );

    // summary
    out.push_str(
        "<header>\n<p class=\"kicker\">crosscheck · cross-source report</p>\n\
         <h1>Where the sources agree, and where they do not</h1>\n",
    );
    let _ = writeln!(
        out,
        "<p class=\"lede\">{} of {} from {}, grouped by subject, predicate and scope. \
         Disagreements come first.</p>",
        plural(report.groups.len(), "group", "groups"),
        plural(claims, "claim", "claims"),
        plural(sources.len(), "source", "sources"),
    );
    out.push_str("<div class=\"summary\">\n");
    let _ = writeln!(
        out,
        "<div class=\"card\"><span class=\"n\">{}</span><span class=\"what\">groups</span></div>",
        report.groups.len()
    );
    for (class, n) in [
        ("disagree", disagree),
        ("compatible", compatible),
        ("agree", agree),
        ("single", single),
    ] {
        let _ = writeln!(
            out,
            "<div class=\"card {class}\"><span class=\"n\">{n}</span><span class=\"what\">{class}</span></div>"
        );
    }
    let _ = writeln!(
        out,
        "<div class=\"card\"><span class=\"n\">{}</span><span class=\"what\">possible matches</span></div>",
        report.possible_matches.len()
    );
    out.push_str("</div>\n");
    // The place for the sources-by-reliability table: written only when the report
    // carries the data for it.
    if let Some(table) = sources_by_reliability(report) {
        out.push_str(&table);
    }
    out.push_str("</header>\n");

    filters(&sources, out);
    contents(report, out);

    out.push_str("<main>\n");
    for (i, g) in report.groups.iter().enumerate() {
        group(g, i + 1, out);
    }
    out.push_str("</main>\n");

    possible_matches(report, out);

    out.push_str(
        "<footer>Each bar is a claim's value as read: the interval its wording allows \
         (rounding, hedges such as &#8220;nearly&#8221;, a date's month or year). \
         Bars of one colour form one side: their values are consistent with each other. \
         A ring marks the figure as stated.</footer>\n",
    );
    let _ = writeln!(out, "</div>\n<script>{SCRIPT}</script>\n</body>\n</html>");
}

/// The table of sources by reliability, once the report carries consensus and source
/// reliability; `None` until then, and the summary shows nothing in its place.
fn sources_by_reliability(_report: &Report) -> Option<String> {
    None
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Every source of the report, in order of first appearance.
fn all_sources(report: &Report) -> Vec<&str> {
    distinct(
        report
            .groups
            .iter()
            .flat_map(|g| &g.values)
            .map(|v| v.source.as_str()),
    )
}

/// The distinct items, in order of first appearance.
fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: HashSet<&str> = HashSet::new();
    items.filter(|i| seen.insert(i)).collect()
}

fn filters(sources: &[&str], out: &mut String) {
    // shown by the script: without it the controls would do nothing
    out.push_str("<nav class=\"filters\" id=\"filters\" hidden>\n");
    out.push_str(
        "<label>Verdict <select id=\"filter-verdict\"><option value=\"\">all</option>\
         <option value=\"disagree\">disagree</option><option value=\"compatible\">compatible</option>\
         <option value=\"agree\">agree</option><option value=\"single\">single</option></select></label>\n",
    );
    out.push_str("<label>Source <select id=\"filter-source\"><option value=\"\">all</option>");
    let mut sorted = sources.to_vec();
    sorted.sort_unstable();
    for s in sorted {
        let s = escape(s);
        let _ = write!(out, "<option value=\"{s}\">{s}</option>");
    }
    out.push_str("</select></label>\n");
    out.push_str(
        "<label>Find <input id=\"filter-text\" type=\"search\" placeholder=\"subject, source, value\"></label>\n\
         <span class=\"count\" id=\"filter-count\"></span>\n</nav>\n",
    );
}

fn contents(report: &Report, out: &mut String) {
    if report.groups.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<details class=\"contents\"><summary>All {} at a glance</summary>\n<ol>",
        plural(report.groups.len(), "group", "groups")
    );
    for (i, g) in report.groups.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><span class=\"badge {v}\">{v}</span><a href=\"#group-{n}\">{s} · {p}</a></li>",
            v = g.verdict,
            n = i + 1,
            s = escape(&g.subject),
            p = escape(&g.predicate),
        );
    }
    out.push_str("</ol></details>\n");
}

fn group(g: &Group, n: usize, out: &mut String) {
    let verdict = g.verdict.to_string();
    // what the text filter searches: subject, mentions, predicate, scope, sources, values
    let mut search: Vec<&str> = vec![&g.subject, &g.predicate];
    search.extend(g.mentions.iter().map(|m| m.as_str()));
    search.extend(g.scope.values().map(|v| v.as_str()));
    search.extend(g.values.iter().map(|v| v.source.as_str()));
    search.extend(g.values.iter().map(|v| v.written.as_str()));
    let search = search.join(" ").to_lowercase();
    let sources = distinct(g.values.iter().map(|v| v.source.as_str()));
    let sides = sides_by_claim(g);
    let _ = writeln!(
        out,
        "<section class=\"group {verdict}\" id=\"group-{n}\" data-verdict=\"{verdict}\" \
         data-sources=\"{}\" data-search=\"{}\">",
        escape(&sources.join("\n")),
        escape(&search)
    );
    let _ = write!(
        out,
        "<h2><span class=\"badge {verdict}\">{verdict}</span><span class=\"subject\">{}</span>\
         <span class=\"sep\">·</span><span class=\"predicate\">{}</span>",
        escape(&g.subject),
        escape(&g.predicate)
    );
    if !g.scope.is_empty() {
        let scope: Vec<String> = g
            .scope
            .iter()
            .map(|(k, v)| format!("{}: {}", escape(k), escape(v)))
            .collect();
        let _ = write!(
            out,
            "<span class=\"sep\">·</span><span class=\"scope\">{}</span>",
            scope.join(", ")
        );
    }
    out.push_str("</h2>\n");
    let _ = writeln!(
        out,
        "<p class=\"explanation\">{}</p>",
        escape(&g.explanation)
    );

    let mut notes: Vec<String> = Vec::new();
    if g.split_by_method {
        notes.push("The split follows the method.".to_string());
    }
    if g.change {
        notes.push("A change over time, not a disagreement.".to_string());
    }
    if !notes.is_empty() {
        out.push_str("<p class=\"notes\">");
        for note in &notes {
            let _ = write!(out, "<span class=\"note\">{note}</span>");
        }
        out.push_str("</p>\n");
    }

    if g.sides.len() > 1 {
        out.push_str("<ul class=\"legend\">\n");
        let written: HashMap<&str, &str> = g
            .values
            .iter()
            .map(|v| (v.claim.as_str(), v.written.as_str()))
            .collect();
        for (i, side) in g.sides.iter().enumerate().take(LEGEND_SIDES) {
            let values = distinct(
                side.claims
                    .iter()
                    .filter_map(|c| written.get(c.as_str()).copied()),
            );
            let mut shown: Vec<String> = values
                .iter()
                .take(LEGEND_VALUES)
                .map(|v| escape(v).into_owned())
                .collect();
            if values.len() > LEGEND_VALUES {
                shown.push(format!("and {} more", values.len() - LEGEND_VALUES));
            }
            let _ = write!(
                out,
                "<li><span class=\"swatch\" style=\"background:{}\"></span><strong>Side {}</strong>: {}",
                side_colour(i),
                i + 1,
                shown.join(", ")
            );
            let mut sources: Vec<String> = side
                .sources
                .iter()
                .take(LEGEND_VALUES)
                .map(|s| escape(s).into_owned())
                .collect();
            if side.sources.len() > LEGEND_VALUES {
                sources.push(format!("and {} more", side.sources.len() - LEGEND_VALUES));
            }
            if !sources.is_empty() {
                let _ = write!(out, " — {}", sources.join(", "));
            }
            if !side.methods.is_empty() {
                let methods: Vec<String> = side
                    .methods
                    .iter()
                    .map(|m| escape(m).into_owned())
                    .collect();
                let _ = write!(out, " <span class=\"meta\">({})</span>", methods.join(", "));
            }
            out.push_str("</li>\n");
        }
        if g.sides.len() > LEGEND_SIDES {
            let _ = writeln!(
                out,
                "<li>and {} more sides</li>",
                g.sides.len() - LEGEND_SIDES
            );
        }
        out.push_str("</ul>\n");
    }

    chart(g, &sides, n, out);

    if !g.mentions.is_empty() {
        out.push_str("<p class=\"mentions\">Written as: ");
        for m in &g.mentions {
            let _ = write!(out, "<span class=\"mention\">{}</span>", escape(m));
        }
        out.push_str("</p>\n");
    }

    value_table(g, &sides, out);
    out.push_str("</section>\n");
}

fn gap_text(gap: &super::Gap) -> String {
    let (mut closest, mut farthest, mut unit) = (gap.closest, gap.farthest, gap.unit.as_str());
    if unit == "days" && farthest >= 365.0 {
        closest /= 365.25;
        farthest /= 365.25;
        unit = "years";
    }
    let range = if (farthest - closest).abs() < 5e-3 {
        number(closest, 2)
    } else {
        format!("{}–{}", number(closest, 2), number(farthest, 2))
    };
    if unit.is_empty() {
        range
    } else {
        format!("{range} {unit}")
    }
}

fn value_table(g: &Group, sides: &HashMap<&str, usize>, out: &mut String) {
    // the method column only when some claim names one
    let methods = g.values.iter().any(|v| v.method.is_some());
    let _ = write!(
        out,
        "<table class=\"values\">\n<thead><tr><th>Claim</th><th>Source</th><th>Published</th>\
         <th>Written</th><th>Read as</th>{}<th>Side</th></tr></thead>\n<tbody>\n",
        if methods { "<th>Method</th>" } else { "" }
    );
    for v in &g.values {
        let side_cell = match sides.get(v.claim.as_str()).copied() {
            Some(i) => format!(
                "<span class=\"swatch\" style=\"background:{}\"></span>{}",
                side_colour(i),
                i + 1
            ),
            None => String::new(),
        };
        let method = if methods {
            format!("<td>{}</td>", escape(v.method.as_deref().unwrap_or("")))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"id\">{}</td><td>{}</td><td class=\"date\">{}</td><td>{}</td>\
             <td class=\"read\">{}</td>{method}<td>{side_cell}</td></tr>",
            escape(&v.claim),
            escape(&v.source),
            v.published,
            escape(&v.written),
            escape(&v.read_as),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn possible_matches(report: &Report, out: &mut String) {
    if report.possible_matches.is_empty() {
        return;
    }
    out.push_str(
        "<section class=\"matches\" id=\"possible-matches\">\n<h2>Possible matches, for review</h2>\n\
         <p class=\"notes\">Names that may denote the same entity. They were not merged: \
         a person should decide.</p>\n<table>\n<thead><tr><th>Mention</th><th>May be</th>\
         <th>Score</th><th>Claims</th></tr></thead>\n<tbody>\n",
    );
    let group_of: HashMap<&str, usize> = report
        .groups
        .iter()
        .enumerate()
        .flat_map(|(i, g)| g.claims.iter().map(move |c| (c.as_str(), i)))
        .collect();
    for p in &report.possible_matches {
        let claims: Vec<String> = p
            .claims
            .iter()
            .map(|c| match group_of.get(c.as_str()) {
                Some(i) => format!("<a href=\"#group-{}\">{}</a>", i + 1, escape(c)),
                None => escape(c).into_owned(),
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{:.2}</td><td class=\"id\">{}</td></tr>",
            escape(&p.mention),
            escape(&p.candidate),
            p.score,
            claims.join(", ")
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

// ---------------------------------------------------------------------------------
// Sides and colours
// ---------------------------------------------------------------------------------

/// Side colours, lowest side first: distinct in hue and lightness, none of them white.
const SIDE_COLOURS: [&str; 6] = [
    "#2563eb", "#ea580c", "#7c3aed", "#0d9488", "#db2777", "#65a30d",
];

fn side_colour(i: usize) -> &'static str {
    SIDE_COLOURS[i % SIDE_COLOURS.len()]
}

/// Each claim's side (its index in [`Group::sides`]); looked up, never iterated.
fn sides_by_claim(g: &Group) -> HashMap<&str, usize> {
    g.sides
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.claims.iter().map(move |c| (c.as_str(), i)))
        .collect()
}

/// Most values and sources named in a side's legend line.
const LEGEND_VALUES: usize = 8;
/// Most sides with a legend line of their own.
const LEGEND_SIDES: usize = 12;

// ---------------------------------------------------------------------------------
// Reading `read_as`
// ---------------------------------------------------------------------------------

/// What a value is measured in: plain numbers (with a unit) or days.
#[derive(Debug, Clone, PartialEq)]
enum Scale {
    Number(String),
    Days,
    /// Days, of the birth dates an age implies.
    BirthDays,
}

/// A value as an interval on its scale; infinite ends are unbounded.
#[derive(Debug, Clone, PartialEq)]
struct Span {
    lo: f64,
    hi: f64,
    /// The figure as stated, when there is one.
    value: Option<f64>,
    scale: Scale,
}

/// Reads a value's `read_as` text as an interval, or `None` when it is not one (a text,
/// or a form this reader does not know).
fn read_span(text: &str) -> Option<Span> {
    let t = text.trim();
    read_age(t)
        .or_else(|| read_dates(t))
        .or_else(|| read_quantity(t))
}

fn day(text: &str) -> Option<f64> {
    text.trim()
        .parse::<Date>()
        .ok()
        .map(|d| f64::from(d.days_since_epoch()))
}

/// `67 years (born 1953-01-11 to 1954-01-10)`: the birth dates, as days.
fn read_age(t: &str) -> Option<Span> {
    let (_, born) = t.split_once(" (born ")?;
    let (from, to) = born.strip_suffix(')')?.split_once(" to ")?;
    Some(Span {
        lo: day(from)?,
        hi: day(to)? + 1.0,
        value: None,
        scale: Scale::BirthDays,
    })
}

/// `2019`, `2019-03`, `2019-03-08`, `2019-01-01 to 2019-04-30`: days, end included.
fn read_dates(t: &str) -> Option<Span> {
    if let Some((from, to)) = t.split_once(" to ") {
        return Some(Span {
            lo: day(from)?,
            hi: day(to)? + 1.0,
            value: None,
            scale: Scale::Days,
        });
    }
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = t.split('-').collect();
    let (lo, hi) = match parts.as_slice() {
        [y] if y.len() == 4 && all_digits(y) => {
            let y: i32 = y.parse().ok()?;
            (Date::from_ymd(y, 1, 1)?, Date::from_ymd(y + 1, 1, 1)?)
        }
        [y, m] if y.len() == 4 && m.len() == 2 && all_digits(y) && all_digits(m) => {
            let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
            let next = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            (Date::from_ymd(y, m, 1)?, Date::from_ymd(next.0, next.1, 1)?)
        }
        [_, _, _] => {
            let d = t.parse::<Date>().ok()?;
            (d, d.add_days(1))
        }
        _ => return None,
    };
    Some(Span {
        lo: f64::from(lo.days_since_epoch()),
        hi: f64::from(hi.days_since_epoch()),
        value: None,
        scale: Scale::Days,
    })
}

/// A number as the report writes it: `71.5`, `-3`, `18.5 million`, `inf`.
fn read_number(t: &str) -> Option<f64> {
    let t = t.trim();
    let (digits, factor) = if let Some(d) = t.strip_suffix(" million") {
        (d, 1e6)
    } else if let Some(d) = t.strip_suffix(" billion") {
        (d, 1e9)
    } else {
        (t, 1.0)
    };
    let x: f64 = digits.trim().replace(',', "").parse().ok()?;
    (!x.is_nan()).then_some(x * factor)
}

/// `71%, [70.5, 71.5)` or `3.5 million people, [3.45 million, 3.55 million)`.
fn read_quantity(t: &str) -> Option<Span> {
    if !t.ends_with([')', ']']) {
        return None;
    }
    let cut = t.rfind(", [").into_iter().chain(t.rfind(", (")).max()?;
    let (head, bounds) = (&t[..cut], &t[cut + 3..t.len() - 1]);
    let (lo, hi) = bounds.split_once(", ")?;
    let (lo, hi) = (read_number(lo)?, read_number(hi)?);
    if lo > hi {
        return None;
    }
    // the stated figure, then the unit
    let (value, unit) = if let Some(v) = head.strip_suffix('%') {
        (read_number(v), "%".to_string())
    } else {
        let words: Vec<&str> = head.split(' ').collect();
        let scaled = words.len() >= 2 && matches!(words[1], "million" | "billion");
        let taken = if scaled { 2 } else { 1 };
        let number = words[..taken.min(words.len())].join(" ");
        (
            read_number(&number),
            words.get(taken..).unwrap_or_default().join(" "),
        )
    };
    Some(Span {
        lo,
        hi,
        value: value.filter(|v| v.is_finite()),
        scale: Scale::Number(unit),
    })
}

// ---------------------------------------------------------------------------------
// Axes
// ---------------------------------------------------------------------------------

/// A tick: where, and its label.
struct Tick {
    at: f64,
    label: String,
}

/// Ticks at round numbers, about five across `[lo, hi]`.
fn number_ticks(lo: f64, hi: f64, unit: &str) -> Vec<Tick> {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let raw = span / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| span / s <= 6.0)
        .unwrap_or(10.0 * magnitude);
    let millions = lo.abs().max(hi.abs()) >= 1e6 && step >= 1e4;
    let shown_step = if millions { step / 1e6 } else { step };
    let decimals = (0..6)
        .find(|&d| {
            let scaled = shown_step * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(6) as usize;
    let mut ticks = Vec::new();
    let mut k = (lo / step).ceil();
    while k * step <= hi + step * 1e-9 && ticks.len() < 20 {
        let at = k * step;
        let mut label = if millions {
            format!("{} million", number(at / 1e6, decimals))
        } else {
            number(at, decimals)
        };
        if unit == "%" {
            label.push('%');
        }
        ticks.push(Tick { at, label });
        k += 1.0;
    }
    ticks
}

/// `x` with exactly `decimals` decimals, or fewer when they are zeros; thousands
/// separated by commas.
fn number(x: f64, decimals: usize) -> String {
    let x = if x == 0.0 { 0.0 } else { x }; // no "-0"
    let text = format!("{x:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    let (sign, rest) = match text.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match rest.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Ticks at calendar boundaries (days, months or years), at most seven across.
fn date_ticks(lo: f64, hi: f64) -> Vec<Tick> {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let date = |d: f64| Date::from_ymd(1970, 1, 1).map(|e| e.add_days(d as i32));
    let Some((first, last)) = date(lo.ceil()).zip(date(hi.floor())) else {
        return Vec::new();
    };
    let mut ticks = Vec::new();
    // days
    for step in [1, 2, 7, 14] {
        if span / f64::from(step) <= 7.0 {
            let mut d = first;
            while d <= last {
                let (y, m, dd) = d.ymd();
                ticks.push(Tick {
                    at: f64::from(d.days_since_epoch()),
                    label: format!("{dd} {} {y}", MONTH_NAMES[m as usize - 1]),
                });
                d = d.add_days(step);
            }
            return ticks;
        }
    }
    // months
    let (y0, m0, d0) = first.ymd();
    let mut month = i64::from(y0) * 12 + i64::from(m0) - 1 + i64::from(d0 > 1);
    let (y1, m1, _) = last.ymd();
    let end = i64::from(y1) * 12 + i64::from(m1) - 1;
    let months = (end - month + 1).max(1);
    let step = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 6000]
        .into_iter()
        .find(|s| months / s <= 6)
        .unwrap_or(12_000);
    month += (step - month.rem_euclid(step)) % step;
    while month <= end {
        let (y, m) = (month.div_euclid(12), month.rem_euclid(12) + 1);
        if let Some(d) = i32::try_from(y)
            .ok()
            .and_then(|y| Date::from_ymd(y, m as u32, 1))
        {
            ticks.push(Tick {
                at: f64::from(d.days_since_epoch()),
                label: if step >= 12 {
                    y.to_string()
                } else {
                    format!("{} {y}", MONTH_NAMES[m as usize - 1])
                },
            });
        }
        month += step;
    }
    ticks
}

// ---------------------------------------------------------------------------------
// The strip chart
// ---------------------------------------------------------------------------------

const WIDTH: f64 = 960.0;
const PLOT_X0: f64 = 250.0;
const PLOT_X1: f64 = 790.0;
const VALUE_X: f64 = 806.0;
const ROW_H: f64 = 36.0;
const TOP: f64 = 26.0;
const AXIS_H: f64 = 34.0;
/// Most rows in one chart; the table below it lists every claim.
const CHART_ROWS: usize = 200;

/// One row of a chart: a claim, with its interval when it can be drawn.
struct Row<'a> {
    value: &'a super::ValueReport,
    side: Option<usize>,
    span: Option<Span>,
}

fn chart(g: &Group, sides: &HashMap<&str, usize>, n: usize, out: &mut String) {
    let mut rows: Vec<Row<'_>> = g
        .values
        .iter()
        .take(CHART_ROWS)
        .map(|v| Row {
            value: v,
            side: sides.get(v.claim.as_str()).copied(),
            span: read_span(&v.read_as),
        })
        .collect();
    // the group's axis: the scale of its first drawable value; others are not drawn
    let Some(scale) = rows
        .iter()
        .find_map(|r| r.span.as_ref().map(|s| s.scale.clone()))
    else {
        out.push_str(
            "<p class=\"no-chart\">No chart: these values are texts, not numbers or dates.</p>\n",
        );
        return;
    };
    for r in &mut rows {
        if r.span.as_ref().is_some_and(|s| s.scale != scale) {
            r.span = None;
        }
    }
    // rows grouped by side, lowest side first; store order within a side
    rows.sort_by_key(|r| r.side.unwrap_or(usize::MAX));

    let finite: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.span.as_ref())
        .flat_map(|s| [Some(s.lo), Some(s.hi), s.value])
        .flatten()
        .filter(|x| x.is_finite())
        .collect();
    let (Some(min), Some(max)) = (
        finite.iter().copied().reduce(f64::min),
        finite.iter().copied().reduce(f64::max),
    ) else {
        out.push_str("<p class=\"no-chart\">No chart: no value has a finite bound.</p>\n");
        return;
    };
    let span = max - min;
    // one side: room around it, so that a bar is not read as the whole scale
    let share = if g.sides.len() > 1 { 0.06 } else { 0.2 };
    let pad = match scale {
        Scale::Days | Scale::BirthDays => (span * share).max(10.0),
        Scale::Number(_) if span > 0.0 => span * share,
        Scale::Number(_) => (min.abs() * 0.05).max(0.5),
    };
    let (lo, hi) = (min - pad, max + pad);
    let x = |v: f64| -> f64 {
        let v = v.clamp(lo, hi);
        PLOT_X0 + (v - lo) / (hi - lo) * (PLOT_X1 - PLOT_X0)
    };
    let ticks = match &scale {
        Scale::Days | Scale::BirthDays => date_ticks(lo, hi),
        Scale::Number(unit) => number_ticks(lo, hi, unit),
    };
    let top = if g.gap.is_some() && g.sides.len() > 1 {
        TOP
    } else {
        8.0
    };

    let rows_h = rows.len() as f64 * ROW_H;
    let height = top + rows_h + AXIS_H;
    let bottom = top + rows_h;
    let _ = writeln!(
        out,
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"chart-title-{n}\">"
    );
    let _ = writeln!(
        out,
        "<title id=\"chart-title-{n}\">{} · {}: each claim's value as an interval, coloured by side</title>",
        escape(&g.subject),
        escape(&g.predicate)
    );
    // zebra rows
    for i in (0..rows.len()).filter(|i| i % 2 == 1) {
        let _ = writeln!(
            out,
            "<rect x=\"0\" y=\"{}\" width=\"{WIDTH}\" height=\"{ROW_H}\" fill=\"#f6f8fa\"/>",
            top + i as f64 * ROW_H
        );
    }
    // the gap between the outer sides' centres
    if g.gap.is_some() && g.sides.len() > 1 {
        let centre = |side: usize| -> Option<f64> {
            let xs: Vec<f64> = rows
                .iter()
                .filter(|r| r.side == Some(side))
                .filter_map(|r| r.span.as_ref())
                .filter_map(|s| {
                    s.value.or_else(|| {
                        (s.lo.is_finite() && s.hi.is_finite()).then(|| (s.lo + s.hi) / 2.0)
                    })
                })
                .collect();
            (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
        };
        if let (Some(a), Some(b)) = (centre(0), centre(g.sides.len() - 1)) {
            let (xa, xb) = (x(a.min(b)), x(a.max(b)));
            let _ = writeln!(
                out,
                "<rect x=\"{xa:.1}\" y=\"{top}\" width=\"{:.1}\" height=\"{rows_h}\" fill=\"#fde8e6\" opacity=\"0.7\"/>",
                (xb - xa).max(1.0)
            );
            for xx in [xa, xb] {
                let _ = writeln!(
                    out,
                    "<line x1=\"{xx:.1}\" y1=\"{}\" x2=\"{xx:.1}\" y2=\"{bottom}\" stroke=\"#b42318\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>",
                    top - 8.0
                );
            }
            let _ = writeln!(
                out,
                "<line x1=\"{xa:.1}\" y1=\"{y:.1}\" x2=\"{xb:.1}\" y2=\"{y:.1}\" stroke=\"#b42318\" stroke-width=\"1.5\"/>",
                y = top - 8.0
            );
            let label = format!("gap {}", g.gap.as_ref().map(gap_text).unwrap_or_default());
            let mid = ((xa + xb) / 2.0).clamp(PLOT_X0 + 90.0, PLOT_X1 - 90.0);
            let _ = writeln!(
                out,
                "<text class=\"gap-label\" x=\"{mid:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                top - 13.0,
                escape(&label)
            );
        }
    }
    // grid and axis
    for t in &ticks {
        let tx = x(t.at);
        let _ = writeln!(
            out,
            "<line x1=\"{tx:.1}\" y1=\"{top}\" x2=\"{tx:.1}\" y2=\"{:.1}\" stroke=\"#e3e8ee\" stroke-width=\"1\"/>",
            bottom + 4.0
        );
        let _ = writeln!(
            out,
            "<text class=\"tick\" x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            bottom + 18.0,
            escape(&t.label)
        );
    }
    let _ = writeln!(
        out,
        "<line x1=\"{PLOT_X0}\" y1=\"{bottom}\" x2=\"{PLOT_X1}\" y2=\"{bottom}\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>"
    );
    let caption = match &scale {
        Scale::Number(unit) if unit != "%" => unit.as_str(),
        Scale::BirthDays => "date of birth, as the age implies",
        _ => "",
    };
    if !caption.is_empty() {
        let _ = writeln!(
            out,
            "<text class=\"unit\" x=\"{PLOT_X1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            bottom + 31.0,
            escape(caption)
        );
    }
    // the rows
    for (i, r) in rows.iter().enumerate() {
        let yc = top + i as f64 * ROW_H + ROW_H / 2.0;
        let v = r.value;
        let colour = r.side.map_or("#9aa5b1", side_colour);
        let mut meta: Vec<String> = Vec::new();
        if let Some(m) = &v.method {
            meta.push(m.to_string());
        }
        meta.push(v.published.to_string());
        let meta = meta.join(" · ");
        let _ = writeln!(
            out,
            "<g><title>{}</title>\n<text class=\"src\" x=\"8\" y=\"{:.1}\">{}</text>\n<text class=\"meta\" x=\"8\" y=\"{:.1}\">{}</text>",
            escape(&format!(
                "{} ({}, {meta}): {} read as {}",
                v.source, v.claim, v.written, v.read_as
            )),
            yc - 2.0,
            escape(&clip(&v.source, 28)),
            yc + 12.0,
            escape(&clip(&meta, 38))
        );
        match &r.span {
            Some(s) => {
                let (x0, x1) = (x(s.lo), x(s.hi));
                let (x0, w) = if x1 - x0 < 3.0 {
                    ((x0 + x1) / 2.0 - 1.5, 3.0)
                } else {
                    (x0, x1 - x0)
                };
                let _ = writeln!(
                    out,
                    "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"12\" rx=\"3\" fill=\"{colour}\"/>",
                    yc - 6.0
                );
                // unbounded ends run to the edge of the plot, with an arrow
                if s.lo == f64::NEG_INFINITY {
                    let _ = writeln!(
                        out,
                        "<path d=\"M{:.1} {yc:.1} l8 -8 v16 z\" fill=\"{colour}\"/>",
                        PLOT_X0 - 8.0
                    );
                }
                if s.hi == f64::INFINITY {
                    let _ = writeln!(
                        out,
                        "<path d=\"M{:.1} {yc:.1} l-8 -8 v16 z\" fill=\"{colour}\"/>",
                        PLOT_X1 + 8.0
                    );
                }
                if let Some(value) = s.value {
                    let _ = writeln!(
                        out,
                        "<circle cx=\"{:.1}\" cy=\"{yc:.1}\" r=\"4.5\" fill=\"#ffffff\" stroke=\"{colour}\" stroke-width=\"2.5\"/>",
                        x(value)
                    );
                }
            }
            None => {
                let _ = writeln!(
                    out,
                    "<text class=\"undrawn\" x=\"{PLOT_X0}\" y=\"{:.1}\">not on this axis: {}</text>",
                    yc + 4.0,
                    escape(&clip(&v.read_as, 60))
                );
            }
        }
        let _ = writeln!(
            out,
            "<text class=\"written\" x=\"{VALUE_X}\" y=\"{:.1}\">{}</text>\n</g>",
            yc + 4.0,
            escape(&clip(&v.written, 22))
        );
    }
    out.push_str("</svg>\n");
    if g.values.len() > CHART_ROWS {
        let _ = writeln!(
            out,
            "<p class=\"no-chart\">The chart shows the first {CHART_ROWS} of {} claims; the table lists them all.</p>",
            g.values.len()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Gap, PossibleMatch, Side, ValueReport};
    use super::*;
    use indexmap::IndexMap;
    use smol_str::SmolStr;

    fn value(claim: &str, source: &str, written: &str, read_as: &str) -> ValueReport {
        ValueReport {
            claim: claim.into(),
            source: source.into(),
            published: "2021-01-11".parse().unwrap(),
            written: written.into(),
            read_as: read_as.into(),
            method: None,
        }
    }

    fn group(subject: &str, verdict: Verdict, values: Vec<ValueReport>) -> Group {
        let claims: Vec<SmolStr> = values.iter().map(|v| v.claim.clone()).collect();
        let sources: Vec<SmolStr> = values.iter().map(|v| v.source.clone()).collect();
        let sides = if verdict == Verdict::Disagree {
            values
                .iter()
                .map(|v| Side {
                    claims: vec![v.claim.clone()],
                    sources: vec![v.source.clone()],
                    methods: Vec::new(),
                })
                .collect()
        } else {
            vec![Side {
                claims: claims.clone(),
                sources,
                methods: Vec::new(),
            }]
        };
        Group {
            subject: subject.into(),
            mentions: vec![subject.into()],
            predicate: "vote_share".into(),
            scope: IndexMap::new(),
            verdict,
            claims,
            explanation: format!("About {subject}."),
            values,
            sides,
            gap: (verdict == Verdict::Disagree).then(|| Gap {
                abs: 1.0,
                rel: None,
                closest: 0.35,
                farthest: 0.95,
                unit: "percentage points".into(),
            }),
            split_by_method: false,
            by_method: IndexMap::new(),
            change: false,
            scope_keys: IndexMap::new(),
            scope_spellings: IndexMap::new(),
            subject_links: Vec::new(),
            consensus: None,
            consensus_by_method: Vec::new(),
        }
    }

    fn sample() -> Report {
        Report {
            groups: vec![
                group(
                    "Nur Otan",
                    Verdict::Disagree,
                    vec![
                        value("ap-1", "Associated Press", "71%", "71%, [70.5, 71.5)"),
                        value("afp-1", "AFP", "nearly 72%", "72%, [71.5, 72)"),
                    ],
                ),
                group(
                    "Kazakhstan",
                    Verdict::Compatible,
                    vec![
                        value(
                            "afp-7",
                            "AFP",
                            "19 million",
                            "19 million, [18.5 million, 19.5 million)",
                        ),
                        value(
                            "eun-3",
                            "Euronews",
                            "just under 19 million",
                            "19 million, [18.5 million, 19 million)",
                        ),
                    ],
                ),
                group(
                    "NSDP",
                    Verdict::Agree,
                    vec![
                        value("afp-13", "AFP", "boycott", "boycott"),
                        value("rfe-10", "RFE/RL", "boycott", "boycott"),
                    ],
                ),
            ],
            possible_matches: vec![PossibleMatch {
                mention: "Nursultan Nagayev".into(),
                candidate: "Nursultan Nazarbayev".into(),
                score: 0.81,
                claims: vec!["eur-4".into()],
            }],
            resolution: Default::default(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn escape_neutralises_markup_quotes_and_ampersands() {
        assert_eq!(
            escape("<script>alert(\"x\")</script>"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        );
        assert_eq!(escape("AT&T's"), "AT&amp;T&#39;s");
        assert_eq!(escape("&amp;"), "&amp;amp;");
        assert!(matches!(escape("plain text"), Cow::Borrowed(_)));
    }

    #[test]
    fn hostile_texts_never_reach_the_page_as_markup() {
        let mut report = sample();
        let evil = "<script>alert('x')</script>\" onmouseover=\"y";
        let g = &mut report.groups[0];
        g.subject = evil.into();
        g.mentions = vec![evil.into()];
        g.predicate = evil.into();
        g.scope.insert(evil.into(), evil.into());
        g.explanation = evil.into();
        for v in &mut g.values {
            v.source = evil.into();
            v.written = evil.into();
            v.method = Some(evil.into());
            v.claim = SmolStr::new(format!("{}{evil}", v.claim));
        }
        report.possible_matches[0].mention = evil.into();
        let html = report.to_html();
        assert!(!html.contains("<script>alert"), "unescaped script");
        assert!(!html.contains("\" onmouseover"), "attribute broken out of");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        // exactly one script element: the page's own
        assert_eq!(html.matches("<script").count(), 1);
    }

    #[test]
    fn every_group_and_claim_appears_disagreements_first() {
        let report = sample();
        let html = report.to_html();
        for (i, g) in report.groups.iter().enumerate() {
            assert!(html.contains(&format!("id=\"group-{}\"", i + 1)));
            assert!(html.contains(&*escape(&g.subject)), "{}", g.subject);
            for c in &g.claims {
                assert!(html.contains(&format!("<td class=\"id\">{c}</td>")), "{c}");
            }
        }
        let at = |v: &str| html.find(&format!("data-verdict=\"{v}\"")).unwrap();
        assert!(at("disagree") < at("compatible") && at("compatible") < at("agree"));
        assert!(html.contains("Nursultan Nagayev"));
        assert!(html.find("possible-matches").unwrap() > at("agree"));
    }

    #[test]
    fn the_page_fetches_nothing() {
        let html = sample().to_html();
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(!html.contains("@import") && !html.contains("url("));
        for attr in ["src=", "href="] {
            for (at, _) in html.match_indices(attr) {
                let rest = &html[at + attr.len()..];
                let shown: String = rest.chars().take(40).collect();
                assert!(rest.starts_with("\"#"), "{attr} to outside: {shown}");
            }
        }
    }

    #[test]
    fn output_is_deterministic() {
        assert_eq!(sample().to_html(), sample().to_html());
    }

    #[test]
    fn numbers_are_drawn_and_texts_listed_without_a_bar() {
        let html = sample().to_html();
        // the Nur Otan chart: two bars in two side colours, the stated values ringed
        let first = &html[..html.find("id=\"group-2\"").unwrap()];
        assert!(first.contains("<svg") && first.contains("fill=\"#2563eb\"/>"));
        assert!(first.contains("fill=\"#ea580c\"/>") && first.contains("<circle"));
        assert!(first.contains("gap 0.35–0.95 percentage points"));
        let last = &html[html.find("id=\"group-3\"").unwrap()..];
        assert!(!last[..last.find("</section>").unwrap()].contains("<svg"));
        assert!(last.contains("No chart"));
    }

    #[test]
    fn a_large_group_keeps_every_claim_in_its_table_and_caps_its_chart() {
        let values: Vec<ValueReport> = (0..20_000)
            .map(|i| {
                let x = 50 + i % 40;
                value(
                    &format!("c{i}"),
                    &format!("Outlet {i}"),
                    &format!("{x}%"),
                    &format!("{x}%, [{x}, {x}.5)"),
                )
            })
            .collect();
        let mut big = group("Big", Verdict::Disagree, values);
        let (low, high) = big.sides.split_at(10_000);
        let merge = |sides: &[Side]| Side {
            claims: sides.iter().flat_map(|s| s.claims.clone()).collect(),
            sources: sides.iter().flat_map(|s| s.sources.clone()).collect(),
            methods: Vec::new(),
        };
        big.sides = vec![merge(low), merge(high)];
        let mut many_sides = group("Split", Verdict::Disagree, big.values[..100].to_vec());
        many_sides.subject = "Split".into();
        let report = Report {
            groups: vec![big, many_sides],
            possible_matches: Vec::new(),
            resolution: Default::default(),
            sources: Vec::new(),
        };
        let started = std::time::Instant::now();
        let html = report.to_html();
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
        assert!(html.contains("<td class=\"id\">c19999</td>"));
        assert!(html.contains("The chart shows the first 200 of 20000 claims"));
        assert_eq!(html.matches("<g><title>").count(), CHART_ROWS + 100);
        // distinct values and sources of a side are named up to a limit, then counted
        assert!(html.contains("50%, 51%, 52%, 53%, 54%, 55%, 56%, 57%, and 32 more"));
        assert!(html.contains("Outlet 7, and 9992 more"));
        assert!(html.contains("and 88 more sides"));
    }

    #[test]
    fn unbounded_mixed_and_unreadable_values_still_get_their_rows() {
        let g = group(
            "Odd",
            Verdict::Compatible,
            vec![
                value("a", "A", "more than 30", "30, (30, inf)"),
                value("b", "B", "at most 40", "40, [-inf, 40]"),
                value("c", "C", "March 2019", "2019-03"),
                value("d", "D", "lots", "lots"),
                value("e", "E", "35", "35, [34.5, 35.5)"),
            ],
        );
        let html = Report {
            groups: vec![g],
            possible_matches: Vec::new(),
            resolution: Default::default(),
            sources: Vec::new(),
        }
        .to_html();
        assert_eq!(html.matches("<g><title>").count(), 5);
        assert_eq!(html.matches("<path d=").count(), 2, "two arrows");
        assert!(html.contains("not on this axis: 2019-03"));
        assert!(html.contains("not on this axis: lots"));
        assert!(!html.contains("NaN") && !html.contains("inf\""));
    }

    #[test]
    fn read_as_forms_are_read_as_intervals() {
        let q = read_span("71%, [70.5, 71.5)").unwrap();
        assert_eq!((q.lo, q.hi, q.value), (70.5, 71.5, Some(71.0)));
        assert_eq!(q.scale, Scale::Number("%".into()));
        let m = read_span("19 million people, [18.5 million, 19.5 million)").unwrap();
        assert_eq!((m.lo, m.hi, m.value), (18.5e6, 19.5e6, Some(19e6)));
        assert_eq!(m.scale, Scale::Number("people".into()));
        let open = read_span("30, (30, inf)").unwrap();
        assert_eq!((open.lo, open.hi), (30.0, f64::INFINITY));
        let day = |s: &str| f64::from(s.parse::<Date>().unwrap().days_since_epoch());
        let y = read_span("2019").unwrap();
        assert_eq!(
            (y.lo, y.hi, y.scale),
            (day("2019-01-01"), day("2020-01-01"), Scale::Days)
        );
        let mo = read_span("2019-12").unwrap();
        assert_eq!((mo.lo, mo.hi), (day("2019-12-01"), day("2020-01-01")));
        let d = read_span("2021-01-10").unwrap();
        assert_eq!(d.hi - d.lo, 1.0);
        let r = read_span("2019-01-01 to 2019-04-30").unwrap();
        assert_eq!((r.lo, r.hi), (day("2019-01-01"), day("2019-05-01")));
        let a = read_span("67 years (born 1953-01-11 to 1954-01-10)").unwrap();
        assert_eq!((a.lo, a.hi), (day("1953-01-11"), day("1954-01-11")));
        for text in [
            "boycott",
            "-2.5%",
            "Security Council",
            "",
            "1, [2, 1)",
            "x, [a, b)",
        ] {
            assert_eq!(read_span(text), None, "{text}");
        }
    }

    #[test]
    fn ticks_are_round_and_labelled() {
        let t = number_ticks(70.3, 72.1, "%");
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["70.5%", "71%", "71.5%", "72%"]);
        let t = number_ticks(18.4e6, 19.6e6, "");
        assert_eq!(t[0].label, "18.4 million");
        assert_eq!(number(1234567.0, 0), "1,234,567");
        assert_eq!(number(-0.0, 2), "0");
        let day = |s: &str| f64::from(s.parse::<Date>().unwrap().days_since_epoch());
        let t = date_ticks(day("2018-12-10"), day("2021-05-20"));
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Jan 2019", "Jul 2019", "Jan 2020", "Jul 2020", "Jan 2021"]
        );
    }
}
