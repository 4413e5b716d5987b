// Reading a plan JSON document (nlohmann::json) into the model, checking it.
#include <mseg/plan_json.hpp>

#include "plan_json_reader.hpp"

namespace mseg {

namespace plan_json_detail {

PlanReading plan_from_json(const nlohmann::json& document) {
  plan_json_detail::Reader r;
  return plan_json_detail::read_plan(r, document);
}

}  // namespace plan_json_detail

}  // namespace mseg
