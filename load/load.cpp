#include <mseg/load.hpp>

#include <mseg/diagnostics.hpp>

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "base/bom.hpp"
#include "base/json_pointer.hpp"
#include "base/sha256.hpp"
#include "base/utf8.hpp"

namespace mseg {

bool looks_like_json(std::string_view bytes) {
  for (char c : bom::skip_utf8(bytes)) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{' || c == '[';
  }
  return false;
}

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Sets line, column and end column of every place from its offset and length,
// in one pass over the text however many places there are. Lines end at \n,
// \r\n or \r, as in text plans; columns count characters, and a leading BOM
// is not one.
void locate(std::string_view text, std::vector<JsonPlace*>& places) {
  std::stable_sort(places.begin(), places.end(),
                   [](const JsonPlace* a, const JsonPlace* b) { return a->offset < b->offset; });
  auto is_char = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  std::size_t i = bom::starts_utf8(text) ? bom::kUtf8.size() : 0;
  std::uint32_t line = 1, column = 1;
  for (JsonPlace* p : places) {
    const std::size_t at = std::min<std::size_t>(p->offset, text.size());
    for (; i < at; ++i) {
      const char c = text[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        ++line;
        column = 1;
      } else if (c != '\r' && is_char(c)) {
        ++column;
      }
    }
    p->line = line;
    p->column = column;
    std::uint32_t chars = 0;
    const std::size_t end = std::min<std::size_t>(at + p->length, text.size());
    for (std::size_t k = at; k < end; ++k) chars += is_char(text[k]) ? 1 : 0;
    p->end_column = column + std::max<std::uint32_t>(chars, 1);
  }
}

// A json-syntax error at byte `at` of `text` (one character, or none at its end), placed by line and column.
Diagnostic syntax_problem(std::string_view text, std::string message, std::uint64_t at) {
  JsonPlace place{at, at < text.size() ? 1u : 0u, 0, 0, 0};
  std::vector<JsonPlace*> places{&place};
  locate(text, places);
  return make_diagnostic(DiagnosticCode::json_syntax, std::move(message), span_of(place));
}

// Offset of the first bracket that opens a container deeper than kMaxJsonDepth,
// found without parsing so that no recursive code ever sees such input.
std::optional<std::size_t> too_deep(std::string_view text) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) return i;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

std::optional<std::uint32_t> hex4(std::string_view s, std::size_t at) {
  if (at + 4 > s.size()) return std::nullopt;
  std::uint32_t v = 0;
  for (std::size_t k = at; k < at + 4; ++k) {
    const char c = s[k];
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f')
      v |= static_cast<std::uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      v |= static_cast<std::uint32_t>(c - 'A' + 10);
    else
      return std::nullopt;
  }
  return v;
}

// Reads the string starting at text[i] == '"' as a pointer token (unescaped,
// then '~' and '/' escaped as RFC 6901 asks); returns the offset after it.
std::size_t read_key(std::string_view text, std::size_t i, std::string& token) {
  std::string key;
  for (++i; i < text.size() && text[i] != '"'; ++i) {
    if (text[i] != '\\' || i + 1 >= text.size()) {
      key.push_back(text[i]);
      continue;
    }
    const char e = text[++i];
    switch (e) {
      case 'b':
        key.push_back('\b');
        break;
      case 'f':
        key.push_back('\f');
        break;
      case 'n':
        key.push_back('\n');
        break;
      case 'r':
        key.push_back('\r');
        break;
      case 't':
        key.push_back('\t');
        break;
      case 'u': {
        auto cp = hex4(text, i + 1);
        if (!cp) break;
        i += 4;
        if (*cp >= 0xD800 && *cp < 0xDC00 && i + 2 < text.size() && text[i + 1] == '\\' && text[i + 2] == 'u') {
          if (auto lo = hex4(text, i + 3); lo && *lo >= 0xDC00 && *lo < 0xE000) {
            *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*lo - 0xDC00);
            i += 6;
          }
        }
        utf8::append(key, *cp);
        break;
      }
      default:
        key.push_back(e);  // \" \\ \/
    }
  }
  token.clear();
  json_pointer::append_token(token, key);
  return i + 1;
}

