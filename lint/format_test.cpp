#include <mseg/diagnostics.hpp>
#include <mseg/report.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/test_util.hpp"

using namespace mseg;

namespace {
const std::string kHanoi = "samples/mseg-workplan-2006-hanoi.txt";

std::vector<lint::FileReport> hanoi(bool keep_source = true) {
  lint::CheckOptions o;
  o.keep_source = keep_source;
  return {lint::check_plan(test::read_file(kHanoi), kHanoi, o)};
}

lint::FileReport made_up(std::vector<Diagnostic> diags) {
  lint::FileReport r;
  r.path = "a,b:c.txt";
  r.diagnostics = std::move(diags);
  return r;
}
}  // namespace

TEST_CASE("format: text is clang style with the source line, a caret and a summary") {
  const std::string out = lint::format_text(hanoi(), false);
  CHECK(out ==
        "samples/mseg-workplan-2006-hanoi.txt:34:20: warning: '.' separates owner from deadline; expected '/' "
        "[tag-separator]\n"
        "(Canada/Secretariat. September 2006)\n"
        "                   ^\n"
        "1 warning, 0 errors in 1 file\n");
  CHECK(out.find('\x1b') == std::string::npos);
  const std::string colored = lint::format_text(hanoi(), true);
  CHECK(colored.find("\x1b[1;35mwarning:") != std::string::npos);
}

TEST_CASE("format: text keeps tabs in the caret line and cuts very long lines") {
  Diagnostic d{Severity::error, "x", "m", Span{1, 4, 1, 6, 3, 2}};
  lint::FileReport r = made_up({d});
  r.path = "f";
  r.source = lint::SourceLines::from_bytes("\t\tab cd\n");
  CHECK(lint::format_text({r}, false) == "f:1:4: error: m [x]\n\t\tab cd\n\t\t ^~\n0 warnings, 1 error in 1 file\n");

  std::string long_line(10000, 'x');
  long_line[5000] = 'Y';
  r.source = lint::SourceLines::from_bytes(long_line);
  r.diagnostics = {Diagnostic{Severity::warning, "x", "m", Span{1, 5001, 1, 5002, 5000, 1}}};
  const std::string out = lint::format_text({r}, false);
  CHECK(out.size() < 600);
  const auto source = out.find("\n...") + 1;
  const auto caret = out.find('\n', source) + 1;
  CHECK(out[source + (out.find('^', caret) - caret)] == 'Y');
}

TEST_CASE("format: text shows no source line for a diagnostic about text the laid-out plan does not hold") {
  // A PDF's running footer: its span is where it was found in the laid text, which holds another's line.
  Diagnostic d{Severity::note, "page-furniture", "removed: 'Page 2'", Span{1, 1, 1, 1, 0, 0}};
  d.off_text = true;
  static const mseg::Place page = mseg::PdfPlace{2, 72, 800, 40, 10, 0};
  d.span.place = &page;
  lint::FileReport r = made_up({d});
  r.path = "p.pdf";
  r.source = lint::SourceLines::from_bytes("another's line\n");
  CHECK(lint::format_text({r}, false) ==
        "p.pdf:page 2: note: removed: 'Page 2' [page-furniture]\n0 warnings, 0 errors, 1 note in 1 file\n");
  r.diagnostics[0].off_text = false;
  CHECK(lint::format_text({r}, false).find("another's line\n^\n") != std::string::npos);
}

TEST_CASE("format: summary lines count in words") {
  CHECK(lint::summary_line({1, 0, 2, 0}) == "2 warnings, 0 errors in 1 file");
  CHECK(lint::summary_line({3, 1, 1, 2}) == "1 warning, 1 error, 2 notes in 3 files");
}

TEST_CASE("format: json lists each diagnostic with its file, and a summary") {
  auto j = nlohmann::json::parse(lint::format_json(hanoi(false)));
  REQUIRE(j["diagnostics"].size() == 1);
  CHECK(j["diagnostics"][0]["file"] == kHanoi);
  CHECK(j["diagnostics"][0]["severity"] == "warning");
  CHECK(j["diagnostics"][0]["code"] == "tag-separator");
  CHECK(j["diagnostics"][0]["span"]["line"] == 34);
  CHECK(j["summary"] == nlohmann::json{{"files", 1}, {"errors", 0}, {"warnings", 1}, {"notes", 0}});
  auto unplaced =
      nlohmann::json::parse(lint::format_json({made_up({Diagnostic{Severity::error, "json-schema", "m", {}}})}));
  CHECK(unplaced["diagnostics"][0]["span"].is_null());
}

