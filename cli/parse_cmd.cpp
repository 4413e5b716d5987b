// mseg parse: text plans in, plan JSON out.
#include <mseg/parse.hpp>
#include <mseg/plan_json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "commands.hpp"
#include "io.hpp"
#include "registry_file.hpp"

namespace mseg::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> files;
  std::string format = "json";
  bool compact = false;
  std::string output = "-";
  std::uint64_t max_bytes = kDefaultMaxBytes;
  unsigned jobs = 0;  // 0: one per core
  std::string registry;  // --registry FILE
  const cite::Registry* resolve_with = nullptr;  // null: the built-in registry
};

// One input's outcome, filled in by whichever worker took it.
struct Result {
  std::string json;   // the plan as it goes into the output, with the array's or line's framing
  std::string error;  // set when the input could not be read as a plan
  bool has_errors = false;
};

// Reads `file` and writes its plan JSON to `w` section by section as it is
// parsed, so a 20 MB plan peaks at under twice its size rather than five
// times; returns the message for an input that cannot be read as a plan
// (nothing has been written then).
std::string parse_into(const std::string& file, const ParseArgs& args, JsonWriter& w, bool& errors) {
  try {
    std::string bytes = read_input(file, args.max_bytes);
    JsonPlanSink sink(w);
    parse_plan(bytes, ParseOptions{file, args.resolve_with}, sink);
    errors = sink.has_errors();
    return {};
  } catch (const CliError& e) {
    return e.what();
  } catch (const InputError& e) {
    return fmt::format("{}: {}", file, e.what());
  } catch (const std::bad_alloc&) {
    return fmt::format("{}: out of memory", file);
  }
}

// Shows "mseg parse: 812/2000 files" on a terminal once a batch has taken
// more than a second; never in pipes or CI logs.
class Progress {
 public:
  explicit Progress(std::size_t total)
      : total_(total), enabled_(total > 1 && stderr_is_terminal() && !std::getenv("CI")),
        start_(std::chrono::steady_clock::now()) {}
  void show(std::size_t finished) {
    const auto now = std::chrono::steady_clock::now();
    // Redrawn five times a second at most, not once per file.
    if (!enabled_ || now - start_ < std::chrono::seconds(1) || now - drawn_ < std::chrono::milliseconds(200)) return;
    drawn_ = now;
    std::fputs(fmt::format("\rmseg parse: {}/{} files", finished, total_).c_str(), stderr);
    std::fflush(stderr);
    shown_ = true;
  }
  ~Progress() {
    if (shown_) std::fputs("\r\033[K", stderr);
  }

 private:
  std::size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point drawn_{};
  bool shown_ = false;
};

// Parses every file, `jobs` at a time, each worker also writing its plan's
// JSON and framing, so the batch scales with cores and the one thread that
// writes the output in input order copies nothing.
std::vector<Result> parse_batch(const ParseArgs& args, bool jsonl, bool pretty, unsigned jobs) {
  std::vector<Result> results(args.files.size());
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::condition_variable finished_one;
  std::size_t finished = 0;
  Progress progress(results.size());
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < results.size();) {
      Result r;
      // jsonl: one plan per line. Otherwise one array: "[" or "," before
      // each plan, "]" after the last.
      const bool last = i + 1 == results.size();
      if (!jsonl) r.json = i == 0 ? "[" : ",";
      if (pretty) r.json += "\n  ";
      {
        // A pretty plan sits one level deep, inside the array (jsonl is never pretty).
        JsonWriter w(r.json, pretty, 1);
        r.error = parse_into(args.files[i], args, w, r.has_errors);
      }
      if (jsonl) r.json += '\n';
      else if (last) r.json += pretty ? "\n]\n" : "]\n";
      std::lock_guard lock(mutex);
      results[i] = std::move(r);
      ++finished;
      finished_one.notify_one();
      if (jobs <= 1) progress.show(finished);
    }
  };
  std::vector<std::thread> workers;
  if (jobs <= 1) {
    work();
  } else {
    // `jobs` workers; this thread only watches, for the progress line.
    for (unsigned k = 0; k < jobs; ++k) workers.emplace_back(work);
    std::unique_lock lock(mutex);
    while (finished < results.size()) {
      finished_one.wait_for(lock, std::chrono::milliseconds(200));
      progress.show(finished);
    }
  }
  for (auto& t : workers) t.join();
  return results;
}

