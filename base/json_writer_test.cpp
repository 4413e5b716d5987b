#include "base/json_writer.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace mseg;

namespace {

// Writes a document exercising every kind of value; `big` is a string longer
// than the writer's buffer, so it must bypass it without reordering text.
void write_sample(JsonWriter& w, const std::string& big) {
  w.begin_object();
  w.field("text", "a\"b\\c\n\t\x01\u2019");
  w.key("spans");
  w.begin_array();
  for (std::uint64_t i = 0; i < 3; ++i) w.numbers_object({{"line", i}, {"offset", i * 1000000007ULL}});
  w.end_array();
  w.field("big", big);
  w.field("none", std::optional<int>());
  w.field("yes", true);
  w.field("negative", -42);
  std::string runtime_key = "quote\"d";
  w.field(runtime_key, 1);
  w.key("empty");
  w.begin_array();
  w.end_array();
  w.field("owners", std::vector<std::string>{"Australia", "Viet \"Nam\""});
  w.field("no_owners", std::vector<std::string>{});
  w.end_object();
}

}  // namespace

TEST_CASE("json writer: pretty and compact text are what nlohmann::json would write") {
  std::string big(20000, 'x');
  for (std::size_t i = 0; i < big.size(); i += 97) big[i] = '"';  // escapes across the whole string
  for (const bool pretty : {true, false}) {
    CAPTURE(pretty);
    std::string out = "prefix ";
    {
      JsonWriter w(out, pretty);
      write_sample(w, big);
      // The text is in `out` as soon as the top-level value is closed.
      REQUIRE(out.starts_with("prefix {"));
      REQUIRE(out.back() == '}');
    }
    const std::string text = out.substr(7);
    const auto parsed = nlohmann::ordered_json::parse(text);
    CHECK(text == (pretty ? parsed.dump(2) : parsed.dump()));
    CHECK(parsed["big"] == big);
    CHECK(parsed["spans"][2]["offset"] == 2000000014ULL);
    CHECK(parsed["quote\"d"] == 1);
    CHECK(parsed["owners"] == nlohmann::ordered_json::array({"Australia", "Viet \"Nam\""}));
    CHECK(parsed["no_owners"] == nlohmann::ordered_json::array());
  }
}

TEST_CASE("json writer: streamed pieces add up to the whole text, in order") {
  std::string big(5000, 'y');
  const auto write_all = [&](JsonWriter& w) {
    w.begin_array();
    for (int i = 0; i < 5; ++i) write_sample(w, big);
    w.end_array();
  };
  std::string whole;
  {
    JsonWriter w(whole, false);
    write_all(w);
  }
  std::string streamed, buffer;
  std::size_t pieces = 0;
  {
    JsonWriter w(buffer, false);
    w.stream_to(
        [&](std::string& text) {
          ++pieces;
          streamed += text;
          text.clear();
        },
        64);
    write_all(w);
  }
  streamed += buffer;
  CHECK(pieces >= 2);
  CHECK(streamed == whole);
}

TEST_CASE("json writer: a value written one level deep is the element of the enclosing array") {
  // What `mseg parse` does for a pretty batch: the caller writes the array's
  // framing, a writer at depth 1 each element.
  const std::string big(100, 'z');
  std::string nested = "[\n  ";
  {
    JsonWriter w(nested, true, 1);
    write_sample(w, big);
  }
  nested += ",\n  ";
  {
    JsonWriter w(nested, true, 1);
    w.begin_array();
    w.end_array();
  }
  nested += "\n]";
  std::string whole;
  {
    JsonWriter w(whole, true);
    w.begin_array();
    write_sample(w, big);
    w.begin_array();
    w.end_array();
    w.end_array();
  }
  CHECK(nested == whole);
  CHECK(nested.find("\n    \"text\"") != std::string::npos);  // members at four spaces, not two
}

TEST_CASE("json writer: one writer per line gives JSON Lines") {
  std::string out;
  for (int i = 0; i < 3; ++i) {
    JsonWriter w(out, false);
    w.begin_object();
    w.field("i", i);
    w.end_object();
    out += '\n';  // the writer is still alive: the object must already be in `out`
  }
  CHECK(out == "{\"i\":0}\n{\"i\":1}\n{\"i\":2}\n");
}

TEST_CASE("json writer: escaping agrees with nlohmann::json on 20,000 random strings") {
  // Mostly plain text with a byte to escape here and there, at every offset
  // and length around the 8- and 16-byte blocks the writer copies whole.
  const std::string pieces[] = {"a", "b", " ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", "\u00e9", "\u2019"};
  std::uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(state >> 33);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t length = next() % 70;
    const bool plain = next() % 3 == 0;
    while (s.size() < length) s += plain || next() % 8 != 0 ? pieces[next() % 2] : pieces[next() % std::size(pieces)];
    std::string mine;
    append_json_string(mine, s);
    REQUIRE_MESSAGE(mine == nlohmann::json(s).dump(), "text: ", nlohmann::json(s).dump());
  }
}

TEST_CASE("json writer: bytes that are not UTF-8 become U+FFFD, one per byte, UTF-8 passes unchanged") {
  auto json = [](std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
  };
  CHECK(json("caf\xe9") == "\"caf\xEF\xBF\xBD\"");                           // Latin-1
  CHECK(json("\xe2\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");               // cut short at the end
  CHECK(json("a\xc0\x80z") == "\"a\xEF\xBF\xBD\xEF\xBF\xBDz\"");           // overlong NUL
  CHECK(json("\xed\xa0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate
  CHECK(json("\xf4\x90\x80\x80").find("\xEF\xBF\xBD") != std::string::npos);  // above U+10FFFF
  CHECK(json("\u2019\U0001F600\u00e9") == "\"\u2019\U0001F600\u00e9\"");
  // Long strings go through in slices: a character across a slice boundary stays whole.
  for (std::size_t pad = 0; pad < 4; ++pad) {
    std::string s(4094 + pad, 'x');
    for (int k = 0; k < 10; ++k) s += "\u2019\U0001F600";
    CHECK(json(s) == "\"" + s + "\"");
  }
  // Whatever the bytes, the result is JSON that a strict reader takes.
  std::uint64_t state = 99;
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const std::size_t length = (state = state * 6364136223846793005ULL + 1) >> 58;
    while (s.size() < length) s.push_back(static_cast<char>((state = state * 6364136223846793005ULL + 1) >> 56));
    const std::string out = json(s);
    CHECK(nlohmann::json::accept(out));
  }
}
