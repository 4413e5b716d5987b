// What the report formats share for handing their text on in pieces.
#pragma once

#include <cstddef>

namespace mseg::lint {

// The size of a piece handed to a ReportSink: large enough that a sink's write
// is cheap, small enough that a report of a million diagnostics is never held.
inline constexpr std::size_t kReportPiece = std::size_t{1} << 20;

}  // namespace mseg::lint
