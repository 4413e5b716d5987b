// mseg parse: text plans in, plan JSON out.
#include <mseg/load.hpp>
#include <mseg/parse.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>

#include "base/json_writer.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "option_checks.hpp"
#include "registry_file.hpp"
#include "schema/internal/plan_json_write.hpp"
#include "convert_to_docx.hpp"

namespace mseg::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> files;
  std::string format = "json";
  bool compact = false;
  bool array = false;  // an array even for one file
  std::string output = "-";
  std::uint64_t max_bytes = kDefaultMaxBytes;
  unsigned jobs = 0;  // 0: one per core
  unsigned threads = 0;  // ParseOptions::threads: 1 when the batch's workers fill the cores
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
    warn_if_layout_unused(file, bytes);
    // Plan JSON given back to parse would be read as a text plan with no table.
    if (looks_like_json(bytes))
      return fmt::format("{}: is JSON (plan JSON already?), not a text plan; query, validate and diff read plan JSON "
                         "as it is, one plan, an array or JSON Lines",
                         file);
    ParseOptions options{file, args.resolve_with};
    options.max_inflated = args.max_bytes;
    options.threads = args.threads;
    options.fixes = false;  // plan JSON writes no repairs: validate --fix makes them
    const std::optional<Converted> doc = convert_to_docx(bytes);
    if (doc) {
      options.converted_from = doc->format;
      options.original = doc->original;
    }
    JsonPlanSink sink(w);
    options.layout = chosen_layout();
    parse_plan(bytes, options, sink);
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
// JSON and framing, so the batch scales with cores; this thread writes each
// plan to `out` as soon as it and all before it are done, and frees it. A
// worker starts a file only within `jobs + 2` of the next one to write, so
// at most that many plans are held however long the batch (one slow file
// holds the others back rather than letting them pile up). Returns whether
// every input was read; the output is whole only then (the caller commits).
bool parse_batch(const ParseArgs& args, bool jsonl, bool pretty, unsigned jobs, Output& out, bool& has_errors) {
  const std::size_t count = args.files.size();
  const std::size_t window = std::size_t{jobs} + 2;
  std::vector<Result> results(count);
  std::vector<char> done(count, 0);
  std::size_t next = 0;     // the next file a worker takes
  std::size_t written = 0;  // the files this thread has written (or reported)
  bool stop = false;        // this thread gave up (a write error): workers end
  std::mutex mutex;
  std::condition_variable changed;
  Progress progress(count);

  auto produce = [&](std::size_t i) {
    Result r;
    // Nothing may escape a worker: std::terminate would abort the run.
    try {
      // jsonl: one plan per line. Otherwise one array: "[" or "," before
      // each plan, "]" after the last.
      const bool last = i + 1 == count;
      if (!jsonl) r.json = i == 0 ? "[" : ",";
      if (pretty) r.json += "\n  ";
      {
        // A pretty plan sits one level deep, inside the array (jsonl is never pretty).
        JsonWriter w(r.json, pretty, 1);
        r.error = parse_into(args.files[i], args, w, r.has_errors);
      }
      if (jsonl) r.json += '\n';
      else if (last) r.json += pretty ? "\n]\n" : "]\n";
    } catch (const std::exception& e) {
      std::string().swap(r.json);
      r.error = fmt::format("{}: {}", args.files[i], dynamic_cast<const std::bad_alloc*>(&e) ? "out of memory" : e.what());
    }
    return r;
  };
  // After an unreadable input nothing more is written (the output will not
  // be committed), but every input is still read, so each failure is named.
  bool readable = true;
  auto consume = [&](Result& r) {
    if (!r.error.empty()) {
      print_error(r.error);
      readable = false;
    } else if (readable) {
      out.write(r.json);
      has_errors = has_errors || r.has_errors;
    }
    std::string().swap(r.json);
  };

  auto work = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || next >= count || next < written + window; });
        if (stop || next >= count) return;
        i = next++;
      }
      Result r = produce(i);
      std::lock_guard lock(mutex);
      results[i] = std::move(r);
      done[i] = 1;
      changed.notify_all();
    }
  };
  std::vector<std::thread> workers;
  if (jobs > 1) {
    // When the system refuses a thread (a memory or process limit), those
    // started do the work, or this thread alone.
    workers.reserve(jobs);
    for (unsigned k = 0; k < jobs; ++k) {
      try {
        workers.emplace_back(work);
      } catch (const std::system_error& e) {
        print_warning(fmt::format("could start only {} of {} parse workers ({}); parsing with {}", k, jobs,
                                  e.code().message(), std::max(k, 1u)));
        break;
      }
    }
  }
  if (workers.empty()) {
    for (std::size_t i = 0; i < count; ++i) {
      Result r = produce(i);
      consume(r);
      progress.show(i + 1);
    }
    return readable;
  }
  try {
    for (std::size_t i = 0; i < count; ++i) {
      Result r;
      {
        std::unique_lock lock(mutex);
        while (!done[i]) {
          changed.wait_for(lock, std::chrono::milliseconds(200));
          progress.show(written);
        }
        r = std::move(results[i]);
      }
      consume(r);  // outside the lock: workers go on meanwhile
      std::lock_guard lock(mutex);
      ++written;
      changed.notify_all();
    }
  } catch (...) {
    // A write error: the workers must end before their threads are destroyed.
    {
      std::lock_guard lock(mutex);
      stop = true;
      changed.notify_all();
    }
    for (auto& t : workers) t.join();
    throw;
  }
  for (auto& t : workers) t.join();
  return readable;
}

