// libzip opens the package from memory and inflates one part with a limit we
// control chunk by chunk; pugixml parses the part into a DOM without ever
// expanding DTD entities (it has no DTD support to abuse) and keeps the
// whitespace of w:t when asked. Both are Debian packages with no further
// dependencies.
#include "docx_reader.hpp"

#include <mseg/parse.hpp>

#include <fmt/format.h>
#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "base/ascii.hpp"
#include "base/text_escape.hpp"
#include "base/utf8.hpp"
#include "clean.hpp"
#include "extra_column.hpp"
#include "symbol_font.hpp"

namespace mseg::layout {
namespace {

constexpr std::size_t kMaxDepth = 256;  // element nesting; deeper is refused, not recursed into

bool named(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// A Word on/off property (w:vanish, w:isLgl, w:tblHeader): on where it stands, unless its w:val switches it off
// ("0", "false", "off").
bool on(const pugi::xml_node& e) {
  if (!e) return false;
  const std::string_view val = e.attribute("w:val").as_string("true");
  return val != "0" && val != "false" && val != "off";
}

// Whether any field open (ParagraphText::fields) is in its instruction.
bool in_instruction(const std::vector<bool>& fields) {
  return std::find(fields.begin(), fields.end(), true) != fields.end();
}

bool ends_with_pr(const char* name) {
  std::size_t n = std::strlen(name);
  return n >= 2 && name[n - 2] == 'P' && name[n - 1] == 'r';
}

struct ZipArchive {
  zip_t* zip = nullptr;
  ~ZipArchive() {
    if (zip) zip_discard(zip);
  }
};

struct ZipFile {
  zip_file_t* file = nullptr;
  ~ZipFile() {
    if (file) zip_fclose(file);
  }
};

// One part of the package, inflated with the limits checked before and while
// inflating: the sizes in the directory may lie, the count of bytes read may not.
std::optional<std::string> read_part(zip_t* zip, const char* name, const DocxLimits& limits) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip, name, 0, &st) != 0) return std::nullopt;
  const std::uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  std::uint64_t cap = limits.max_inflated;
  if (limits.max_ratio) cap = std::min(cap, std::max(limits.ratio_floor, packed * limits.max_ratio));
  auto refuse = [&](std::uint64_t size) {
    return InputError(fmt::format("{} would inflate to {}{} bytes from {} packed: refused as a zip bomb (limit {} bytes)",
                                  name, size > cap ? "more than " : "", std::min(size, cap), packed, cap));
  };
  if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) throw refuse(st.size);
  ZipFile f;
  f.file = zip_fopen(zip, name, 0);
  if (!f.file) throw InputError(fmt::format("{} cannot be opened: {}", name, zip_strerror(zip)));
  std::string out;
  // At the size the directory gives (within the limit): grown by doubling, a
  // 1.8 MB document.xml held 5 MB at its peak. A size that lies only costs a
  // regrowth, or a reserve no larger than the limit.
  if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(st.size, cap)));
  char buffer[64 * 1024];
  for (;;) {
    zip_int64_t n = zip_fread(f.file, buffer, sizeof buffer);
    if (n < 0) throw InputError(fmt::format("{} cannot be inflated: {}", name, zip_file_strerror(f.file)));
    if (n == 0) break;
    if (out.size() + static_cast<std::uint64_t>(n) > cap) throw refuse(out.size() + static_cast<std::uint64_t>(n) + 1);
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

// No parse_doctype: a DOCTYPE is skipped, its entities never defined, so never expanded.
constexpr unsigned kXmlOptions = pugi::parse_default | pugi::parse_ws_pcdata;

// WordprocessingML's main namespace, as Word writes it (transitional) and as ISO 29500 Strict names it.
constexpr std::string_view kWordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordMainStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

// The reader asks for Word's names by the prefix Word writes, `w:`; XML lets any prefix, or none, stand for the
// namespace: Python's ElementTree writes `ns0:`, other tools make it the default namespace (a helper's finding:
// such a package refused as "not a Word document"). Where the root element binds the namespace so, those names
// are given the `w:` prefix (an element in the default namespace, an element or attribute of another prefix for
// it); a part that binds only `w:` to it, as every word processor writes, is left as it is.
void use_w_prefix(pugi::xml_document& doc) {
  const pugi::xml_node root = doc.document_element();
  if (!root) return;
  bool in_default = false;
  std::vector<std::string> prefixes;  // "ns0:"
  for (const pugi::xml_attribute a : root.attributes()) {
    const std::string_view name = a.name(), value = a.value();
    if (value != kWordMain && value != kWordMainStrict) continue;
    if (name == "xmlns") in_default = true;
    else if (name.starts_with("xmlns:") && name != "xmlns:w") prefixes.push_back(std::string(name.substr(6)) + ":");
  }
  if (!in_default && prefixes.empty()) return;
  // The name with `w:` for its prefix, or empty when it keeps its own.
  const auto renamed = [&](std::string_view name, bool element) -> std::string {
    const std::size_t colon = name.find(':');
    if (colon == std::string_view::npos) return element && in_default ? "w:" + std::string(name) : std::string();
    for (const std::string& p : prefixes)
      if (name.starts_with(p)) return "w:" + std::string(name.substr(p.size()));
    return {};
  };
  // Every element, in document order, without recursion (a hostile part may nest deeply).
  for (pugi::xml_node n = root; n;) {
    if (n.type() == pugi::node_element) {
      if (const std::string name = renamed(n.name(), true); !name.empty()) n.set_name(name.c_str());
      for (pugi::xml_attribute a : n.attributes())
        if (const std::string name = renamed(a.name(), false); !name.empty()) a.set_name(name.c_str());
    }
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n != root && !n.next_sibling()) n = n.parent();
    if (n == root) break;
    n = n.next_sibling();
  }
}

// Part `name` of the package, already inflated into `xml`, parsed in place:
// the document's strings stay in `xml` (which must outlive it) rather than in a
// copy of the whole part that pugixml would make. A part that is not
// well-formed is inflated again and parsed from a copy for the message:
// parsing in place rewrites the bytes as it goes, and its offset and reason
// would not be the file's.
pugi::xml_document parse_part(zip_t* zip, const char* name, std::string& xml, const DocxLimits& limits) {
  pugi::xml_document doc;
  if (doc.load_buffer_inplace(xml.data(), xml.size(), kXmlOptions)) {
    use_w_prefix(doc);
    return doc;
  }
  const std::string original = *read_part(zip, name, limits);
  pugi::xml_document copy;
  const auto result = copy.load_buffer(original.data(), original.size(), kXmlOptions);
  if (result) throw InputError(fmt::format("{} is not well-formed XML", name));
  throw InputError(fmt::format("{} is not well-formed XML at byte {}: {}", name, result.offset, result.description()));
}

// A paragraph's text as the lines it is laid out in: a soft break starts a new line.
struct ParagraphText {
  std::vector<std::string> lines{std::string()};
  std::vector<std::uint32_t> line_offset{0};  // characters into the Word paragraph where each line starts
  std::uint32_t chars = 0;
  // The fields open at this point (w:fldChar begin ... separate ... end), each true while in its instruction: a
  // field's result is text only where no field around it is in its instruction (an IF's condition may hold a
  // REF's result: a helper's finding, a tag read twice).
  std::vector<bool> fields;
  // The placeholder texts of content controls that show one (w:showingPlcHdr): Word's prompt, not read.
  std::vector<std::string> placeholders;
  // The texts of text boxes (w:txbxContent in a drawing or a VML shape): floating where Word draws them, not read.
  std::vector<std::string> text_boxes;
  // Per line, the bytes of the spaces mseg put in that are no characters of the paragraph (see separate()).
  std::vector<std::vector<std::uint32_t>> added{{}};
  bool after_mark = false;  // a footnote's mark was just appended: a word glued after it is parted too

  // A space between a word and a footnote's mark raised after it (`adopt` and a superscript `2`), as the PDF
  // reader keeps a raised figure a word of its own: glued, "adopt2" was no word of the plan's (a helper's finding:
  // the .docx and the .pdf of one plan read apart, `--grep '\badopt\b'` found it in one). It counts no
  // character: the places after it are those of Word's paragraph.
  void separate() {
    std::string& line = lines.back();
    if (line.empty() || line.back() == ' ') return;
    added.back().push_back(static_cast<std::uint32_t>(line.size()));
    line.push_back(' ');
  }

