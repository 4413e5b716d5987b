// plan_summary: parse a work plan with the mseg library, walk its sections and
// actions, report its diagnostics, and write it as plan JSON.
//
//   plan_summary PLAN.txt [OUT.json]
//
// The library does no I/O: this program reads the file and hands over the bytes.
// Exit status: 0 parsed, 1 the plan has error diagnostics, 2 unreadable input.
#include <mseg/mseg.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

namespace {

// "United States, MSEG Secretariat": canonical economy names where known.
std::string owners_of(const mseg::Tag& tag) {
  std::string out;
  for (const mseg::Owner& owner : tag.owners) {
    if (!out.empty()) out += ", ";
    out += owner.canonical.value_or(owner.name);
  }
  return out;
}

// "September 2006 (month, 2006-09-01..2006-09-30)"
std::string deadline_of(const mseg::Deadline& d) {
  std::string out = d.text + " (" + mseg::to_string(d.kind);
  if (d.start && d.end) out += ", " + mseg::to_string(*d.start) + ".." + mseg::to_string(*d.end);
  return out + ")";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: plan_summary PLAN.txt [OUT.json]\n";
    return 2;
  }
  const std::string path = argv[1];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "plan_summary: " << path << ": cannot open\n";
    return 2;
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

  // Parsing: any supported encoding; only unreadable input throws.
  mseg::Plan plan;
  try {
    plan = mseg::parse_plan(bytes, mseg::ParseOptions{path});
  } catch (const mseg::InputError& e) {
    std::cerr << "plan_summary: " << path << ": " << e.what() << '\n';
    return 2;
  }

  // Walking: sections hold directives, priorities and actions; actions carry tags.
  std::cout << "plan: " << plan.title.value_or("(untitled)") << '\n';
  std::cout << "read by mseg " << plan.source.mseg_version << ", sha256 " << plan.source.sha256 << '\n';
  for (const mseg::Section& section : plan.sections) {
    std::cout << "section " << section.id << ": " << section.directives.size() << " directives, "
              << section.priorities.size() << " priorities, " << section.actions.size() << " actions\n";
    for (const mseg::Action& action : section.actions) {
      std::cout << "  " << action.id << " line " << action.span.line;
      for (const mseg::Tag& tag : action.tags)
        std::cout << " | owners: " << owners_of(tag) << " | deadline: " << deadline_of(tag.deadline);
      std::cout << '\n';
    }
  }

  // Diagnostics: problems in the plan are data, with a place in the file.
  std::cout << "diagnostics: " << plan.diagnostics.size() << '\n';
  for (const mseg::Diagnostic& d : plan.diagnostics)
    std::cout << "  " << plan.source.path << ':' << d.span.line << ':' << d.span.column << ": "
              << mseg::to_string(d.severity) << ": " << d.message << " [" << d.code << "]\n";

  // Serialising: the same plan JSON `mseg parse` prints, and back again.
  const std::string json = mseg::to_json(plan);
  mseg::PlanReading reading = mseg::plan_from_json_text(json);
  if (!reading.plan || reading.plan->sections.size() != plan.sections.size()) {
    std::cerr << "plan_summary: the plan JSON did not read back\n";
    return 2;
  }
  std::cout << "json: " << json.size() << " bytes, reads back with " << reading.plan->sections.size() << " sections\n";
  if (argc == 3) {
    std::ofstream out(argv[2], std::ios::binary);
    out << json << '\n';
    if (!out.flush()) {
      std::cerr << "plan_summary: " << argv[2] << ": cannot write\n";
      return 2;
    }
  }
  return mseg::has_errors(plan) ? 1 : 0;
}
