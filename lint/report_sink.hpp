// What the report formats share for handing their text on in pieces.
#pragma once

#include <cstddef>

#include "base/json_writer.hpp"

namespace mseg::lint {

// The size of a piece handed to a ReportSink: the JSON and SARIF reports' writer
// streams in the same pieces.
inline constexpr std::size_t kReportPiece = kStreamPiece;

}  // namespace mseg::lint
