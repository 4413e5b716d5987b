#include <mseg/cites.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

#include <mseg/query_grid.hpp>

namespace mseg::cite {
namespace {

// Where a citation stands, as validate says it: a .docx's or .pdf's place in
// the document ("table 1, row 2, cell 1, paragraph 3", "page 3"), else line and column.
std::string where(const Span& span) {
  if (span.place) return describe(*span.place);
  return fmt::format("{}:{}", span.line, span.column);
}


using ordered = nlohmann::ordered_json;

std::string directive_label(const Directive& d) { return d.number ? *d.number : d.id; }

std::string inner(std::string_view text) {
  return std::string(text.size() >= 2 && text.front() == '(' && text.back() == ')' ? text.substr(1, text.size() - 2)
                                                                                    : text);
}

std::string why_unresolved(const Registry& registry, const Citation& c) {
  if (c.kind == "unknown") return "not a known form of citation";
  const Resolution r = registry.resolve(c);
  if (r.missing_meeting) return fmt::format("no {} was held in {}", r.missing_meeting->name, *c.year);
  return "not in the registry";
}

// "4th APEC Transportation Ministerial Meeting, Bali, Indonesia, 27–29 July 2004"
std::string meeting_line(const DocumentUse& d) {
  std::string out = fmt::format("{}, {}", d.source->meeting, d.source->place);
  if (d.entry) {
    if (const std::string dates = meeting_dates(d.entry->meeting); !dates.empty()) out += ", " + dates;
  }
  return out;
}

// The directives of one document, per plan: "plan.txt: 1A, 1B (2 directives)".
std::vector<std::string> directives_by_plan(const std::vector<CitingDirective>& ds) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ds.size();) {
    std::size_t j = i, count = 0;
    std::string labels;
    // A directive citing the document twice ("(Leaders' Declaration 1994, Bogor Goals)") is one directive.
    std::unordered_set<const Directive*> seen;
    while (j < ds.size() && ds[j].source == ds[i].source) {
      if (seen.insert(ds[j].directive).second) {
        if (!labels.empty()) labels += ", ";
        labels += directive_label(*ds[j].directive);
        ++count;
      }
      ++j;
    }
    out.push_back(fmt::format("{}: {} ({} {})", ds[i].source, labels, count, count == 1 ? "directive" : "directives"));
    i = j;
  }
  return out;
}

std::string summary_line(const CitesReport& r) {
  std::size_t unverified = 0, unverified_citations = 0;
  for (const auto& d : r.documents)
    if (!d.source->verified) {
      ++unverified;
      unverified_citations += d.directives.size();
    }
  return fmt::format("{} citation{} of {} document{} in {} plan{}; {} unverified ({} citation{}), {} unresolved\n",
                     r.citations, r.citations == 1 ? "" : "s", r.documents.size(),
                     r.documents.size() == 1 ? "" : "s", r.plans, r.plans == 1 ? "" : "s", unverified,
                     unverified_citations, unverified_citations == 1 ? "" : "s", r.unresolved.size());
}

ordered place_json(const CitingDirective& at) {
  ordered j;
  j["source"] = at.source;
  j["directive"] = at.directive->id;
  j["number"] = at.directive->number ? ordered(*at.directive->number) : ordered(nullptr);
  j["text"] = at.citation->text;
  j["key"] = at.citation->key;
  j["line"] = at.citation->span.line;
  j["column"] = at.citation->span.column;
  return j;
}

ordered optional_date(const std::optional<Date>& d) { return d ? ordered(to_string(*d)) : ordered(nullptr); }