  void append(std::string_view s) {
    // A word glued after the mark is parted from it too; a stop or a comma stays on it ("(Japan/2008)¹." reads
    // as a tag, a mark and the sentence's stop).
    if (after_mark && !s.empty()) {
      const auto lead = static_cast<unsigned char>(s.front());
      if (ascii::letter(s.front()) || ascii::digit(s.front()) || (lead >= 0xC3 && lead <= 0xD4)) separate();
      after_mark = false;
    }
    std::string& line = lines.back();
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      unsigned char u = static_cast<unsigned char>(c);
      // A soft hyphen (U+00AD) typed into the text shows only where Word breaks the line: nothing in the plan's
      // words, as w:softHyphen is nothing ("sub\u00ADject" is "subject" to query and diff).
      if (u == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) {
        ++i;
        continue;
      }
      // Tabs as spaces, and any other control character: a tab would start a cell, a newline a line.
      line.push_back(u < 0x20 || u == 0x7F ? ' ' : c);
      if ((u & 0xC0) != 0x80) ++chars;
    }
  }
  void line_break() {
    lines.emplace_back();
    line_offset.push_back(chars);
    added.emplace_back();
    after_mark = false;
  }
};

struct Numbering {
  struct Level {
    std::string format = "bullet";
    std::string text;
    int start = 1;
    bool legal = false;  // w:isLgl: every number in its text written in digits (1.1 under I.)
    int restart = -1;    // w:lvlRestart: restarted only by a paragraph at this one-based level or above; 0 never
  };
  using Levels = std::map<int, Level>;
  // Word's nine levels (w:ilvl 0 to 8); others are not read, so a list holds at most nine running numbers.
  static constexpr int kLevels = 9;
  static constexpr std::size_t kMaxLevelText = 64;
  // What a numbering instance (w:num) changes of its abstract definition: a level's start number
  // (w:startOverride), or the whole level (a w:lvl of its own).
  struct Instance {
    std::string abstract;
    std::map<int, int> starts;
    Levels levels;
    bool entered = false;  // a paragraph has used it: its start numbers have been applied
  };
  std::map<std::string, Levels> abstract;  // abstractNumId -> level -> definition
  // An abstract definition that is a list style's use (w:numStyleLink) has no levels of its own: they, and the
  // running numbers, are those of the definition the style's w:num names (resolved by link_styles).
  std::map<std::string, std::string> style_links;  // abstractNumId -> numbering style id
  std::map<std::string, std::string> style_owners;  // numbering style id -> the abstractNumId that defines it
                                                    // (w:styleLink)
  std::map<std::string, Instance> instances;  // numId -> its abstract and overrides
  // The running numbers are the abstract definition's, not each instance's: Word continues a list through every
  // w:num that shares its w:abstractNum and restarts it only where an instance says so, by a w:startOverride
  // (Word's "Restart at 1" writes a new w:num that does; counted per w:num, a list Word continues restarted).
  std::map<std::string, std::map<int, int>> counters;  // abstractNumId -> level -> current number
  std::map<std::string, std::map<int, int>> restarts;  // abstractNumId -> level -> the number it restarts at

  // Word takes 0 to 32,767; kept there, a hostile file's 2^31-1 cannot overflow as the list counts on.
  static int start_number(const pugi::xml_node& e) { return std::clamp(e.attribute("w:val").as_int(1), 0, 32767); }

  static Level read_level(const pugi::xml_node& l) {
    Level level;
    if (auto f = l.child("w:numFmt")) level.format = f.attribute("w:val").value();
    // Word's level text is a few characters ("%1.", "Article %1 –"); a hostile one of a megabyte written before
    // each of many paragraphs would multiply the output: past 64 bytes (whole characters) it is cut.
    const std::string_view text = l.child("w:lvlText").attribute("w:val").value();
    std::size_t kept = 0;
    while (kept < text.size() && utf8::next(text, kept) <= kMaxLevelText) kept = utf8::next(text, kept);
    level.text = text.substr(0, kept);
    if (auto s = l.child("w:start")) level.start = start_number(s);
    level.legal = on(l.child("w:isLgl"));
    if (auto r = l.child("w:lvlRestart")) level.restart = std::clamp(r.attribute("w:val").as_int(-1), -1, 9);
    return level;
  }

  void load(const pugi::xml_node& root) {
    for (auto a : root.children("w:abstractNum")) {
      const std::string id = a.attribute("w:abstractNumId").value();
      auto& levels = abstract[id];
      for (auto l : a.children("w:lvl"))
        if (const int ilvl = l.attribute("w:ilvl").as_int(0); ilvl >= 0 && ilvl < kLevels) levels[ilvl] = read_level(l);
      if (auto link = a.child("w:numStyleLink")) style_links[id] = link.attribute("w:val").value();
      if (auto owner = a.child("w:styleLink")) style_owners.emplace(owner.attribute("w:val").value(), id);
    }
    for (auto n : root.children("w:num")) {
      Instance& instance = instances[n.attribute("w:numId").value()];
      instance.abstract = n.child("w:abstractNumId").attribute("w:val").value();
      for (auto o : n.children("w:lvlOverride")) {
        const int ilvl = o.attribute("w:ilvl").as_int(0);
        if (ilvl < 0 || ilvl >= kLevels) continue;
        if (auto s = o.child("w:startOverride")) instance.starts[ilvl] = start_number(s);
        // A level of its own does not restart the list where it is first used: without a w:startOverride the list
        // counts on (as LibreOffice prints it; Word's own format, as far as we know, restarts only at an override's
        // start). Its w:start is where the level starts again when a level above it restarts it.
        if (auto l = o.child("w:lvl")) instance.levels[ilvl] = read_level(l);
      }
    }
  }

  // Points each instance of a list style's use at the definition of that style: the abstract definition that
  // names it by w:styleLink, else the one the style's own w:numId (styles.xml's numbering styles) leads to. A list
  // Word made from a list style read its numbers there, not bullets. Resolved from the definitions as written, so
  // the order the instances are visited in cannot change where one points.
  void link_styles(const std::map<std::string, std::string>& style_num) {
    std::map<std::string, std::string> target;  // abstractNumId of a style's use -> the style's definition
    for (const auto& [use, style] : style_links) {
      if (auto owner = style_owners.find(style); owner != style_owners.end() && !style_links.count(owner->second)) {
        target[use] = owner->second;
        continue;
      }
      auto num = style_num.find(style);
      auto instance = num == style_num.end() ? instances.end() : instances.find(num->second);
      if (instance != instances.end() && !style_links.count(instance->second.abstract))
        target[use] = instance->second.abstract;
    }
    for (auto& [num_id, instance] : instances)
      if (auto t = target.find(instance.abstract); t != target.end()) instance.abstract = t->second;
  }

