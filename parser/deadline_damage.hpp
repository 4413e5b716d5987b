// Why a deadline mseg cannot read looks damaged rather than merely unusual:
// a date that does not exist ("31 February 2008"), or a month name one typing
// slip away from a real one ("Marhc 2008").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mseg {

struct DeadlineDamage {
  enum class Kind { invalid_date, misspelled_month };
  Kind kind;
  std::string reason;  // invalid_date: "February 2008 has 29 days"
  // misspelled_month: the word as written (viewing the text given) and the
  // month names one edit from it; a fix only when there is exactly one.
  std::string_view word;
  std::vector<std::string> suggestions;
};

// For text read_deadline() reads as unknown: what damage it shows, if any.
// A misspelt month is only reported when the corrected text reads as a deadline.
std::optional<DeadlineDamage> deadline_damage(std::string_view text);

// "did you mean "March"?", "did you mean "June" or "July"?": how a misspelt
// month's suggestions are offered.
std::string did_you_mean(const std::vector<std::string>& suggestions);

// Optimal string alignment distance, ASCII case ignored, stopping early above `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace mseg