int run_parse(ParseArgs args) {
  if (args.files.empty()) args.files = stdin_or_refuse();
  refuse_output_onto_inputs(args.output, args.files);
  bool jsonl = args.format == "jsonl";
  bool pretty = !args.compact && !jsonl;
  if (args.array && jsonl) throw CliError("--array: only for --format json (jsonl is one plan per line)");

  if (args.files.size() == 1 && !args.array) {
    // One plan may be large: its JSON goes to the output in pieces as it is
    // read, never held whole in memory. Unreadable input is refused before
    // anything is written; an output file is renamed into place, and stdout
    // receives the plan, only once it is whole (Output).
    Output out(args.output);
    std::string buffer;
    bool errors = false;
    {
      JsonWriter w(buffer, pretty);
      w.stream_to(out.sink());
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

  // More workers than files, or than twice the cores, would only hold more
  // plans in memory at once.
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned jobs = args.jobs != 0 ? std::min(args.jobs, 2 * cores) : cores;
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, args.files.size()));
  // Output is all or nothing: a batch with an unreadable input writes no
  // file (the temporary holding what was written is removed) and nothing on
  // stdout (Output holds it back until commit()).
  Output out(args.output);
  bool has_errors = false;
  // A PDF's second thread only where every worker can have one without outnumbering the cores.
  if (2 * jobs > cores) args.threads = 1;
  if (!parse_batch(args, jsonl, pretty, jobs, out, has_errors)) return kTrouble;
  out.commit();
  if (has_errors) return kFound;
  return kOk;
}

}  // namespace

void add_parse_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<ParseArgs>();
  auto* cmd = app.add_subcommand("parse", "Read work plans (text, .docx, .pdf, .doc) and print them as plan JSON");
  cmd->add_option("FILE", args->files, "Plans to read (text, .docx, .pdf, .doc); '-' or none reads standard input")->type_name("FILE");
  cmd->add_option("--format", args->format,
                  "json: one plan, or an array for several (--array: always an array); "
                  "jsonl: one compact plan per line, whatever the count")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"json", "jsonl"}))
      ->capture_default_str();
  cmd->add_flag("--array", args->array, "Print an array of plans even for one file (the same shape for any count)");
  cmd->add_flag("--compact", args->compact, "Print JSON on one line instead of indented");
  add_output_option(cmd, args->output);
  add_max_bytes_option(cmd, args->max_bytes, "Refuse inputs larger than this many bytes (exit 2)");
  cmd->add_option("-j,--jobs", args->jobs,
                  "Parse this many files at once (default: one per core; at most twice the cores); "
                  "output keeps the input order")
      ->type_name("N")
      ->transform(decimal_count())
      ->check(CLI::Range(1u, 1024u).description("1 to 1024"));
  add_registry_option(cmd, args->registry);
  add_layout_option(cmd);
  cmd->footer(
      "Examples:\n"
      "  mseg parse samples/mseg-workplan-2006-hanoi.txt\n"
      "  mseg parse --compact plan.txt | jq '.sections[].actions[].text'\n"
      "  mseg parse --format jsonl plans/*.txt > plans.jsonl   # one plan a line, for any count\n"
      "  mseg query --owner Japan plans.jsonl\n"
      "  mseg parse --jobs 4 --format jsonl archive/*.txt -o archive.jsonl\n"
      "  cat plan.txt | mseg parse - -o plan.json\n"
      "\n"
      "Forms, told apart by their first bytes, never the file's name (source.format):\n"
      "  .docx  PK\\x03\\x04 with word/document.xml: Word's own table\n"
      "  .pdf   %PDF-: the words on each page, put back in the table by position\n"
      "  .doc   D0 CF 11 E0 (Word 97): converted by LibreOffice (soffice on PATH), else exit 2\n"
      "  .odt   PK\\x03\\x04 holding OpenDocument text's mimetype: likewise\n"
      "  text   anything else, read in the layout its lines show (source.layout; --layout overrides):\n"
      "         tab-cells (Word's text export), side-by-side (pdftotext -layout), column-blocks\n"
      "         (text copied from a PDF viewer), markdown (a pipe table), tsv and csv (a row a\n"
      "         line, cells between tabs or commas, as a spreadsheet saves them); docs/format.md\n"
      "\n"
      "For scripts, --format jsonl or --array give the same shape for one file as for many.\n"
      "A batch on a terminal shows its progress on stderr once it takes over a second.\n"
      "Exit status: 0 parsed; 1 parsed, with error diagnostics; 2 usage error, unreadable input\n"
      "(missing, a directory, binary, larger than --max-bytes) or an output that cannot be written.");
  cmd->callback([args, &outcome] {
    if (outcome.dry_run) return;
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
