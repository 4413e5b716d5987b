// Where a writer hands its output as it makes it (validate's reports, query's
// answers, diff's formats): in pieces of about a megabyte, in order (a piece
// may end anywhere, inside a JSON value too). The sink must take the text and
// leave the string empty. A
// writer given a sink never holds its whole output (issue 20 item 12); each
// has an overload without one that returns the text.
#pragma once

#include <functional>
#include <string>

namespace mseg {

using TextSink = std::function<void(std::string&)>;

}  // namespace mseg
