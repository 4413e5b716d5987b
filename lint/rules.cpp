// The small lint rules, each a loop over the plan; numbering and duplicates
// have files of their own.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include <mseg/deadline.hpp>

#include "base/calendar.hpp"
#include "findings.hpp"

namespace mseg::lint {

std::string section_pointer(std::size_t s) { return fmt::format("/sections/{}", s); }

std::string element_pointer(std::size_t s, const char* list, std::size_t k) {
  return fmt::format("/sections/{}/{}/{}", s, list, k);
}

namespace rule {

void tag_owners(const Section& sec, std::size_t s, Diagnostics& out) {
  const auto& actions = sec.actions;
  for (std::size_t a = 0; a < actions.size(); ++a) {
    for (std::size_t t = 0; t < actions[a].tags.size(); ++t) {
      const Tag& tag = actions[a].tags[t];
      if (!tag.owners.empty()) continue;
      out.push_back(found(DiagnosticCode::tag_without_owner, fmt::format("tag '{}' names no owner", tag.text), tag.span,
                          element_pointer(s, "actions", a) + fmt::format("/tags/{}/owners", t)));
    }
  }
}

std::optional<int> stated_year(const Plan& head, const char*& where) {
  std::optional<int> best;
  auto scan = [&](const std::optional<std::string>& line, const char* name) {
    if (!line) return;
    for (const int y : calendar::years_in(*line)) {
      if (!best || y < *best) {
        best = y;
        where = name;
      }
    }
  };
  scan(head.title, "title");
  scan(head.meeting, "meeting line");
  return best;
}

void deadlines_before_plan(const Section& sec, std::size_t s, int year, const char* where, Diagnostics& out) {
  const auto& actions = sec.actions;
  for (std::size_t a = 0; a < actions.size(); ++a) {
    for (std::size_t t = 0; t < actions[a].tags.size(); ++t) {
      const Deadline& d = actions[a].tags[t].deadline;
      if (!d.end || d.end->year >= year) continue;
      out.push_back(found(DiagnosticCode::deadline_before_plan,
                          fmt::format("deadline '{}' ends {}, before {}, the year in the plan's {}", d.text,
                                      to_string(*d.end), year, where),
                          actions[a].tags[t].span, element_pointer(s, "actions", a) + fmt::format("/tags/{}/deadline/end", t)));
    }
  }
}

void citations(const Section& sec, std::size_t s, Diagnostics& out) {
  const auto& directives = sec.directives;
  for (std::size_t k = 0; k < directives.size(); ++k) {
    const Directive& d = directives[k];
    if (!d.citations.empty()) continue;
    out.push_back(found(DiagnosticCode::directive_without_citation,
                        fmt::format("directive {} cites no source", d.number ? *d.number : d.id), d.span,
                        element_pointer(s, "directives", k)));
  }
}

void empty_section(const Section& sec, std::size_t s, Diagnostics& out) {
  if (!sec.directives.empty() || !sec.priorities.empty() || !sec.actions.empty()) return;
  out.push_back(found(DiagnosticCode::empty_section, fmt::format("section {} has no directives, priorities or actions", sec.id),
                      sec.span, section_pointer(s)));
}

}  // namespace rule

void check_deadline_texts(const Plan& plan, Diagnostics& out) {
  const auto days = [](const Deadline& d) {
    if (!d.start || !d.end) return std::string(to_string(d.kind)) + ", no dates";
    return fmt::format("{}, {} to {}", to_string(d.kind), to_string(*d.start), to_string(*d.end));
  };
  for (std::size_t s = 0; s < plan.sections.size(); ++s) {
    const auto& actions = plan.sections[s].actions;
    for (std::size_t a = 0; a < actions.size(); ++a) {
      // A deadline read from the action's sentence: its text is the phrase, preposition included.
      if (const auto& td = actions[a].deadline) {
        const Deadline& d = td->deadline;
        const std::optional<Deadline> read = read_deadline_phrase(d.text);
        if (!read || read->kind != d.kind || read->start != d.start || read->end != d.end)
          out.push_back(found(DiagnosticCode::deadline_text_mismatch,
                              !read ? fmt::format("deadline phrase '{}' is no form mseg reads, but the plan gives {}",
                                                  d.text, days(d))
                                    : fmt::format("deadline phrase '{}' reads as {}, but the plan gives {}", d.text,
                                                  days(*read), days(d)),
                              td->span, element_pointer(s, "actions", a) + "/deadline"));
      }
      for (std::size_t t = 0; t < actions[a].tags.size(); ++t) {
        const Deadline& d = actions[a].tags[t].deadline;
        const Deadline read = read_deadline(d.text);
        if (read.kind == d.kind && read.start == d.start && read.end == d.end) continue;
        out.push_back(found(DiagnosticCode::deadline_text_mismatch,
                            read.kind == DeadlineKind::unknown
                                ? fmt::format("deadline '{}' is no form mseg reads, but the plan gives {}", d.text, days(d))
                                : fmt::format("deadline '{}' reads as {}, but the plan gives {}", d.text, days(read),
                                              days(d)),
                            actions[a].tags[t].span,
                            element_pointer(s, "actions", a) + fmt::format("/tags/{}/deadline", t)));
      }
    }
  }
}

Rules::Rules(const Plan& head) : year_(rule::stated_year(head, year_where_)), numbering_(head.source.encoding) {}

void Rules::section(const Section& sec, std::size_t s) {
  rule::tag_owners(sec, s, owners_);
  if (year_) rule::deadlines_before_plan(sec, s, *year_, year_where_, before_plan_);
  rule::citations(sec, s, citations_);
  numbering_.section(sec, s, section_numbers_, element_numbers_);
  duplicates_.section(sec, s, duplicate_);
  rule::empty_section(sec, s, empty_);
}

Diagnostics Rules::take() {
  Diagnostics out;
  for (Diagnostics* rule : {&owners_, &before_plan_, &citations_, &section_numbers_, &element_numbers_, &duplicate_, &empty_}) {
    if (out.empty()) out = std::move(*rule);
    else std::move(rule->begin(), rule->end(), std::back_inserter(out));
    rule->clear();
  }
  return out;
}

Diagnostics run_rules(const Plan& plan) {
  Rules rules(plan);
  for (std::size_t s = 0; s < plan.sections.size(); ++s) rules.section(plan.sections[s], s);
  return rules.take();
}

}  // namespace mseg::lint