// Offset after the number or literal (true, false, null) starting at text[i].
std::size_t scalar_end(std::string_view text, std::size_t i) {
  while (i < text.size() && !is_ws(text[i]) && text[i] != ',' && text[i] != ']' && text[i] != '}') ++i;
  return i;
}

std::size_t skip_string(std::string_view text, std::size_t i) {
  for (++i; i < text.size() && text[i] != '"'; ++i)
    if (text[i] == '\\') ++i;
  return i + 1;
}

// The [begin, end) offsets of the values at depth 0 from `from` on (several
// for JSON Lines), found by brackets and strings alone; a value that never
// closes ends the text.
std::vector<std::pair<std::size_t, std::size_t>> top_level_values(std::string_view text, std::size_t from) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t depth = 0, begin = 0;
  for (std::size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      if (depth == 0) begin = i;
      i = skip_string(text, i) - 1;
      if (depth == 0) out.emplace_back(begin, std::min(i + 1, text.size()));
    } else if (c == '{' || c == '[') {
      if (depth++ == 0) begin = i;
    } else if (c == '}' || c == ']') {
      if (depth > 0 && --depth == 0) out.emplace_back(begin, i + 1);
    } else if (depth == 0 && !is_ws(c)) {
      const std::size_t end = scalar_end(text, i);
      out.emplace_back(i, std::max(end, i + 1));
      i = std::max(end, i + 1) - 1;
    }
  }
  if (depth > 0) out.emplace_back(begin, text.size());
  return out;
}

// The [begin, end) offsets of the elements of the array text[open, close),
// each an object; empty when anything else is there (a stray or missing
// comma, a scalar, an unclosed array), which the one-plan reader then reports.
std::vector<std::pair<std::size_t, std::size_t>> array_elements(std::string_view text, std::size_t open,
                                                                std::size_t close) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (close == 0 || text[close - 1] != ']') return {};
  enum class Want { value_or_end, value, comma_or_end } want = Want::value_or_end;
  for (std::size_t i = open + 1; i + 1 < close; ++i) {
    const char c = text[i];
    if (is_ws(c)) continue;
    if (want == Want::comma_or_end) {
      if (c != ',') return {};
      want = Want::value;
      continue;
    }
    if (c != '{') return {};
    const std::size_t begin = i;
    std::size_t depth = 0;
    for (; i + 1 < close; ++i) {
      if (text[i] == '"') {
        i = skip_string(text, i) - 1;
      } else if (text[i] == '{' || text[i] == '[') {
        ++depth;
      } else if (text[i] == '}' || text[i] == ']') {
        if (--depth == 0) break;
      }
    }
    if (depth != 0) return {};
    out.emplace_back(begin, i + 1);
    want = Want::comma_or_end;
  }
  if (want == Want::value) return {};
  return out;
}

}  // namespace

namespace {

// One pass over JSON text, keeping the pointer of the value being read in `path`: each open container
// remembers the path length it started at, so leaving it is a resize. A step returns false where the text
// stops being JSON this walk reads.
class PointerWalk {
 public:
  PointerWalk(std::string_view text, std::unordered_map<std::string_view, std::vector<std::size_t>>& wanted,
              std::size_t longest, std::vector<std::optional<JsonPlace>>& found)
      : text_(text), n_(text.size()), wanted_(wanted), longest_(longest), found_(found) {
    i_ = bom::starts_utf8(text) ? bom::kUtf8.size() : 0;
  }

  // Walks until every wanted pointer is found or the text ends; returns the places filled.
  std::vector<JsonPlace*> run() {
    while (!wanted_.empty()) {
      skip_ws();
      if (i_ >= n_) break;
      const bool go_on = state_ == State::value                                             ? value()
                         : state_ == State::first_member || state_ == State::member ? member()
                                                                                      : after_value();
      if (!go_on) break;
    }
    return std::move(places_);
  }

 private:
  struct Frame {
    bool object;
    std::size_t index;
    std::size_t base;
  };
  enum class State { value, first_member, member, after_value };