std::string report_json(const CitesReport& r) {
  ordered out;
  out["documents"] = ordered::array();
  for (const auto& d : r.documents) {
    ordered j;
    j["key"] = d.source->key;
    j["title"] = d.source->title;
    j["meeting"] = d.source->meeting;
    j["place"] = d.source->place;
    j["start"] = optional_date(d.source->start);
    j["end"] = optional_date(d.source->end);
    j["url"] = d.source->url;
    j["verified"] = d.source->verified;
    j["note"] = d.entry && d.entry->note ? ordered(*d.entry->note) : ordered(nullptr);
    j["citations"] = ordered::array();
    for (const auto& at : d.directives) j["citations"].push_back(place_json(at));
    out["documents"].push_back(std::move(j));
  }
  out["unresolved"] = ordered::array();
  for (const auto& u : r.unresolved) {
    ordered j = place_json(u.at);
    j["reason"] = u.reason;
    out["unresolved"].push_back(std::move(j));
  }
  // A file name that is not UTF-8 has U+FFFD for its bad bytes, as in every JSON mseg writes (docs/json.md).
  return out.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

std::string report_text(const CitesReport& r) {
  std::string out;
  for (const auto& d : r.documents) {
    out += fmt::format("{}  {}{}\n", d.source->key, d.source->title, d.source->verified ? "" : "  [not verified]");
    out += fmt::format("  {}\n", meeting_line(d));
    for (const auto& line : directives_by_plan(d.directives)) out += fmt::format("  {}\n", line);
    out += '\n';
  }
  if (!r.unresolved.empty()) {
    out += "unresolved:\n";
    for (const auto& u : r.unresolved)
      out += fmt::format("  {}:{}: {} cites ({}): {}\n", u.at.source, where(u.at.citation->span),
                         directive_label(*u.at.directive), inner(u.at.citation->text), u.reason);
    out += '\n';
  }
  return out + summary_line(r);
}

std::string report_markdown(const CitesReport& r) {
  query::Grid g;
  g.header = {"document", "meeting", "verified", "directives"};
  for (const auto& d : r.documents) {
    std::string uses;
    for (const auto& line : directives_by_plan(d.directives)) uses += (uses.empty() ? "" : "\n") + line;
    g.rows.push_back({fmt::format("{} ({})", d.source->title, d.source->key), meeting_line(d),
                      d.source->verified ? "yes" : "no", uses});
  }
  for (const auto& u : r.unresolved)
    g.rows.push_back({fmt::format("({}) unresolved", inner(u.at.citation->text)), u.reason, "",
                      fmt::format("{}: {}", u.at.source, directive_label(*u.at.directive))});
  g.numeric.assign(g.header.size(), false);
  g.alert.assign(g.rows.size(), std::vector<bool>(g.header.size(), false));
  return query::render_markdown(g) + "\n" + summary_line(r);
}

ordered entry_json(const Entry& e) {
  ordered j;
  j["key"] = e.key;
  j["kind"] = e.kind;
  j["year"] = e.year ? ordered(*e.year) : ordered(nullptr);
  ordered m;
  m["body"] = e.meeting.body;
  m["ordinal"] = e.meeting.ordinal ? ordered(*e.meeting.ordinal) : ordered(nullptr);
  m["short"] = e.meeting.short_name;
  m["city"] = e.meeting.city;
  m["economy"] = e.meeting.economy;
  m["start"] = optional_date(e.meeting.start);
  m["end"] = optional_date(e.meeting.end);
  j["meeting"] = std::move(m);
  j["title"] = e.title;
  j["aliases"] = e.aliases;
  j["source"] = e.source;
  j["verified"] = e.verified;
  if (e.note) j["note"] = *e.note;
  // Kept, so that the registry printed and read back still takes the two names as one document (a helper's
  // finding: it was dropped, and a diff with the printed registry called the Busan Declaration a change).
  if (e.same_as) j["same_as"] = *e.same_as;
  return j;
}

}  // namespace

CitesReport cites_report(const std::vector<PlanInput>& plans, const Registry& registry) {
  CitesReport r;
  r.plans = plans.size();
  for (const auto& input : plans) {
    for (const auto& section : input.plan->sections) {
      for (const auto& d : section.directives) {
        for (const auto& c : d.citations) {
          ++r.citations;
          const CitingDirective at{input.source, &d, &c};
          std::shared_ptr<const CitationSource> source = c.source;
          const Entry* entry = source ? registry.find_key(source->key) : registry.resolve(c).entry;
          if (!source && entry) source = entry->resolution;
          if (!source) {
            r.unresolved.push_back({at, why_unresolved(registry, c)});
            continue;
          }
          auto it = std::find_if(r.documents.begin(), r.documents.end(),
                                 [&](const DocumentUse& u) { return u.source->key == source->key; });
          if (it == r.documents.end()) it = r.documents.insert(r.documents.end(), DocumentUse{source, entry, {}});
          it->directives.push_back(at);
        }
      }
    }
  }
  return r;
}

std::string format_report(const CitesReport& report, ReportFormat format) {
  switch (format) {
    case ReportFormat::json: return report_json(report);
    case ReportFormat::markdown: return report_markdown(report);
    case ReportFormat::text: break;
  }
  return report_text(report);
}

std::string format_registry(const Registry& registry, ReportFormat format, int width) {
  if (format == ReportFormat::json) {
    ordered out;
    out["registry_version"] = "1";
    out["series"] = ordered::array();
    for (const Series& s : registry.series()) {
      ordered j;
      j["name"] = s.name;
      j["body"] = s.body;
      j["kinds"] = s.kinds;
      j["first_year"] = s.first_year;
      j["last_year"] = s.last_year;
      out["series"].push_back(std::move(j));
    }
    out["entries"] = ordered::array();
    for (const Entry& e : registry.entries()) out["entries"].push_back(entry_json(e));
    return out.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
  }
  query::Grid g;
  g.header = {"key", "meeting", "place", "dates", "title", "verified"};
  for (const Entry& e : registry.entries())
    g.rows.push_back({e.key, e.meeting.short_name, meeting_place(e.meeting), meeting_dates(e.meeting), e.title,
                      e.verified ? "yes" : "no"});
  g.numeric.assign(g.header.size(), false);
  g.alert.assign(g.rows.size(), std::vector<bool>(g.header.size(), false));
  if (format == ReportFormat::markdown) return query::render_markdown(g);
  g.fit_column = 4;
  // Meeting, place and dates wrap as the title does, so that the table fits its width (a helper's finding: only the
  // title gave way, to 13 columns, and the table ran past a 120-column terminal); keys stay whole, to be copied.
  g.wraps = {false, true, true, true, true, false};
  return query::render_table(g, width, false);
}

}  // namespace mseg::cite
