// The member names of plan JSON (plan_json_keys.def) as constants: plan_key::span
// is "span". Arrays rather than string_views, so that the writer's key() for
// names written in the code takes them as it takes a literal (length known,
// no escaping check). Private to schema/.
#pragma once

#include <string_view>

namespace mseg::plan_key {

#define MSEG_PLAN_JSON_KEY(name) inline constexpr char name[] = #name;
#include "plan_json_keys.def"
#undef MSEG_PLAN_JSON_KEY

// Every name, in the table's order (the test compares them with the schema's).
inline constexpr std::string_view all[] = {
#define MSEG_PLAN_JSON_KEY(name) name,
#include "plan_json_keys.def"
#undef MSEG_PLAN_JSON_KEY
};

}  // namespace mseg::plan_key