  void skip_ws() {
    while (i_ < n_ && is_ws(text_[i_])) ++i_;
  }

  // The value at path_: recorded if wanted, then entered (a container) or skipped.
  bool value() {
    if (path_.size() <= longest_) {
      if (auto it = wanted_.find(path_); it != wanted_.end()) {
        JsonPlace place;
        place.offset = i_;
        const char c = text_[i_];
        const std::size_t end = c == '"' ? skip_string(text_, i_) : c == '{' || c == '[' ? i_ + 1 : scalar_end(text_, i_);
        place.length = std::min(end, text_.size()) - i_;
        for (std::size_t k : it->second) {
          found_[k] = place;
          places_.push_back(&*found_[k]);
        }
        wanted_.erase(it);
      }
    }
    const char c = text_[i_];
    if (c == '{' || c == '[') {
      frames_.push_back({c == '{', 0, path_.size()});
      ++i_;
      if (c == '{') {
        state_ = State::first_member;
      } else {
        skip_ws();
        if (i_ < n_ && text_[i_] == ']') {
          ++i_;
          frames_.pop_back();
          state_ = State::after_value;
        } else {
          path_ += "/0";
        }
      }
    } else {
      i_ = c == '"' ? skip_string(text_, i_) : scalar_end(text_, i_);
      state_ = State::after_value;
    }
    return true;
  }

  // An object's next key (or, first, its closing brace).
  bool member() {
    if (state_ == State::first_member && text_[i_] == '}') {
      ++i_;
      frames_.pop_back();
      state_ = State::after_value;
      return true;
    }
    if (text_[i_] != '"') return false;
    i_ = read_key(text_, i_, token_);
    skip_ws();
    if (i_ >= n_ || text_[i_] != ':') return false;
    ++i_;
    path_.resize(frames_.back().base);
    path_ += '/';
    path_ += token_;
    state_ = State::value;
    return true;
  }

  // After a value: a comma (the next member or element) or the container's end.
  bool after_value() {
    if (frames_.empty()) return false;
    Frame& f = frames_.back();
    const char c = text_[i_++];
    if (c == ',') {
      if (f.object) {
        state_ = State::member;
      } else {
        path_.resize(f.base);
        path_ += '/';
        path_ += std::to_string(++f.index);
        state_ = State::value;
      }
      return true;
    }
    if (c != (f.object ? '}' : ']')) return false;
    path_.resize(f.base);
    frames_.pop_back();
    return true;
  }

  std::string_view text_;
  std::size_t n_, i_ = 0;
  std::unordered_map<std::string_view, std::vector<std::size_t>>& wanted_;
  std::size_t longest_;
  std::vector<std::optional<JsonPlace>>& found_;
  std::vector<JsonPlace*> places_;
  std::vector<Frame> frames_;
  std::string path_, token_;
  State state_ = State::value;
};

}  // namespace

std::vector<std::optional<JsonPlace>> find_json_pointers(std::string_view text,
                                                         const std::vector<std::string>& pointers) {
  std::vector<std::optional<JsonPlace>> found(pointers.size());
  std::unordered_map<std::string_view, std::vector<std::size_t>> wanted;
  std::size_t longest = 0;
  for (std::size_t k = 0; k < pointers.size(); ++k) {
    wanted[pointers[k]].push_back(k);
    longest = std::max(longest, pointers[k].size());
  }
  if (wanted.empty()) return found;
  std::vector<JsonPlace*> places = PointerWalk(text, wanted, longest, found).run();
  locate(text, places);
  return found;
}

