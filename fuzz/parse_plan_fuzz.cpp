// Plan parsing from raw bytes: decode, layout readers, table, tags, spans, then
// the JSON writer, whole and section by section.
// Any bytes must give a plan or an InputError, never a crash or a hang.
#include <mseg/parse.hpp>
#include <mseg/plan_json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "schema/internal/plan_json_write.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const mseg::Plan plan = mseg::parse_plan(bytes, mseg::ParseOptions{"fuzz.txt"});
    // Every span must stay inside the original bytes: tools slice files with them.
    for (const auto& d : plan.diagnostics)
      if (d.span.offset + d.span.length > size) __builtin_trap();
    for (const auto& s : plan.sections)
      for (const auto& a : s.actions) {
        if (a.span.offset + a.span.length > size) __builtin_trap();
        for (const auto& t : a.tags)
          if (t.span.offset + t.span.length > size) __builtin_trap();
      }
    // Section by section (as mseg parse writes) must give the very same JSON.
    std::string streamed;
    {
      mseg::JsonWriter w(streamed, false);
      mseg::JsonPlanSink sink(w);
      mseg::parse_plan(bytes, mseg::ParseOptions{"fuzz.txt"}, sink);
      if (sink.has_errors() != mseg::has_errors(plan)) __builtin_trap();
    }
    if (streamed != mseg::to_json(plan, false)) __builtin_trap();
    // Every layout reader, forced, whatever detection would pick: each must
    // keep its spans inside the input too.
    for (const std::string& layout : mseg::layout_names()) {
      const mseg::Plan forced = mseg::parse_plan(bytes, mseg::ParseOptions{"fuzz.txt", nullptr, layout});
      for (const auto& d : forced.diagnostics)
        if (d.span.offset + d.span.length > size) __builtin_trap();
      for (const auto& s : forced.sections) {
        if (s.span.offset + s.span.length > size) __builtin_trap();
        for (const auto& a : s.actions)
          if (a.span.offset + a.span.length > size) __builtin_trap();
      }
    }
  } catch (const mseg::InputError&) {
    // Unreadable input (empty, NUL bytes, broken UTF-16) is an expected answer.
  }
  return 0;
}
