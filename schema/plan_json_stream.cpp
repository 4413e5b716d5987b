// Reading plan JSON text one section at a time (plan_from_json_text): nlohmann's
// SAX events build the document except the sections, each read into the model
// as soon as it is complete.
#include <mseg/plan_json.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <new>

#include "plan_json_keys.hpp"
#include "plan_json_reader.hpp"

namespace mseg {

using plan_json_detail::Reader;
using plan_json_detail::json_schema_problem;
using plan_json_detail::read_plan;
using nlohmann::json;

namespace {

// nlohmann's SAX events built into a DOM, as json::parse would, except that
// each element of the top-level "sections" array is built on its own, read
// into the model at once and dropped: the document is never held whole (a
// plan of 100,000 actions took 700 MB as one DOM).
class SectionStreamer {
 public:
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  SectionStreamer(Reader& reader, Reader::Sections& out) : reader_(reader), out_(out) {}

  json document;              // everything but the sections' elements
  bool streamed = false;      // "sections" was an array, read element by element
  std::vector<Diagnostic> duplicates;  // keys given twice in one object

  bool null() { return value(nullptr); }
  bool boolean(bool v) { return value(v); }
  bool number_integer(number_integer_t v) { return value(v); }
  bool number_unsigned(number_unsigned_t v) { return value(v); }
  bool number_float(number_float_t v, const string_t&) { return value(v); }
  bool string(string_t& v) { return value(std::move(v)); }
  bool binary(binary_t& v) { return value(json::binary_t(std::move(v))); }
  bool start_object(std::size_t) {
    push_frame(false);
    stack_.push_back(place(json::value_t::object));
    return true;
  }
  bool key(string_t& k) {
    json& object = *stack_.back();
    frames_.back().key = k;
    if (object.contains(k)) {
      // JSON readers disagree on which of two equal keys counts (nlohmann and
      // Python take the last, others the first): refused, not guessed.
      duplicates.push_back(json_schema_problem(pointer(), fmt::format("duplicate key \"{}\" in one object", k)));
    }
    sections_next_ = stack_.size() == 1 && k == plan_key::sections;
    if (sections_next_ && streamed) {
      // A repeated "sections": the last one counts, as in json::parse.
      streamed = false;
      out_ = Reader::Sections{};
      index_ = 0;
    }
    slot_ = &object[k];
    return true;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t) {
    push_frame(true);
    const bool sections = sections_next_;
    stack_.push_back(place(json::value_t::array));
    if (sections) {
      sections_ = stack_.back();
      streamed = true;
    }
    return true;
  }
  bool end_array() { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    // Thrown as json::parse throws them, so callers handle both alike.
    if (const auto* p = dynamic_cast<const json::parse_error*>(&e)) throw *p;
    if (const auto* o = dynamic_cast<const json::out_of_range*>(&e)) throw *o;
    throw json::other_error::create(501, e.what(), nullptr);
  }

 private:
  // Where a new value goes; an element of "sections" gets a fresh root.
  template <typename V>
  json* place(V&& v) {
    sections_next_ = false;
    if (stack_.empty()) {
      document = json(std::forward<V>(v));
      return &document;
    }
    if (stack_.back() == sections_) {
      element_ = json(std::forward<V>(v));
      return &element_;
    }
    if (stack_.back()->is_array()) {
      stack_.back()->emplace_back(std::forward<V>(v));
      return &stack_.back()->back();
    }
    *slot_ = json(std::forward<V>(v));
    return slot_;
  }
  template <typename V>
  bool value(V&& v) {
    if (place(std::forward<V>(v)) == &element_) finish_section();
    count_value();
    return true;
  }
  // Where the reader is, for the pointer of a duplicate key: the key or the
  // index within each open container.
  struct Frame {
    bool array;
    std::size_t index = 0;
    std::string key;
  };
  void push_frame(bool array) { frames_.push_back({array, 0, {}}); }
  void count_value() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
  }
  std::string pointer() const {
    std::string p;
    for (const Frame& f : frames_) p += "/" + (f.array ? std::to_string(f.index) : json_pointer::token(f.key));
    return p;
  }
  bool close() {
    const json* done = stack_.back();
    stack_.pop_back();
    frames_.pop_back();
    count_value();
    if (done == &element_) finish_section();
    if (done == sections_) sections_ = nullptr;
    return true;
  }
  void finish_section() {
    const std::string pointer = std::string("/") + plan_key::sections + "/" + std::to_string(index_++);
    out_.sections.push_back(reader_.section(element_, pointer));
    for (auto& p : reader_.problems) out_.problems.push_back(std::move(p));
    reader_.problems.clear();
    element_ = nullptr;
  }

  Reader& reader_;
  Reader::Sections& out_;
  std::vector<json*> stack_;      // the open objects and arrays, innermost last
  std::vector<Frame> frames_;     // beside stack_
  json* slot_ = nullptr;          // the member the last key named
  bool sections_next_ = false;    // the last key was the top-level "sections"
  json* sections_ = nullptr;      // the top-level "sections" array while it is open
  json element_;                  // the element of "sections" being built
  std::size_t index_ = 0;
};

}  // namespace

PlanReading plan_from_json_text(std::string_view text) {
  Reader r;
  Reader::Sections sections;
  // Out of memory, the documents built so far are left to the process's end, not freed: nlohmann frees a document
  // through a vector it allocates, and that allocation failing inside a destructor, while std::bad_alloc unwinds,
  // is std::terminate (a review's finding: exit 134 under a memory limit a few MB wide). A library caller that
  // lives on after std::bad_alloc loses that memory.
  auto streamer = std::make_unique<SectionStreamer>(r, sections);
  try {
    // nlohmann's exceptions stay inside the library: the caller gets JsonSyntaxError.
    try {
      json::sax_parse(text.begin(), text.end(), streamer.get(), json::input_format_t::json, true, false);
    } catch (const json::parse_error& e) {
      throw JsonSyntaxError(e.what(), e.byte, true);
    } catch (const json::exception& e) {
      throw JsonSyntaxError(e.what(), 0, false);
    }
    if (streamer->streamed) r.streamed_sections = &sections;
    r.problems = std::move(streamer->duplicates);
    return read_plan(r, streamer->document);
  } catch (const std::bad_alloc&) {
    (void)streamer.release();
    throw;
  }
}

}  // namespace mseg