  static std::string format(int n, const std::string& fmt) {
    if (fmt == "none") return "";
    if (fmt == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
    if (fmt == "ordinal") {
      const int tens = n % 100, ones = n % 10;
      const char* suffix = tens >= 11 && tens <= 13 ? "th"
                           : ones == 1                ? "st"
                           : ones == 2                ? "nd"
                           : ones == 3                ? "rd"
                                                      : "th";
      return std::to_string(n) + suffix;
    }
    // Letters repeat past Z (AA, AAA): a hostile start would make each label a page long; past 32 letters, digits.
    if ((fmt == "lowerLetter" || fmt == "upperLetter") && n > 0 && n <= 26 * 32) {
      std::string s(static_cast<std::size_t>((n - 1) / 26 + 1), static_cast<char>((fmt[0] == 'l' ? 'a' : 'A') + (n - 1) % 26));
      return s;
    }
    if (fmt == "lowerRoman" || fmt == "upperRoman") {
      static const std::pair<int, const char*> kRoman[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                           {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                           {5, "v"},    {4, "iv"},   {1, "i"}};
      std::string s;
      for (auto [v, r] : kRoman)
        while (n >= v && s.size() < 32) s += r, n -= v;
      if (fmt[0] == 'u') std::transform(s.begin(), s.end(), s.begin(), [](char c) { return static_cast<char>(c - 32); });
      return s;
    }
    return std::to_string(n);
  }

  // The bullet or number Word draws before a list paragraph.
  std::string label(const std::string& num_id, int ilvl) {
    // A numId numbering.xml does not define draws nothing (as LibreOffice reads it; a bullet made a numbered
    // directive an item of the one before).
    auto found = instances.find(num_id);
    if (found == instances.end()) return "";
    Instance& instance = found->second;
    const Levels* levels = nullptr;
    if (auto l = abstract.find(instance.abstract); l != abstract.end()) levels = &l->second;
    auto level_of = [&](int i) -> Level {
      if (auto it = instance.levels.find(i); it != instance.levels.end()) return it->second;
      if (levels) {
        auto it = levels->find(i);
        if (it != levels->end()) return it->second;
        return Level{};
      }
      // An instance of a definition that is not there: numbers, as LibreOffice draws it.
      return Level{"decimal", "%" + std::to_string(i + 1) + ".", 1};
    };
    const Level level = level_of(ilvl);
    // An instance of a definition not there counts on its own, under its own id.
    const std::string list = levels ? instance.abstract : "#" + num_id;
    auto& counts = counters[list];
    auto& restart = restarts[list];
    // Level `used` restarts the deeper levels, unless a deeper one's w:lvlRestart names a level above `used` (or
    // 0: never); one naming itself or below is ignored (ECMA-376 17.9.10).
    const auto restart_below = [&](int used) {
      for (auto it = counts.upper_bound(used); it != counts.end();) {
        const int r = level_of(it->first).restart;
        const bool reset = r < 0 || r > it->first || used <= r - 1;
        it = reset ? counts.erase(it) : std::next(it);
      }
    };
    if (!instance.entered) {
      instance.entered = true;
      // A start override restarts its level, and so the levels below it, even where the instance is first used
      // at a deeper level (1.1 again, not 1.4).
      for (auto [at, value] : instance.starts) {
        counts.erase(at);
        restart[at] = value;
        restart_below(at);
      }
    }
    const auto start_of = [&](int k) {
      auto r = restart.find(k);
      return r != restart.end() ? r->second : level_of(k).start;
    };
    if (counts.count(ilvl)) {
      ++counts[ilvl];
    } else {
      counts[ilvl] = start_of(ilvl);
    }
    restart.erase(ilvl);
    // Counted before a bullet or "none" level returns: a paragraph at such a level still restarts the levels
    // below it (a bulleted heading over numbered items: 1 2, then 1 2 again, not 3 4).
    restart_below(ilvl);
    if (level.format == "none") return "";
    if (level.format == "bullet") {
      // Word's Symbol-font bullet (U+F0B7) is the middle dot its own text export writes; other
      // private-use symbols are drawn from a symbol font we do not have: a bullet stands for them.
      if (level.text == "\uF0B7") return "\u00B7";
      if (level.text.empty() || static_cast<unsigned char>(level.text[0]) == 0xEF) return "\u2022";
      return level.text;
    }
    std::string out;
    const std::string& t = level.text;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
        int k = t[i + 1] - '1';
        auto c = counts.find(k);
        const std::string shown = level_of(k).format;
        out += format(c != counts.end() ? c->second : start_of(k), level.legal && shown != "none" ? "decimal" : shown);
        ++i;
      } else {
        out.push_back(t[i]);
      }
    }
    return out;
  }
};

// The list numbering a paragraph style gives ("List Bullet", "List Number"): a paragraph of such a style is a
// list paragraph with no w:numPr of its own (a new user's finding: their bullets and numbers were dropped, and
// directives numbered by style read with no number).
struct StyleNumbering {
  struct Style {
    std::string num_id;  // empty: the style sets none
    int ilvl = -1;       // -1: the style sets none
    std::string based_on;
  };
  std::map<std::string, Style> styles;  // styleId -> what it sets
  std::map<std::string, std::string> list_styles;  // a numbering (list) style's styleId -> its w:numId

  void load(const pugi::xml_node& root) {
    for (auto st : root.children("w:style")) {
      const std::string_view type = st.attribute("w:type").value();
      if (type == "numbering")
        list_styles[st.attribute("w:styleId").value()] =
            st.child("w:pPr").child("w:numPr").child("w:numId").attribute("w:val").value();
      if (type != "paragraph") continue;
      Style style;
      auto num = st.child("w:pPr").child("w:numPr");
      style.num_id = num.child("w:numId").attribute("w:val").value();
      if (auto l = num.child("w:ilvl")) style.ilvl = l.attribute("w:val").as_int(0);
      style.based_on = st.child("w:basedOn").attribute("w:val").value();
      styles[st.attribute("w:styleId").value()] = std::move(style);
    }
  }

  // The numbering id and level style `id` gives, through the styles it is based on (a few deep: a loop ends).
  std::pair<std::string, int> of(std::string id) const {
    std::string num_id;
    int ilvl = -1;
    for (int depth = 0; depth < 16 && !id.empty(); ++depth) {
      auto it = styles.find(id);
      if (it == styles.end()) break;
      if (num_id.empty()) num_id = it->second.num_id;
      if (ilvl < 0) ilvl = it->second.ilvl;
      id = it->second.based_on;
    }
    return {num_id, ilvl};
  }
};

class DocxLayout {
 public:
  DocxLayout(Numbering& numbering, const StyleNumbering& styles) : numbering_(numbering), styles_(styles) {}

