#include "inputs.hpp"

#include <mseg/form.hpp>

#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "io.hpp"
#include "convert_to_docx.hpp"

namespace mseg::cli {
namespace {
std::string layout_choice;  // --layout
}  // namespace

void add_layout_option(CLI::App* cmd) {
  const std::vector<std::string> names = layout_names();
  cmd->add_option("--layout", layout_choice,
                  "Read text plans in this form instead of detecting it (docs/format.md): " + fmt::format("{}", fmt::join(names, ", ")))
      ->type_name("NAME")
      ->check(CLI::IsMember(names));
}

const std::string& chosen_layout() { return layout_choice; }

void warn_if_layout_unused(const std::string& file, std::string_view bytes) {
  if (layout_choice.empty()) return;
  if (const Form form = detect_form(bytes); form != Form::text)
    print_warning(fmt::format("{}: --layout {} names a text form; this is a .{} file, read as its own form", file,
                              layout_choice, to_string(form)));
}

std::optional<std::vector<LoadedPlan>> read_plan_inputs(const std::string& file, std::uint64_t max_bytes,
                                                        const cite::Registry* registry, bool warnings) {
  try {
    std::string bytes = read_input(file, max_bytes);
    warn_if_layout_unused(file, bytes);
    // A .doc or .odt is read as LibreOffice's .docx of it, as parse reads it.
    const std::optional<Converted> doc = convert_to_docx(bytes);
    std::vector<LoadedPlan> loaded = load_plans(bytes, file, registry, layout_choice, false, warnings);
    if (doc)
      for (auto& p : loaded) mark_converted(p.plan, doc->format, doc->original);
    for (const auto& plan : loaded) {
      if (auto problem = first_json_problem(plan)) {
        print_error(fmt::format("{}: {}", file, *problem));
        return std::nullopt;
      }
      if (auto problem = no_table_problem(plan)) {
        print_error(fmt::format("{}: {}", file, *problem));
        return std::nullopt;
      }
      // Read as it stands, as the docs promise, but not silently: an answer from a shifted table is not the plan's.
      // Plan JSON's are parse's findings in the text it was read from: validate on that text shows them.
      if (auto errors = error_summary(plan)) {
        const std::string& source = plan.plan.source.path;
        const bool nameless = plan.from_json && (source.empty() || source == "-");
        print_warning(fmt::format("{}: {}; read as it stands ({})", file, *errors,
                                  nameless ? std::string("'mseg validate' on that text shows them")
                                           : fmt::format("'mseg validate {}' shows them",
                                                         plan.from_json ? source : file)));
      }
    }
    return loaded;
  } catch (const CliError& e) {
    print_error(e.what());
  } catch (const InputError& e) {
    print_error(fmt::format("{}: {}", file, e.what()));
  }
  return std::nullopt;
}

std::string plan_input_name(const std::string& file, const std::vector<LoadedPlan>& plans, std::size_t k) {
  // The plans of one file are told apart by the text plan each was made from.
  const std::string& from = plans[k].plan.source.path;
  if (plans.size() == 1) return file;
  return !from.empty() && from != "-" ? from : fmt::format("{}#{}", file, k + 1);
}

void warn_if_no_plan(const std::string& file, const std::vector<LoadedPlan>& plans) {
  if (plans.empty()) print_warning(fmt::format("{}: holds no plan (an empty JSON array)", file));
}

void drop_diagnostics(std::vector<LoadedPlan>& plans) {
  for (auto& p : plans) std::vector<Diagnostic>().swap(p.plan.diagnostics);
}

std::optional<LoadedPlan> read_plan_input(const std::string& file, std::uint64_t max_bytes,
                                          const cite::Registry* registry) {
  auto loaded = read_plan_inputs(file, max_bytes, registry);
  if (!loaded) return std::nullopt;
  if (loaded->size() != 1) {
    print_error(fmt::format("{}: holds {} plans, not one (pick one with jq, e.g. jq '.[0]' or jq -c 'select(...)')",
                            file, loaded->size()));
    return std::nullopt;
  }
  return std::move(loaded->front());
}

std::vector<std::string> stdin_or_refuse() {
  if (::isatty(STDIN_FILENO) == 1)
    throw CliError("no FILE given, and standard input is a terminal (give a plan file, or pipe one in)");
  return {"-"};
}

}  // namespace mseg::cli