LoadedPlan load_plan(std::string_view bytes, const std::string& path, const cite::Registry* registry,
                     std::string_view layout, bool keep_source_text, bool warnings) {
  LoadedPlan out;
  if (!looks_like_json(bytes)) {
    ParseOptions options{path, registry, std::string(layout)};
    options.warnings = warnings;
    options.fixes = warnings;  // repairs are validate's, which reads warnings; query, diff and history read neither
    out.plan = keep_source_text ? parse_plan(bytes, options, out.source_text) : parse_plan(bytes, options);
    return out;
  }
  out.from_json = true;
  if (auto deep = too_deep(bytes)) {
    out.json_problems.push_back(syntax_problem(
        bytes, "malformed JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels (plan JSON is about 8 deep)",
        *deep));
    return out;
  }
  PlanReading reading;
  try {
    reading = plan_from_json_text(bytes);
  } catch (const JsonSyntaxError& e) {
    const std::string what = e.what();
    if (e.known) {
      // nlohmann's message starts "[json.exception.parse_error.101] parse error at line 1, column 5: ".
      auto colon = what.find(": ", what.find("parse error"));
      const std::uint64_t at = std::min<std::uint64_t>(e.byte == 0 ? 0 : e.byte - 1, bytes.size());
      out.json_problems.push_back(
          syntax_problem(bytes, "malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)), at));
      return out;
    }
    // Not a syntax error but a value nlohmann cannot hold, e.g. out_of_range 406
    // "number overflow parsing '1e999'": point at that token when it can be found.
    auto bracket = what.find("] ");
    std::uint64_t at = 0;
    auto open = what.find('\'');
    auto close = open == std::string::npos ? std::string::npos : what.find('\'', open + 1);
    if (close != std::string::npos && close > open + 1) {
      auto found = bytes.find(std::string_view(what).substr(open + 1, close - open - 1));
      if (found != std::string_view::npos) at = found;
    }
    out.json_problems.push_back(syntax_problem(
        bytes, "malformed JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)), at));
    return out;
  }
  if (!reading.problems.empty()) {
    std::vector<std::string> pointers;
    pointers.reserve(reading.problems.size());
    for (const auto& p : reading.problems) pointers.push_back(p.pointer);
    auto places = find_json_pointers(bytes, pointers);
    for (std::size_t k = 0; k < reading.problems.size(); ++k) {
      if (places[k]) reading.problems[k].span = span_of(*places[k]);
      out.json_problems.push_back(std::move(reading.problems[k]));
    }
  }
  if (reading.plan) out.plan = std::move(*reading.plan);
  return out;
}

std::vector<LoadedPlan> load_plans(std::string_view bytes, const std::string& path, const cite::Registry* registry,
                                   std::string_view layout, bool keep_source_text, bool warnings) {
  std::vector<LoadedPlan> out;
  if (!looks_like_json(bytes)) {
    out.push_back(load_plan(bytes, path, registry, layout, keep_source_text, warnings));
    return out;
  }
  const std::size_t first = bom::starts_utf8(bytes) ? bom::kUtf8.size() : 0;
  auto pieces = top_level_values(bytes, first);
  bool array = false;
  if (pieces.size() == 1 && bytes[pieces[0].first] == '[') {
    const auto [open, close] = pieces[0];
    // "[]": the array of no plans.
    if (close - open >= 2 && bytes[close - 1] == ']' &&
        std::all_of(bytes.begin() + static_cast<std::ptrdiff_t>(open + 1),
                    bytes.begin() + static_cast<std::ptrdiff_t>(close - 1), is_ws))
      return out;
    array = true;
    pieces = array_elements(bytes, open, close);
  }
  // JSON Lines of plans hold objects only.
  if (std::any_of(pieces.begin(), pieces.end(), [&](const auto& p) { return bytes[p.first] != '{'; })) pieces.clear();
  // One object, or text that does not split into plans: the one-plan reader says what is wrong.
  if (pieces.empty() || (!array && pieces.size() == 1)) {
    out.push_back(load_plan(bytes, path, registry));
    return out;
  }
  std::vector<JsonPlace> starts(pieces.size());
  std::vector<JsonPlace*> places;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    starts[k].offset = pieces[k].first;
    starts[k].length = pieces[k].second - pieces[k].first;
    places.push_back(&starts[k]);
  }
  locate(bytes, places);
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const auto [begin, end] = pieces[k];
    LoadedPlan loaded = load_plan(bytes.substr(begin, end - begin), path, registry);
    loaded.within = starts[k];
    if (array) loaded.pointer = "/" + std::to_string(k);
    // From the plan's own text to the whole file's: pointers under the array's index, places shifted.
    for (auto& problem : loaded.json_problems) {
      if (array && problem.code != "json-syntax") problem.pointer = "/" + std::to_string(k) + problem.pointer;
      Span& at = problem.span;
      if (at.line == 0) continue;  // not found in the text
      at.offset += begin;
      if (at.line == 1) {
        at.column += starts[k].column - 1;
        at.end_column += starts[k].column - 1;
      }
      at.line += starts[k].line - 1;
      at.end_line = at.line;
    }
    out.push_back(std::move(loaded));
  }
  return out;
}

Span span_of(const JsonPlace& p) { return Span{p.line, p.column, p.line, p.end_column, p.offset, p.length}; }

std::optional<std::string> first_json_problem(const LoadedPlan& loaded) {
  if (loaded.json_problems.empty()) return std::nullopt;
  const Diagnostic& problem = loaded.json_problems.front();
  const std::string which = loaded.within ? "plan at line " + std::to_string(loaded.within->line) + ": " : "";
  if (!problem.pointer.empty()) return which + problem.pointer + ": " + problem.message;
  if (problem.span.line > 0)
    return which + "line " + std::to_string(problem.span.line) + ", column " + std::to_string(problem.span.column) +
           ": " + problem.message;
  return which + problem.message;
}

void mark_converted(Plan& plan, std::string_view form, std::string_view original) {
  plan.source.format = std::string(form);
  plan.source.sha256 = sha256_hex(original);
  plan.source.bytes = original.size();
}

namespace {

// "plan at line L: " for a plan of several in one file, else nothing.
std::string which_plan(const LoadedPlan& loaded) {
  return loaded.within ? "plan at line " + std::to_string(loaded.within->line) + ": " : "";
}

// " (table 1, row 2, ...)" or " (line 8)", `of` after the place; nothing when the diagnostic has none.
std::string place_of(const Diagnostic& d, const std::string& of = "") {
  if (d.span.place) return " (" + describe(*d.span.place) + of + ")";
  if (d.span.line > 0) return " (line " + std::to_string(d.span.line) + of + ")";
  return "";
}

}  // namespace

std::optional<std::string> error_summary(const LoadedPlan& loaded) {
  std::size_t errors = 0;
  const Diagnostic* first = nullptr;
  for (const Diagnostic& d : loaded.plan.diagnostics) {
    if (d.severity != Severity::error) continue;
    if (!first) first = &d;
    ++errors;
  }
  if (!first) return std::nullopt;
  // Plan JSON carries the diagnostics parse found: placed in the file it was parsed from, not in the JSON.
  // From standard input there is no file to name ("of -"): the text it was parsed from, then.
  const std::string& source = loaded.plan.source.path;
  const std::string of = !loaded.from_json ? ""
                         : source.empty() || source == "-" ? " of the text it was parsed from"
                                                           : " of " + source;
  return which_plan(loaded) + (errors == 1 ? std::string("1 error") : std::to_string(errors) + " errors") +
         " in the plan, the first " + first->code + place_of(*first, of);
}

std::optional<std::string> no_table_problem(const LoadedPlan& loaded) {
  if (!loaded.plan.sections.empty()) return std::nullopt;
  for (const Diagnostic& d : loaded.plan.diagnostics)
    // Where in the plan's own text (a .docx's or .pdf's place, as validate names it), after the reason.
    if (d.code == "no-table") {
      if (!loaded.from_json) return which_plan(loaded) + d.message + place_of(d);
      // Plan JSON records what parse found in its text: the lines named are that text's, not the JSON's (a helper's
      // finding: "notabs.json: ... (line 5)", a line of JSON punctuation).
      const std::string& source = loaded.plan.source.path;
      if (source.empty() || source == "-")
        return which_plan(loaded) + "in the text it was parsed from: " + d.message + place_of(d, " of that text");
      return which_plan(loaded) + "in " + source + ", which it was parsed from: " + d.message +
             place_of(d, " of " + source);
    }
  return std::nullopt;
}

}  // namespace mseg