  Laid run(const pugi::xml_node& body) {
    laid_.reader = "docx";
    std::vector<pugi::xml_node> blocks;
    collect_blocks(body, blocks, 0);
    std::vector<std::size_t> tables;  // indices into blocks
    for (std::size_t i = 0; i < blocks.size(); ++i)
      if (named(blocks[i], "w:tbl")) tables.push_back(i);
    // The plan's table: of those whose first row names three columns, the first whose names say what a plan's
    // columns hold ("Directives", "MSEG Priorities", "Action Items"), else the first such table; a revision table
    // ("Version | Date | Changes") before it names three columns too. Not the best-named: an annex after the plan
    // ("Action | Objective | Outcome") would take its place, as a review found of the Markdown reader.
    std::size_t main = blocks.size();
    std::vector<std::optional<ColumnNames>> names(blocks.size());
    bool named_like_a_plan = false;
    for (std::size_t i : tables) {
      names[i] = column_names(blocks[i]);
      if (!names[i] || named_like_a_plan) continue;
      if (plan_column_score((*names[i])[0], (*names[i])[1], (*names[i])[2]) > 0) {
        main = i;
        named_like_a_plan = true;
      } else if (main == blocks.size()) {
        main = i;
      }
    }
    if (main == blocks.size() && !tables.empty()) main = tables.front();
    std::uint32_t body_paragraph = 0, table_number = 0;
    const std::uint32_t plan_table = main_number(blocks, main);  // named by every other table's note: counted once
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const auto& b = blocks[i];
      if (named(b, "w:sdt")) {
        // A content control showing its placeholder: its paragraphs are counted as Word counts them, not read.
        ParagraphText prompt;
        prompt.placeholders.push_back(text_of(b));
        note_placeholders(prompt, WordPlace{0, 0, 0, body_paragraph + 1, 0});
        body_paragraph += static_cast<std::uint32_t>(b.select_nodes(".//w:p").size());
      } else if (named(b, "w:p")) {
        ++body_paragraph;
        if (i < main) {
          front_paragraph(b, body_paragraph);
        } else {
          ParagraphText t = paragraph_text(b, 0);
          if (!blank(t) && after_table_ == 0) after_table_ = body_paragraph;
        }
      } else {
        ++table_number;
        if (i == main) {
          table(b, table_number);
        } else if (i > main && names[i] && names[main] && same_names(*names[i], *names[main])) {
          // The plan's table split in two (at a page, by hand) with its names row repeated: its rows go on.
          note(laid_.text.size(), 0, DiagnosticCode::page_furniture,
               fmt::format("table {} repeats the plan's column names: its rows were read as the plan's table's, "
                           "after its names row",
                           table_number));
          table(b, table_number, /*skip_names_row=*/true);
        } else {
          note(laid_.text.size(), 0, DiagnosticCode::docx_other_table,
               names[i] ? fmt::format("table {} of the document ({} rows) is not the plan's table: its first row names "
                                      "'{}', '{}', '{}', and the plan's is table {}, the first whose names read as a "
                                      "plan's; it was not read",
                                      table_number, count_children(b, "w:tr"), (*names[i])[0], (*names[i])[1],
                                      (*names[i])[2], plan_table)
                        : fmt::format("table {} of the document ({} rows) is not the plan's table: its first row does "
                                      "not hold three column names; it was not read",
                                      table_number, count_children(b, "w:tr")),
               WordPlace{table_number, 0, 0, 0, 0});
          notes_.back().off_text = true;
          if (i < main) count_lists(b, 0);
        }
      }
    }
    if (wrapped_)
      note(0, 0, DiagnosticCode::layout_inferred,
           "the document's tables stand in a table of one cell (a layout table): its paragraphs and tables were read "
           "as the document's, and places count its tables as the document's");
    if (after_table_) {
      // At the first such paragraph, which no laid text holds (a helper's finding: the note stood at the
      // table's last cell, as if that were not read).
      note(laid_.text.size(), 0, DiagnosticCode::docx_text_after_table,
           "the document has paragraphs after the plan's table; they were not read",
           WordPlace{0, 0, 0, after_table_, 0});
      notes_.back().off_text = true;
    }
    if (changes_)
      note(first_change_at_ == std::string::npos ? 0 : first_change_at_, 0, DiagnosticCode::docx_tracked_changes,
           "the document has tracked changes not yet accepted (the first in this paragraph); it was read as if they "
           "were: insertions kept, deletions dropped");
    for (auto& n : notes_) {
      if (n.place) laid_.finding_places.push_back({laid_.findings.size(), *n.place, n.off_text});
      laid_.findings.push_back({n.code, n.message, std::string_view(laid_.text).substr(n.at, n.length)});
    }
    return std::move(laid_);
  }

 private:
  struct Note {
    DiagnosticCode code;
    std::string message;
    std::size_t at;
    std::size_t length;
    std::optional<WordPlace> place = std::nullopt;  // where the laid text at `at` would name another place
    bool off_text = false;  // about text not laid out (a table not read): no source line to show
  };

  void note(std::size_t at, std::size_t length, DiagnosticCode code, std::string message,
            std::optional<WordPlace> place = std::nullopt) {
    notes_.push_back({code, std::move(message), at, length, place});
  }

  static bool blank(const ParagraphText& t) {
    for (const auto& l : t.lines)
      if (l.find_first_not_of(' ') != std::string::npos) return false;
    return true;
  }

  static std::size_t count_children(const pugi::xml_node& n, const char* name) {
    std::size_t k = 0;
    for (auto c : n.children(name)) (void)c, ++k;
    return k;
  }

  // Body-level paragraphs and tables in order, through content controls and custom XML.
  // The one cell of a table of one row and one cell that holds a table; null otherwise.
  static pugi::xml_node layout_cell(const pugi::xml_node& table) {
    if (!named(table, "w:tbl") || count_children(table, "w:tr") != 1) return {};
    const pugi::xml_node row = table.child("w:tr");
    if (count_children(row, "w:tc") != 1) return {};
    const pugi::xml_node cell = row.child("w:tc");
    return cell.child("w:tbl") ? cell : pugi::xml_node();
  }

  void collect_blocks(const pugi::xml_node& n, std::vector<pugi::xml_node>& out, std::size_t depth) {
    if (depth > kMaxDepth) throw InputError("word/document.xml nests elements too deeply");
    for (auto c : n.children()) {
      if (const pugi::xml_node cell = layout_cell(c)) {
        // A table of one cell around the plan's (a layout table: a frame, a margin): the cell's paragraphs and
        // tables are the body's (a helper's finding: such a plan was "no-header", its table read as paragraphs).
        wrapped_ = true;
        collect_blocks(cell, out, depth + 1);
      } else if (named(c, "w:p") || named(c, "w:tbl")) {
        out.push_back(c);
      } else if (named(c, "w:sdt") && shows_placeholder(c) && !c.select_node(".//w:tbl")) {
        out.push_back(c);  // a prompt, said where it stands (a control holding a table is read: it may be the plan)
      } else if (named(c, "w:sdt")) {
        collect_blocks(c.child("w:sdtContent"), out, depth + 1);
      } else if (named(c, "w:customXml")) {
        collect_blocks(c, out, depth + 1);
      }
    }
  }

  std::vector<pugi::xml_node> rows_of(const pugi::xml_node& tbl) {
    std::vector<pugi::xml_node> rows;
    std::vector<pugi::xml_node> inner;
    for (auto c : tbl.children()) {
      if (named(c, "w:tr")) rows.push_back(c);
      else if (named(c, "w:sdt") || named(c, "w:customXml")) {
        for (auto r : (named(c, "w:sdt") ? c.child("w:sdtContent") : c).children("w:tr")) rows.push_back(r);
      }
    }
    return rows;
  }

  static std::vector<pugi::xml_node> cells_of(const pugi::xml_node& tr) {
    std::vector<pugi::xml_node> cells;
    for (auto c : tr.children()) {
      if (named(c, "w:tc")) cells.push_back(c);
      else if (named(c, "w:sdt") || named(c, "w:customXml")) {
        for (auto tc : (named(c, "w:sdt") ? c.child("w:sdtContent") : c).children("w:tc")) cells.push_back(tc);
      }
    }
    return cells;
  }

  using ColumnNames = std::array<std::string, 3>;

  // The names a table's first row gives three columns: three short, non-empty cells; nullopt otherwise.
  // How many rows at the table's top are one cell across it, a title over the names row ("WORK PLAN" in a cell
  // spanning the three columns): a helper's finding, the title was read as the column names and every element
  // shifted. At most two, and never the last row.
  std::size_t title_rows(const std::vector<pugi::xml_node>& rows) {
    std::size_t k = 0;
    while (k < 2 && k + 1 < rows.size()) {
      const auto cells = cells_of(rows[k]);
      if (cells.size() != 1 || cells_of(rows[k + 1]).size() < 3) break;
      ++k;
    }
    return k;
  }

  std::optional<ColumnNames> column_names(const pugi::xml_node& tbl) {
    auto rows = rows_of(tbl);
    if (rows.empty()) return std::nullopt;
    auto cells = cells_of(rows[title_rows(rows)]);
    if (cells.size() < 3) return std::nullopt;
    ColumnNames names;
    for (std::size_t i = 0; i < 3; ++i) {
      std::string text;
      for (auto p : cells[i].children("w:p"))
        for (auto& l : paragraph_text(p, 0, false).lines) text += l;
      const std::string_view t = trim(text);
      if (t.empty() || t.size() > 80) return std::nullopt;
      names[i] = std::string(t);
    }
    return names;
  }

  // Letter case aside: a names row typed again over the second part (`Goals and objectives`) repeats it (a
  // helper's finding: that part's rows were left out, with only a note).
  static bool same_names(const ColumnNames& a, const ColumnNames& b) {
    for (std::size_t i = 0; i < 3; ++i)
      if (!ascii::iequals(collapse_whitespace(a[i]), collapse_whitespace(b[i]))) return false;
    return true;
  }

  // The 1-based number of the table at blocks[main] among the body's tables.
  static std::uint32_t main_number(const std::vector<pugi::xml_node>& blocks, std::size_t main) {
    std::uint32_t n = 0;
    for (std::size_t i = 0; i <= main && i < blocks.size(); ++i) n += named(blocks[i], "w:tbl") ? 1 : 0;
    return n;
  }

  // `fields`: the fields open before the paragraph, kept on across paragraphs by the caller that lays them out (an
  // IF's instruction may hold paragraph marks); null for a paragraph read alone.
  ParagraphText paragraph_text(const pugi::xml_node& p, std::size_t depth, bool count_changes = true,
                               std::vector<bool>* fields = nullptr) {
    ParagraphText t;
    if (fields) t.fields = *fields;
    bool saved = changes_;
    runs(p, t, depth);
    if (!count_changes) changes_ = saved;
    if (fields) *fields = t.fields;
    return t;
  }

  // A w:fldChar: a field begins (in its instruction), its result begins, or it ends.
  static void field_char(const pugi::xml_node& c, ParagraphText& t) {
    const std::string_view type = c.attribute("w:fldCharType").as_string();
    if (type == "begin" && t.fields.size() < kMaxDepth) t.fields.push_back(true);
    if (type == "separate" && !t.fields.empty()) t.fields.back() = false;
    if (type == "end" && !t.fields.empty()) t.fields.pop_back();
  }

  void runs(const pugi::xml_node& n, ParagraphText& t, std::size_t depth) {
    if (depth > kMaxDepth) throw InputError("word/document.xml nests elements too deeply");
    for (auto c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      const char* name = c.name();
      if (named(c, "w:fldChar")) {
        field_char(c, t);
      } else if (in_instruction(t.fields) && (named(c, "w:t") || named(c, "w:tab") || named(c, "w:ptab") ||
                                        named(c, "w:br") || named(c, "w:cr") || named(c, "w:noBreakHyphen") ||
                                        named(c, "w:sym"))) {
        // A field's instruction, and a field's result inside another's instruction: no text of the paragraph.
      } else if (named(c, "w:sdt") && shows_placeholder(c)) {
        t.placeholders.push_back(text_of(c));
      } else if (named(c, "w:t")) {
        t.append(c.child_value());
      } else if (named(c, "w:tab") || named(c, "w:ptab")) {
        t.append(" ");
      } else if (named(c, "w:br") || named(c, "w:cr")) {
        t.line_break();
      } else if (named(c, "w:noBreakHyphen")) {
        t.append("-");
      } else if (named(c, "w:sym")) {
        symbol(c, t);
      } else if (named(c, "w:r") && hidden(c)) {
        // Its text is none, but a field's start or end in it still opens or closes the field (a review's finding:
        // an end in a hidden run left the rest of the paragraph unread).
        for (auto f : c.children("w:fldChar")) field_char(f, t);
        // Hidden text (w:vanish) is no text of the plan, as Word's own text export leaves it out (a helper's finding:
        // "[check with Japan/2008]" read into an action, and an empty part heading made a row of the table).
      } else if (named(c, "w:r") && !in_instruction(t.fields) && footnote_mark(c, t.after_mark)) {
        // A mark Word split into runs ("1", "0"; "1", ",", "2") is one word: parted from the word before only.
        if (!t.after_mark) t.separate();
        t.after_mark = false;
        runs(c, t, depth + 1);
        t.after_mark = true;
      } else if (named(c, "w:del") || named(c, "w:moveFrom")) {
        changes_ = true;  // read as accepted: what was deleted is gone
      } else if (named(c, "w:ins") || named(c, "w:moveTo")) {
        changes_ = true;
        runs(c, t, depth + 1);
      } else if (named(c, "mc:AlternateContent")) {
        runs(c.child("mc:Fallback"), t, depth + 1);
      } else if (const pugi::xml_node box = named(c, "w:drawing") || named(c, "w:pict")
                                                ? c.select_node(".//w:txbxContent").node()
                                                : pugi::xml_node()) {
        // Drawn where Word places the shape, beside the cell's lines, not in them: said, not read (a helper's
        // finding: a tag in a text box was lost with only an action-without-tag warning).
        if (const std::string text = text_of(box); !text.empty()) t.text_boxes.push_back(text);
      } else if (ends_with_pr(name) || named(c, "w:delText") || named(c, "w:instrText") ||
                 named(c, "w:delInstrText") || named(c, "w:drawing") || named(c, "w:pict") || named(c, "w:object") ||
                 named(c, "w:softHyphen") || named(c, "w:tbl") || named(c, "w:p")) {
        // Properties, field instructions, drawings and their text boxes: no text of the paragraph.
      } else {
        runs(c, t, depth + 1);  // w:r, w:hyperlink, w:smartTag, w:fldSimple, w:sdt, w:sdtContent, w:customXml...
      }
    }
  }

  // A content control that shows its placeholder (w:showingPlcHdr): its text is Word's prompt ("Click or tap here
  // to enter text."), not the document's (a helper's finding: read as a directive, a section made of it, no word
  // said).
  static bool shows_placeholder(const pugi::xml_node& sdt) {
    return static_cast<bool>(sdt.child("w:sdtPr").child("w:showingPlcHdr"));
  }

  // The content control showing its placeholder that `n` (a row or a cell) stands in, directly; null otherwise.
  static pugi::xml_node placeholder_around(const pugi::xml_node& n) {
    const pugi::xml_node content = n.parent(), sdt = content.parent();
    return named(content, "w:sdtContent") && named(sdt, "w:sdt") && shows_placeholder(sdt) ? sdt : pugi::xml_node();
  }

  // A table cell's paragraphs, unless the cell, or its row, stands in a content control showing its placeholder:
  // then the cell is read as empty and the prompt said (a review's finding: such a cell's "Click or tap here to
  // enter text." was read as a directive, and a row's as a directive and an action, nothing said).
  void read_cell(const pugi::xml_node& tc, WordPlace place, bool& started) {
    const pugi::xml_node row_control = placeholder_around(tc.parent());
    const pugi::xml_node cell_control = placeholder_around(tc);
    if (const pugi::xml_node control = cell_control ? cell_control : row_control) {
      if (control == row_control && place.cell != 1) return;  // a row's control: said once, at its first cell
      ParagraphText prompt;
      prompt.placeholders.push_back(text_of(control));
      note_placeholders(prompt, WordPlace{place.table, place.row, place.cell, 1, 0});
      return;
    }
    // A field does not run from one cell into another: one left open in its instruction hid the rest of the cell.
    open_fields_.clear();
    cell_content(tc, place, started, 1);
    if (in_instruction(open_fields_))
      note(laid_.text.size(), 0, DiagnosticCode::layout_unread,
           "a field begun in this cell has no result or end in it: the cell's text after the field's start was not "
           "read",
           WordPlace{place.table, place.row, place.cell, 0, 0});
    open_fields_.clear();
  }

  // The text of an element's w:t, as far as a message quotes it.
  // Paragraphs apart by a space ("Click here" / "second" was "Click heresecond").
  static std::string text_of(const pugi::xml_node& n) {
    std::string out;
    pugi::xml_node paragraph;
    for (auto w : n.select_nodes(".//w:t")) {
      pugi::xml_node p = w.node().parent();
      while (p && !named(p, "w:p")) p = p.parent();
      if (p != paragraph && !out.empty()) out.push_back(' ');
      paragraph = p;
      out += w.node().child_value();
      if (out.size() > 200) break;
    }
    return shortened(collapse_whitespace(out), 60);
  }

  // Says each placeholder and text box of a paragraph that was not read, at the paragraph.
  void note_placeholders(const ParagraphText& t, const WordPlace& place) {
    const std::pair<const std::vector<std::string>*, const char*> kinds[] = {
        {&t.placeholders, "a content control shows its placeholder text, '{}': Word's prompt, not the plan's text"},
        {&t.text_boxes, "a text box in this paragraph holds '{}': drawn where Word places it, not among the "
                        "paragraph's lines"}};
    for (const auto& [texts, message] : kinds)
      for (const auto& text : *texts)
        note(laid_.text.size(), 0, DiagnosticCode::layout_unread,
             fmt::format(fmt::runtime(message), text) + "; it was not read", place);
  }

  // A run whose properties hide it: w:vanish, unless switched off ("0", "false", "off").
  static bool hidden(const pugi::xml_node& r) { return on(r.child("w:rPr").child("w:vanish")); }

  // A run raised as superscript that holds a footnote's mark typed by hand, or a part of one: up to eight figures,
  // `*`, `†`, `‡`, and the `,` and dashes between marks (`1,2`, `3-5`), tabs aside; alone (not `continuing` a
  // mark), one figure or symbol at least. Word's own footnote reference holds no text, and letters are an
  // ordinal's ("30th"), which stay on their word.
  static bool footnote_mark(const pugi::xml_node& r, bool continuing) {
    if (std::string_view(r.child("w:rPr").child("w:vertAlign").attribute("w:val").as_string()) != "superscript")
      return false;
    std::string text;
    for (auto w : r.children()) {
      if (named(w, "w:t")) text += w.child_value();
      else if (!ends_with_pr(w.name()) && !named(w, "w:tab")) return false;  // a break, a field: not a mark alone
    }
    std::size_t chars = 0;
    bool figure = false;
    for (std::string_view rest = text; !rest.empty(); ++chars) {
      if (ascii::digit(rest.front()) || rest.front() == '*') {
        figure = true;
        rest.remove_prefix(1);
      } else if (rest.starts_with("\u2020") || rest.starts_with("\u2021")) {  // † ‡
        figure = true;
        rest.remove_prefix(3);
      } else if (rest.front() == ',' || rest.front() == '-') {
        rest.remove_prefix(1);
      } else if (rest.starts_with("\u2013")) {  // –
        rest.remove_prefix(3);
      } else {
        return false;
      }
    }
    return chars >= 1 && chars <= 8 && (figure || continuing);
  }

  // A symbol inserted from a font (Insert > Symbol): w:char is the character, in hex; the Symbol font's bullet
  // (F0B7, in the private use area) is written U+00B7 as the PDF reader writes it, so it is a bullet to the
  // assembler (a helper's finding: w:sym was dropped, the 2007 plan's bulleted items became directives of their own,
  // and "Part A. Directives – Maritime Security" lost its dash). Other private-use symbols are kept as they are.
  static void symbol(const pugi::xml_node& sym, ParagraphText& t) {
    const std::string_view hex = sym.attribute("w:char").as_string();
    std::uint32_t cp = 0;
    const auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), cp, 16);
    if (error != std::errc() || end != hex.data() + hex.size()) return;
    // A Symbol-font character is the one that font draws (an arrow, a Greek letter, a sign: F0AE is '→'; it was
    // kept as the private-use code, which no other font draws: a helper's finding), and first on its line a
    // bullet if it is one a list is marked with (•, an arrow, a diamond, a suit), so that a paragraph it opens is
    // a list item; 'ΔT rises' and '≤ 5 days' keep theirs. Any other symbol font's private-use character first on
    // its line (Wingdings' arrowhead F0D8, square F0A7, check F0FC) is a bullet too (a review's finding: U+F0D8
    // was left in a directive's text, its items run together); elsewhere it stays as it is.
    const bool line_start = t.lines.back().find_first_not_of(' ') == std::string::npos;
    const auto private_use = [](std::uint32_t c) { return c >= 0xF000 && c <= 0xF0FF; };
    if (ascii::lower(std::string_view(sym.attribute("w:font").as_string())) == "symbol") {
      if (const char32_t c = symbol_font_char(cp)) cp = c;
      static constexpr char32_t kBullets[] = {0x2022, 0x2192, 0x21D2, 0x2666, 0x25CA, 0x2663, 0x2660, 0x2665};
      // Still private-use after the table: a large bracket's piece, no letter or sign of a sentence.
      if (line_start && (std::find(std::begin(kBullets), std::end(kBullets), cp) != std::end(kBullets) ||
                         private_use(cp)))
        cp = 0x00B7;
    } else if (cp == 0xF0B7 || cp == 0xF0A7 || (private_use(cp) && line_start)) {
      cp = 0x00B7;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp < 0x20) return;
    std::string out;
    utf8::append(out, static_cast<char32_t>(cp));
    t.append(out);
  }

  // Word numbers lists in the document's order: a list begun in a table not read (a revision table's numbered
  // rows) and going on in the plan's counts those rows first (a helper's finding: the plan's items read 1, 2 where
  // Word prints 3, 4). Their labels are counted, not laid out.
  void count_lists(const pugi::xml_node& node, std::size_t depth) {
    if (depth > kMaxDepth) return;
    for (auto c : node.children()) {
      if (named(c, "w:p")) {
        label_of(c);
      } else {
        count_lists(c, depth + 1);
      }
    }
  }

  std::string label_of(const pugi::xml_node& p) {
    auto props = p.child("w:pPr");
    auto num = props.child("w:numPr");
    std::string id = num.child("w:numId").attribute("w:val").value();
    int ilvl = num.child("w:ilvl") ? num.child("w:ilvl").attribute("w:val").as_int(0) : -1;
    // What the paragraph does not set, its style may ("List Bullet": numId 1).
    if (id.empty() || ilvl < 0) {
      const auto [style_id, style_ilvl] = styles_.of(props.child("w:pStyle").attribute("w:val").value());
      if (id.empty()) id = style_id;
      if (ilvl < 0) ilvl = style_ilvl;
    }
    if (id.empty() || id == "0") return {};
    std::string label = numbering_.label(id, std::clamp(ilvl, 0, Numbering::kLevels - 1));
    return label.empty() ? label : label + " ";
  }

  // One laid line; its pieces map it to its place in the Word paragraph: one, or one a stretch between the spaces
  // mseg added (`added`, bytes into `text`), each place counted from the paragraph's characters alone.
  void line(std::string_view text, WordPlace place, std::span<const std::uint32_t> added = {}) {
    const std::size_t at = laid_.text.size();
    laid_.text.append(text);
    std::size_t from = 0;
    const auto piece = [&](std::size_t end) {
      if (end <= from) return;
      laid_.pieces.push_back({at + from, end - from, 0});
      laid_.places.emplace_back(place);
    };
    for (const std::uint32_t space : added) {
      if (space >= text.size()) break;
      piece(space);
      for (std::size_t i = from; i < space; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++place.offset;
      from = space + 1;
    }
    piece(text.size());
    laid_.text.push_back('\n');
  }

  // Where the first paragraph with a tracked change is laid out, for the note to name it (it named the
  // document's first paragraph).
  void mark_first_change(bool had_changes) {
    if (!had_changes && changes_ && first_change_at_ == std::string::npos) first_change_at_ = laid_.text.size();
  }

  // A tracked change to the paragraph's mark: deleted, the paragraph runs on into the next (read as accepted);
  // inserted, it stays a paragraph of its own. Either is a change to note.
  bool mark_changed(const pugi::xml_node& p, bool& deleted) {
    const auto rpr = p.child("w:pPr").child("w:rPr");
    deleted = static_cast<bool>(rpr.child("w:del"));
    if (!deleted && !rpr.child("w:ins")) return false;
    changes_ = true;
    return true;
  }

  // The first line of a paragraph after one whose mark was deleted: laid on that paragraph's last line, as
  // Word joins them when the change is accepted. False when there is nothing to join (a blank line).
  bool joined(std::string_view first, const WordPlace& place, std::span<const std::uint32_t> added) {
    if (!join_next_) return false;
    join_next_ = false;
    if (first.find_first_not_of(' ') == std::string_view::npos || laid_.text.empty() || laid_.text.back() != '\n')
      return false;
    laid_.text.pop_back();
    line(first, place, added);
    return true;
  }

  void paragraph_lines(const pugi::xml_node& p, WordPlace place, bool& cell_started, std::size_t depth) {
    const bool had_changes = changes_;
    ParagraphText t = paragraph_text(p, depth, true, &open_fields_);
    note_placeholders(t, WordPlace{place.table, place.row, place.cell, place.paragraph, 0});
    bool deleted_mark = false;
    mark_changed(p, deleted_mark);
    bool unmarked = !had_changes && changes_;
    // Run on into the paragraph before, it is no list item of its own: its number is not counted.
    std::string label = join_next_ ? std::string() : label_of(p);
    bool wrote_last = false;
    for (std::size_t i = 0; i < t.lines.size(); ++i) {
      const std::string& l = t.lines[i];
      bool is_blank = l.find_first_not_of(' ') == std::string::npos;
      if (i == 0 && join_next_) {
        place.offset = t.line_offset[i];
        if (joined(l, place, t.added[i])) {
          if (unmarked) mark_first_change(false), unmarked = false;
          wrote_last = t.lines.size() == 1;
          continue;
        }
      }
      if (is_blank && cell_started) continue;
      place.offset = t.line_offset[i];
      if (!cell_started) {
        laid_.text.push_back('\t');
        cell_started = true;
      }
      if (i == 0 && !label.empty() && !is_blank) {
        // The label is Word's drawing, not the paragraph's text: it maps to no piece.
        laid_.text.append(label);
      }
      if (unmarked) mark_first_change(false), unmarked = false;
      line(is_blank ? std::string_view() : std::string_view(l), place, t.added[i]);
      wrote_last = i + 1 == t.lines.size();
    }
    join_next_ = deleted_mark && wrote_last;
  }

  void front_paragraph(const pugi::xml_node& p, std::uint32_t number) {
    const bool had_changes = changes_;
    ParagraphText t = paragraph_text(p, 0, true, &open_fields_);
    note_placeholders(t, WordPlace{0, 0, 0, number, 0});
    bool deleted_mark = false;
    mark_changed(p, deleted_mark);
    bool unmarked = !had_changes && changes_;
    std::string label = join_next_ ? std::string() : label_of(p);  // as in paragraph_lines
    bool wrote_last = false;
    for (std::size_t i = 0; i < t.lines.size(); ++i) {
      const WordPlace place{0, 0, 0, number, t.line_offset[i]};
      if (i == 0 && joined(t.lines[i], place, t.added[i])) {
        if (unmarked) mark_first_change(false), unmarked = false;
        wrote_last = t.lines.size() == 1;
        continue;
      }
      if (t.lines[i].find_first_not_of(' ') == std::string::npos) continue;
      if (i == 0) laid_.text.append(label);
      if (unmarked) mark_first_change(false), unmarked = false;
      line(t.lines[i], place, t.added[i]);
      wrote_last = i + 1 == t.lines.size();
    }
    join_next_ = deleted_mark && wrote_last;
  }

  // A cell's paragraphs, nested tables flattened into it in reading order.
  void cell_content(const pugi::xml_node& n, WordPlace& place, bool& started, std::size_t depth) {
    if (depth > kMaxDepth) throw InputError("word/document.xml nests tables too deeply");
    for (auto c : n.children()) {
      if (named(c, "w:p")) {
        ++place.paragraph;
        paragraph_lines(c, place, started, depth);
      } else if (named(c, "w:tbl")) {
        if (!nested_noted_) {
          nested_noted_ = true;
          note(laid_.text.size(), 0, DiagnosticCode::docx_nested_table,
               "a cell holds a table of its own; its cells were read as the outer cell's paragraphs, row by row");
        }
        for (auto tr : rows_of(c))
          for (auto tc : cells_of(tr)) cell_content(tc, place, started, depth + 1);
      } else if (named(c, "w:sdt") && shows_placeholder(c)) {
        // Its paragraphs are the document's, counted as Word counts them; their text is the prompt. Said at the
        // first of them.
        const std::uint32_t first = place.paragraph + 1;
        place.paragraph += static_cast<std::uint32_t>(c.select_nodes(".//w:p").size());
        ParagraphText prompt;
        prompt.placeholders.push_back(text_of(c));
        note_placeholders(prompt, WordPlace{place.table, place.row, place.cell, first, 0});
      } else if (named(c, "w:sdt")) {
        cell_content(c.child("w:sdtContent"), place, started, depth + 1);
      } else if (named(c, "w:customXml")) {
        cell_content(c, place, started, depth + 1);
      }
    }
  }

  void empty_cell() { laid_.text.append("\t\n"); }

  // Word's tables have at most 63 columns: a larger count is no table's (a review's finding: w:gridBefore="1e9" in a
  // 300-byte file asked for 32 GB), and is read as 63.
  static constexpr unsigned kMaxGrid = 63;

  static std::size_t grid_before(const pugi::xml_node& tr) {
    return std::min(kMaxGrid, tr.child("w:trPr").child("w:gridBefore").attribute("w:val").as_uint(0));
  }

  // Whether the table's first two rows both repeat as its header (w:tblHeader) with as many cells, the second's
  // short words that no item starts, and the two together name the plan's columns better than the first alone
  // (a review's finding: a short first data row that repeated as header, "Ports" or an untagged action, was joined
  // into names that were whole already, and its elements lost).
  bool split_names(const std::vector<pugi::xml_node>& rows) {
    const auto repeats = [](const pugi::xml_node& tr) { return on(tr.child("w:trPr").child("w:tblHeader")); };
    if (rows.size() < 3 || !repeats(rows[0]) || !repeats(rows[1])) return false;
    const auto first = cells_of(rows[0]), second = cells_of(rows[1]);
    if (second.size() != first.size() || first.size() < 3) return false;
    const auto text_of = [&](const pugi::xml_node& tc) {
      std::string text;
      for (auto p : tc.children("w:p"))
        for (auto& l : paragraph_text(p, 0, false).lines) text += (text.empty() ? "" : " ") + l;
      return std::string(trim(text));
    };
    std::array<std::string, 3> alone, joined;
    bool any = false;
    for (std::size_t k = 0; k < second.size(); ++k) {
      const std::string t = text_of(second[k]);
      if (t.size() > 40 || (!t.empty() && ((t[0] >= '0' && t[0] <= '9') || t.find('(') != std::string::npos)))
        return false;
      any = any || !t.empty();
      if (k < 3) {
        alone[k] = text_of(first[k]);
        joined[k] = alone[k] + (t.empty() ? "" : " " + t);
      }
    }
    // Of as many names with the plan's words, the more that are a column's whole name ("Action" / "Items": a second
    // review's finding, "Action" already has the word).
    const auto named = [](const std::array<std::string, 3>& n) {
      int k = 0;
      for (int c = 0; c < 3; ++c) k += column_named(n[static_cast<std::size_t>(c)], true) == c;
      return k;
    };
    return any && std::pair(plan_column_score(joined[0], joined[1], joined[2]), named(joined)) >
                      std::pair(plan_column_score(alone[0], alone[1], alone[2]), named(alone));
  }

  static std::size_t grid_span(const pugi::xml_node& tc) {
    return std::clamp(tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_uint(1), 1u, kMaxGrid);
  }

  // Where each grid column starts and ends, in twips from the table's left (w:tblGrid), or in grid columns where
  // widths are missing or fewer than the rows use: a cell's extent, to match it with the column names.
  static std::vector<double> grid_edges(const pugi::xml_node& tbl, std::size_t columns) {
    std::vector<double> edges{0};
    bool widths = true;
    for (auto col : tbl.child("w:tblGrid").children("w:gridCol")) {
      const double w = col.attribute("w:w").as_double(0);
      widths = widths && w > 0;
      edges.push_back(edges.back() + w);
    }
    if (!widths || edges.size() < columns + 1) {
      edges.resize(columns + 1);
      for (std::size_t k = 0; k < edges.size(); ++k) edges[k] = static_cast<double>(k);
    }
    return edges;
  }

  // Whether a cell holds no text (hidden text and deleted text aside).
  bool blank_cell(const pugi::xml_node& tc) {
    for (auto p : tc.children("w:p"))
      if (!blank(paragraph_text(p, 0, false))) return false;
    return true;
  }

  void table(const pugi::xml_node& tbl, std::uint32_t number, bool skip_names_row = false) {
    auto rows = rows_of(tbl);
    // A title row over the names row is front matter: its lines stand before the table, as a title above it would.
    const std::size_t titles = title_rows(rows);
    for (std::size_t k = 0; k < titles; ++k) {
      const std::uint32_t row = static_cast<std::uint32_t>(k + 1);
      std::size_t at = laid_.text.size();
      for (auto p : cells_of(rows[k]).front().children("w:p")) {
        bool started = true;  // no tab: not a cell of the table
        paragraph_lines(p, WordPlace{number, row, 1, 0, 0}, started, 1);
      }
      note(at, 1, DiagnosticCode::docx_merged_cell,
           fmt::format("row {} is one cell across the table, above its column names: read as a title before the "
                       "table, not as a row",
                       row),
           WordPlace{number, row, 1, 0, 0});
    }
    rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(titles));
    // The names row sets where the table starts and how many columns it has. Grid columns every row leaves out
    // before its first cell, the names row too, are an indent, not cells (a helper's finding: a table indented by
    // w:gridBefore read an empty first column, every row shifted). Cells after the last named one that are empty
    // are a margin a re-save made into cells (LibreOffice turns w:gridAfter into an empty cell in every row).
    std::size_t indent = 0, named = 0;
    // The named columns' extents on the grid. A border that jogs (a names cell two grid columns wide, the rows
    // below split elsewhere: Word makes such grids when one row's border is dragged) is no column of its own: each
    // cell of a row goes to the named column it covers most (a helper's finding: a fourth, empty column was read,
    // every element shifted, exit 1).
    std::vector<std::pair<std::size_t, std::size_t>> name_grid;  // [first, end) grid columns of each named column
    std::size_t grid_columns = 0;
    if (!rows.empty()) {
      indent = grid_before(rows.front());
      const auto names = cells_of(rows.front());
      for (std::size_t k = 0; k < names.size(); ++k)
        if (!blank_cell(names[k])) named = k + 1;
      std::size_t g = indent;
      for (const auto& tc : names) {
        name_grid.emplace_back(g, g + grid_span(tc));
        g += grid_span(tc);
      }
      grid_columns = g;
    }
    for (const auto& tr : rows) {
      std::size_t g = grid_before(tr);
      for (const auto& tc : cells_of(tr)) g += grid_span(tc);
      grid_columns = std::max(grid_columns, g);
    }
    const std::vector<double> edges = grid_edges(tbl, grid_columns);
    // How much of named column j a cell over grid columns [first, end) covers (negative: how far apart they are).
    auto overlap = [&](std::size_t j, std::size_t first, std::size_t end) {
      return std::min(edges[name_grid[j].second], edges[end]) - std::max(edges[name_grid[j].first], edges[first]);
    };
    // Whether it covers half of named column j or more.
    auto covers = [&](std::size_t j, std::size_t first, std::size_t end) {
      return overlap(j, first, end) * 2 >= edges[name_grid[j].second] - edges[name_grid[j].first];
    };
    // The named column a cell belongs to: the first it covers half of, else the one it overlaps most; npos when it
    // stands beyond the names.
    auto column_at = [&](std::size_t first, std::size_t end) -> std::size_t {
      std::size_t best = std::string::npos;
      double most = 0;
      for (std::size_t j = 0; j < std::min(named, name_grid.size()); ++j) {
        if (covers(j, first, end)) return j;
        if (const double o = overlap(j, first, end); o > most) most = o, best = j;
      }
      return best;
    };
    // Whether every named column is one grid column wide and no row reaches past the names: then cells are
    // counted as they stand, as before grids were read (merged cells span whole named columns there).
    bool aligned = grid_columns <= (name_grid.empty() ? 0 : name_grid.back().second);
    for (const auto& [first, end] : name_grid) aligned = aligned && end - first == 1;
    // Column names split over two rows that both repeat as the table's header ("Ministerial" over "Directives"):
    // one names row, each column's words joined (a helper's finding: the second row was read as a section).
    const std::size_t names_rows = split_names(rows) ? 2 : 1;
    std::uint32_t row_number = static_cast<std::uint32_t>(titles);  // Word's numbering: the title rows count
    for (auto tr : rows) {
      ++row_number;
      if (skip_names_row && row_number <= titles + names_rows) continue;
      if (names_rows == 2 && row_number == titles + 2) continue;  // joined into the names row
      const std::vector<pugi::xml_node> below =
          names_rows == 2 && row_number == titles + 1 ? cells_of(rows[1]) : std::vector<pugi::xml_node>{};
      bool names_joined = false;  // one note for the row
      std::size_t columns = 0;
      const std::size_t before = grid_before(tr) > indent ? grid_before(tr) - indent : 0;
      std::size_t grid = grid_before(tr);
      if (aligned)
        for (std::size_t k = 0; k < before && columns < 3; ++k, ++columns) empty_cell();
      std::uint32_t cell_number = 0;
      for (auto tc : cells_of(tr)) {
        ++cell_number;
        auto tcpr = tc.child("w:tcPr");
        std::size_t span = grid_span(tc);
        if (!aligned) {
          // By where the cell stands: empty cells for the named columns it passes over, and its span counted in
          // named columns (those it covers half of). A cell beyond the names is counted as it stands. A second
          // cell under the name just read (two cells where the names have one) goes on in that column, its
          // paragraphs after the first cell's (a review's finding: read into the next column, the row was a cell
          // too long and every cell after it shifted).
          const std::size_t first = grid, target = column_at(grid, grid + span);
          grid += span;
          if (target != std::string::npos && columns > 0 && target + 1 == columns && !blank_cell(tc) &&
              !laid_.text.empty() && laid_.text.back() == '\n') {
            note(laid_.text.size(), 1, DiagnosticCode::docx_merged_cell,
                 fmt::format("row {}, cell {} stands under the same column name as the cell before it: its "
                             "paragraphs were read after that cell's",
                             row_number, cell_number),
                 WordPlace{number, row_number, cell_number, 0, 0});
            WordPlace place{number, row_number, cell_number, 0, 0};
            bool started = true;
            join_next_ = false;
            read_cell(tc, place, started);
            continue;
          }
          if (target != std::string::npos && target >= columns) {
            for (; columns < target; ++columns) empty_cell();
            span = 1;
            while (target + span < std::min(named, name_grid.size()) && covers(target + span, first, grid)) ++span;
          } else {
            span = 1;
          }
        }
        if (named >= 3 && columns >= named && blank_cell(tc)) continue;
        auto vmerge = tcpr.child("w:vMerge");
        bool continued = vmerge && std::strcmp(vmerge.attribute("w:val").as_string("continue"), "restart") != 0;
        std::size_t at = laid_.text.size();
        if (continued) {
          // Word keeps a merged cell's text in its first row; a continuation is empty, as Word's text export has it.
          empty_cell();
          note(at, 1, DiagnosticCode::docx_merged_cell,
               fmt::format("row {}, cell {} is merged with the cell above: its text belongs to the row where the merge "
                           "starts, and this row's cell was read as empty",
                           row_number, cell_number),
               WordPlace{number, row_number, cell_number, 0, 0});
        } else {
          WordPlace place{number, row_number, cell_number, 0, 0};
          bool started = false;
          join_next_ = false;  // a cell's last mark cannot be deleted: nothing runs on into the next cell
          read_cell(tc, place, started);
          if (cell_number <= below.size() && !blank_cell(below[cell_number - 1])) {
            if (started && !laid_.text.empty() && laid_.text.back() == '\n') {
              laid_.text.back() = ' ';  // the name's words on one line, as the tab-cell text has them
              if (!std::exchange(names_joined, true))
                note(laid_.text.size() - 1, 1, DiagnosticCode::layout_inferred,
                     fmt::format("rows {} and {} both repeat as the table's header: read as one row of column names, "
                                 "each column's words joined",
                                 row_number, row_number + 1),
                     WordPlace{number, row_number + 1, cell_number, 0, 0});
            }
            WordPlace second{number, row_number + 1, cell_number, 0, 0};
            cell_content(below[cell_number - 1], second, started, 1);
          }
          if (!started) empty_cell();
        }
        columns += span;
        if (span > 1) {
          note(at, 1, DiagnosticCode::docx_merged_cell,
               fmt::format("row {}, cell {} spans {} columns: its text was read into the first of them, the others as "
                           "empty cells",
                           row_number, cell_number, span),
               WordPlace{number, row_number, cell_number, 0, 0});
          for (std::size_t k = 1; k < span; ++k) empty_cell();
        }
      }
      // A short row (cells missing at its end) keeps three cells, so the next row does not shift.
      for (; columns < 3; ++columns) empty_cell();
    }
  }

  Numbering& numbering_;
  const StyleNumbering& styles_;
  std::vector<bool> open_fields_;  // the fields open after the paragraph last laid out (ParagraphText::fields)
  Laid laid_;
  std::vector<Note> notes_;
  bool changes_ = false;
  bool join_next_ = false;  // the last paragraph's mark was deleted: the next runs on from its last line
  std::size_t first_change_at_ = std::string::npos;  // laid text offset of the first changed paragraph
  std::uint32_t after_table_ = 0;  // the body's first paragraph with text after the plan's table (1-based); 0: none
  bool nested_noted_ = false;
  bool wrapped_ = false;  // a table of one cell held the body's tables (layout_cell)
};

}  // namespace

