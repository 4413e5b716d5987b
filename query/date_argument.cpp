#include <fmt/format.h>

#include <mseg/deadline.hpp>
#include <mseg/query.hpp>

namespace mseg::query {

// The ISO forms (2008, 2008-01, 2008-01-01) are deadline forms read_deadline
// already knows, so one reader serves both the plans and the command line.
DateRange read_date_argument(std::string_view option, std::string_view text) {
  Deadline d = read_deadline(text);
  if (!d.start || !d.end)
    throw QueryError(fmt::format("{}: '{}' is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or a deadline "
                                 "such as 'March 2008' or 'Q3 2009')",
                                 option, text));
  return {*d.start, *d.end};
}

}  // namespace mseg::query
