// Turning a file's bytes into UTF-8 text, remembering how to map positions
// back to the original bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mseg {

struct DecodedText {
  // UTF-8 without BOM; line endings kept as in the original. Input that is
  // UTF-8 already is viewed, not copied (a 20 MB plan would otherwise be held
  // twice), so the bytes given to decode() must outlive the DecodedText.
  std::string_view text() const { return is_transcoded ? std::string_view(transcoded) : utf8; }
  std::string transcoded;   // the text, when the input had to be transcoded
  std::string_view utf8;    // the text, when the input was UTF-8 already
  bool is_transcoded = false;  // which of the two holds the text
  std::string encoding;     // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
  std::string line_ending;  // "lf", "crlf", "cr", "mixed", "none"
  // Where the bytes of a transcoded text came from, as runs: from decoded
  // offset `at` on, byte at+k came from original byte `original + step * k`
  // until the next run. step 1: copied bytes (Windows-1252 ASCII, well-formed
  // UTF-8); 2: ASCII from UTF-16; 0: the bytes of one character that decoding
  // widened, all from the character's first byte. The last run is the text's
  // end. A run per change, not an entry per byte: an 8-byte entry for every
  // byte made a Windows-1252 plan cost nine times its size (issue 20, item 12).
  struct Run {
    std::uint64_t at;
    std::uint64_t packed;  // original << 2 | step: 16 bytes a run
    std::uint64_t original() const { return packed >> 2; }
    unsigned step() const { return static_cast<unsigned>(packed & 3); }
  };
  std::vector<Run> runs;    // empty when the mapping is the identity shifted by `shift` (plain UTF-8)
  std::uint64_t shift = 0;  // BOM length when runs is empty
  // UTF-8 with a few bytes that are not: where each run of such bytes was
  // replaced by U+FFFD (one per byte), as decoded offset and byte count.
  struct Replaced {
    std::uint64_t at;
    std::uint32_t bytes;
  };
  std::vector<Replaced> replaced;

  // The original byte offset of decoded offset `at` (0 <= at <= text.size()).
  std::uint64_t original_offset(std::uint64_t at) const;
};

// Decodes bytes (which the result may view: see DecodedText::text): UTF-8
// with or without BOM, UTF-16 LE/BE with BOM. Bytes that are not all valid
// UTF-8 are weighed (docs/format.md, "Encodings"): still UTF-8, each bad byte
// replaced by U+FFFD (DecodedText::replaced), when the only flaw is a sequence
// cut short at the very end, or when well-formed multi-byte sequences
// outnumber the bad bytes at least 4 to 1; otherwise Windows-1252. Throws
// InputError for an empty input, NUL bytes outside UTF-16, or malformed UTF-16.
DecodedText decode(std::string_view bytes);

}  // namespace mseg