bool looks_like_docx(std::string_view bytes) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return false;
  return bytes.find("word/document.xml") != std::string_view::npos;
}

Laid read_docx(std::string_view bytes, const DocxLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) throw InputError("cannot read the .docx package");
  ZipArchive archive;
  archive.zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive.zip) {
    zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw InputError(fmt::format("not a readable .docx (zip) package: {}", why));
  }
  zip_error_fini(&error);
  auto document = read_part(archive.zip, "word/document.xml", limits);
  if (!document) throw InputError("a zip package without word/document.xml: not a .docx");
  Numbering numbering;
  pugi::xml_document numbering_doc;
  std::optional<std::string> numbering_xml = read_part(archive.zip, "word/numbering.xml", limits);
  if (numbering_xml) {
    numbering_doc = parse_part(archive.zip, "word/numbering.xml", *numbering_xml, limits);
    numbering.load(numbering_doc.child("w:numbering"));
  }
  StyleNumbering styles;
  pugi::xml_document styles_doc;
  if (std::optional<std::string> styles_xml = read_part(archive.zip, "word/styles.xml", limits)) {
    styles_doc = parse_part(archive.zip, "word/styles.xml", *styles_xml, limits);
    styles.load(styles_doc.child("w:styles"));
    numbering.link_styles(styles.list_styles);
  }
  pugi::xml_document doc = parse_part(archive.zip, "word/document.xml", *document, limits);
  auto body = doc.child("w:document").child("w:body");
  if (!body) throw InputError("word/document.xml has no w:document/w:body: not a Word document");
  return DocxLayout(numbering, styles).run(body);
}

}  // namespace mseg::layout