TEST_CASE("format: sarif names every rule in the driver and each result's rule, level and region") {
  auto j = nlohmann::json::parse(lint::format_sarif(hanoi(false)));
  CHECK(j["version"] == "2.1.0");
  const auto& run = j["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "mseg");
  CHECK(run["tool"]["driver"]["rules"].size() == diagnostic_table().size());
  REQUIRE(run["results"].size() == 1);
  const auto& res = run["results"][0];
  CHECK(res["ruleId"] == "tag-separator");
  CHECK(run["tool"]["driver"]["rules"][res["ruleIndex"].get<std::size_t>()]["id"] == "tag-separator");
  CHECK(res["level"] == "warning");
  const auto& region = res["locations"][0]["physicalLocation"]["region"];
  CHECK(region == nlohmann::json{{"startLine", 34}, {"startColumn", 20}, {"endLine", 34}, {"endColumn", 21}});
  CHECK(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == kHanoi);
  auto odd = nlohmann::json::parse(lint::format_sarif({made_up({Diagnostic{Severity::note, "z", "m", {}}})}));
  CHECK(odd["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a%2Cb%3Ac.txt");
  CHECK(odd["runs"][0]["results"][0]["level"] == "note");
  CHECK(!odd["runs"][0]["results"][0].contains("ruleIndex"));
}

TEST_CASE("format: text and github write UTF-8 whatever bytes a message or a line holds") {
  // A JSON library's syntax error quotes the bytes it choked on; a JSON file's line is shown as it is.
  Diagnostic d{Severity::error, "json-syntax", "last read: '\"Plain \xff'", Span{1, 9, 1, 10, 8, 1}};
  lint::FileReport r = made_up({d});
  r.path = "f";
  r.source = lint::SourceLines::from_bytes("\"Plain \x80\xff x\"\n");
  // Each byte that begins no UTF-8 sequence is one character, U+FFFD, as the parser counts it:
  // the caret under column 9 stands under the second.
  CHECK(lint::format_text({r}, false) ==
        "f:1:9: error: last read: '\"Plain \xef\xbf\xbd' [json-syntax]\n"
        "\"Plain \xef\xbf\xbd\xef\xbf\xbd x\"\n"
        "        ^\n"
        "0 warnings, 1 error in 1 file\n");
  CHECK(lint::format_github({r}) == "::error file=f,line=1,col=9,title=json-syntax::last read: '\"Plain \xef\xbf\xbd'\n");
  r.path = "caf\xe9.json";
  CHECK(lint::format_github({r}).starts_with("::error file=caf\xef\xbf\xbd.json,"));
}

TEST_CASE("format: a long line of stray continuation bytes is cut after the marked one, not before it") {
  const std::string line = "{\"schema_version\": 1, \"title\": \"" + std::string(300, '\x80') + "\"}";
  lint::FileReport r = made_up({Diagnostic{Severity::error, "json-syntax", "m", Span{1, 33, 1, 34, 32, 1}}});
  r.path = "f";
  r.source = lint::SourceLines::from_bytes(line);
  const std::string out = lint::format_text({r}, false);
  const auto shown = out.find('\n') + 1;
  const auto caret = out.find('\n', shown) + 1;
  // Each stray byte is a character of its own: the window runs 160 of them past the mark.
  std::string want = line.substr(0, 32);
  for (int i = 0; i < 160; ++i) want += "\xef\xbf\xbd";
  CHECK(out.substr(shown, caret - shown) == want + "...\n");
  CHECK(out.substr(caret, out.find('\n', caret) - caret) == std::string(32, ' ') + "^");
}

TEST_CASE("format: github workflow commands, escaped") {
  CHECK(lint::format_github(hanoi(false)) ==
        "::warning file=samples/mseg-workplan-2006-hanoi.txt,line=34,col=20,title=tag-separator::'.' separates owner "
        "from deadline; expected '/'\n");
  auto out = lint::format_github({made_up({Diagnostic{Severity::note, "c", "50%\nnext", Span{2, 3, 2, 4, 0, 1}},
                                           Diagnostic{Severity::error, "c", "m", {}}})});
  CHECK(out ==
        "::notice file=a%2Cb%3Ac.txt,line=2,col=3,title=c::50%25%0Anext\n::error file=a%2Cb%3Ac.txt,title=c::m\n");
}

namespace {
// Diagnostics at each kind of place, made by hand: no reader fills a Word or PDF place yet.
lint::FileReport placed(const std::string& path, const Place& place) {
  Span span;
  span.place = intern_place(place);
  lint::FileReport r;
  r.path = path;
  r.diagnostics = {make_diagnostic(DiagnosticCode::tag_separator, "'.' separates owner from deadline", span)};
  return r;
}
const WordPlace kCell{1, 3, 2, 1, 7};
const WordPlace kLoose{0, 0, 0, 4, 0};
const PdfPlace kBox{3, 72.5f, 144, 200.25f, 12, 40};
}  // namespace

TEST_CASE("format: text names a Word or PDF place where a text plan has line:column") {
  CHECK(lint::format_text({placed("plan.docx", kCell)}, false) ==
        "plan.docx:table 1, row 3, cell 2, paragraph 1: warning: '.' separates owner from deadline "
        "[tag-separator]\n1 warning, 0 errors in 1 file\n");
  CHECK(lint::format_text({placed("plan.docx", kLoose)}, false).starts_with("plan.docx:paragraph 4: warning: "));
  CHECK(lint::format_text({placed("plan.pdf", kBox)}, false).starts_with("plan.pdf:page 3: warning: '.' "));
}

TEST_CASE("format: JSON gives a span's Word or PDF place as its word or pdf object") {
  auto span_of = [](const lint::FileReport& r) {
    return nlohmann::json::parse(lint::format_json({r}))["diagnostics"][0]["span"];
  };
  const auto word = span_of(placed("plan.docx", kCell));
  CHECK(word["line"] == 0);
  CHECK(word["word"] == nlohmann::json{{"table", 1}, {"row", 3}, {"cell", 2}, {"paragraph", 1}, {"offset", 7}});
  CHECK_FALSE(word.contains("pdf"));
  const auto pdf = span_of(placed("plan.pdf", kBox));
  CHECK(pdf["pdf"] == nlohmann::json{{"page", 3}, {"x", 72.5}, {"y", 144}, {"width", 200.25}, {"height", 12},
                                     {"offset", 40}});
  CHECK_FALSE(pdf.contains("word"));
  // A text span is as it always was: six numbers.
  CHECK(nlohmann::json::parse(lint::format_json(hanoi()))["diagnostics"][0]["span"].size() == 6);
}

TEST_CASE("format: SARIF puts a Word or PDF place on line 1 of the file and names it") {
  auto location_of = [](const lint::FileReport& r) {
    return nlohmann::json::parse(lint::format_sarif({r}))["runs"][0]["results"][0]["locations"][0];
  };
  const auto word = location_of(placed("plan.docx", kCell));
  CHECK(word["physicalLocation"]["artifactLocation"]["uri"] == "plan.docx");
  CHECK(word["physicalLocation"]["region"] == nlohmann::json{{"startLine", 1}});  // GitHub requires a startLine
  CHECK(word["message"]["text"] == "table 1, row 3, cell 2, paragraph 1");
  CHECK(word["logicalLocations"][0]["fullyQualifiedName"] == "table 1, row 3, cell 2, paragraph 1");
  CHECK(word["properties"]["word"]["cell"] == 2);
  const auto pdf = location_of(placed("plan.pdf", kBox));
  CHECK(pdf["message"]["text"] == "page 3");
  CHECK(pdf["properties"]["pdf"]["width"] == 200.25);
}

TEST_CASE("format: GitHub annotations put a Word or PDF place before the message, on the file") {
  CHECK(lint::format_github({placed("plan.docx", kCell)}) ==
        "::warning file=plan.docx,title=tag-separator::table 1, row 3, cell 2, paragraph 1: '.' separates owner "
        "from deadline\n");
  CHECK(lint::format_github({placed("plan.pdf", kBox)}) ==
        "::warning file=plan.pdf,title=tag-separator::page 3: '.' separates owner from deadline\n");
}

TEST_CASE("places: equal places are stored once, a text span stays small") {
  CHECK(intern_place(kCell) == intern_place(WordPlace{1, 3, 2, 1, 7}));
  CHECK(intern_place(kCell) != intern_place(WordPlace{1, 3, 2, 1, 8}));
  CHECK(intern_place(kBox) == intern_place(PdfPlace{3, 72.5f, 144, 200.25f, 12, 40}));
  CHECK(intern_place(kBox) != intern_place(Place{kCell}));
  // Six numbers and a pointer to the place: 40 bytes, not the 72 of a Place held inline.
  CHECK(sizeof(Span) == 40);
  CHECK(sizeof(Span) < 32 + sizeof(Place));
}

TEST_CASE("format: each format handed on in pieces is the whole string, a piece about 1 MiB") {
  // 12,000 warnings of a plan with the same tag written 12,000 times: each
  // format is over a MiB, so it must come in several pieces.
  std::string plan = "Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do things\n\t1.1 Things\n\t";
  for (int i = 0; i < 12000; ++i) plan += "Act (Japan. 2006)\n";
  lint::CheckOptions o;
  o.keep_source = true;
  const std::vector<lint::FileReport> reports{lint::check_plan(plan, "big.txt", o)};
  REQUIRE(reports[0].diagnostics.size() >= 12000);
  struct Pieces {
    std::string all;
    std::size_t count = 0, largest = 0;
    lint::ReportSink sink() {
      return [this](std::string& piece) {
        ++count;
        largest = std::max(largest, piece.size());
        all += piece;
        piece.clear();
      };
    }
  };
  Pieces text, json, sarif, github;
  lint::format_text(reports, false, text.sink());
  lint::format_json(reports, false, json.sink());
  lint::format_sarif(reports, false, sarif.sink());
  lint::format_github(reports, github.sink());
  CHECK(text.all == lint::format_text(reports, false));
  CHECK(json.all == lint::format_json(reports, false));
  CHECK(sarif.all == lint::format_sarif(reports, false));
  CHECK(github.all == lint::format_github(reports));
  for (const Pieces* p : {&text, &json, &sarif, &github}) {
    CAPTURE(p->all.size());
    CHECK(p->all.size() > (std::size_t{1} << 20));
    CHECK(p->count >= 2);
    CHECK(p->largest <= (std::size_t{1} << 20) + 16384);  // a piece, plus at most one diagnostic's text or a JSON buffer
  }
}