int run_parse(const ParseArgs& args) {
  bool jsonl = args.format == "jsonl";
  bool pretty = !args.compact && !jsonl;

  if (args.files.size() == 1) {
    // One plan may be large: its JSON goes to the output in pieces as it is
    // read, never held whole. Unreadable input is refused before anything
    // is written, and an output file is renamed into place only at the end.
    Output out(args.output);
    std::string buffer;
    bool errors = false;
    {
      JsonWriter w(buffer, pretty);
      w.stream_to([&out](std::string& text) {
        out.write(text);
        text.clear();
      });
      if (std::string error = parse_into(args.files[0], args, w, errors); !error.empty()) {
        print_error(error);
        return kTrouble;
      }
    }
    buffer.push_back('\n');
    out.write(buffer);
    out.commit();
    return errors ? kFound : kOk;
  }

  unsigned jobs = args.jobs != 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, args.files.size()));
  std::vector<Result> results = parse_batch(args, jsonl, pretty, jobs);
  // Output is all or nothing: a batch with an unreadable input writes no file.
  bool unreadable = false;
  for (const auto& r : results) {
    if (r.error.empty()) continue;
    print_error(r.error);
    unreadable = true;
  }
  if (unreadable) return kTrouble;

  Output out(args.output);
  for (auto& r : results) {
    out.write(r.json);
    std::string().swap(r.json);
  }
  out.commit();
  for (const auto& r : results)
    if (r.has_errors) return kFound;
  return kOk;
}

}  // namespace

void add_parse_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<ParseArgs>();
  auto* cmd = app.add_subcommand("parse", "Read text work plans and print them as plan JSON");
  cmd->add_option("files", args->files, "Plan files to read; '-' reads standard input")->required();
  cmd->add_option("--format", args->format, "json: one plan, or an array for several; jsonl: one compact plan per line")
      ->check(CLI::IsMember({"json", "jsonl"}))
      ->capture_default_str();
  cmd->add_flag("--compact", args->compact, "Print JSON on one line instead of indented");
  cmd->add_option("-o,--output", args->output,
                  "Write to FILE (through a temporary file renamed into place) instead of stdout");
  cmd->add_option("--max-bytes", args->max_bytes, "Refuse inputs larger than this many bytes (exit 2)")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", args->jobs,
                  "Parse this many files at once (default: one per core); output keeps the input order")
      ->check(CLI::Range(1u, 1024u));
  add_registry_option(cmd, args->registry);
  cmd->footer(
      "Examples:\n"
      "  mseg parse samples/mseg-workplan-2006-hanoi.txt\n"
      "  mseg parse --compact plan.txt | jq '.sections[].actions[].text'\n"
      "  mseg parse --format jsonl plans/*.txt > plans.jsonl\n"
      "  mseg parse --jobs 4 --format jsonl archive/*.txt -o archive.jsonl\n"
      "  cat plan.txt | mseg parse - -o plan.json\n"
      "\n"
      "A batch on a terminal shows its progress on stderr once it takes over a second.\n"
      "Exit status: 0 parsed; 1 parsed, with error diagnostics; 2 usage error, unreadable input\n"
      "(missing, a directory, binary, larger than --max-bytes) or an output that cannot be written.");
  cmd->callback([args, &outcome] {
    const auto registry = load_registry(args->registry);
    if (!registry) {
      outcome.exit_code = kTrouble;
      return;
    }
    args->resolve_with = &registry->get();
    outcome.exit_code = run_parse(*args);
  });
}

}  // namespace mseg::cli
