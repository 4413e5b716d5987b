#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "schema/plan_json_keys.hpp"
#include "tests/test_util.hpp"

namespace {

// Every property name of a JSON Schema: the members of each "properties" object,
// in the schemas under them too, wherever the schema nests them ($defs, items, anyOf...).
void property_names(const nlohmann::json& schema, std::set<std::string>& names) {
  if (schema.is_array()) {
    for (const auto& s : schema) property_names(s, names);
    return;
  }
  if (!schema.is_object()) return;
  for (const auto& [keyword, value] : schema.items()) {
    if (keyword == "properties" && value.is_object()) {
      for (const auto& [name, sub] : value.items()) {
        names.insert(name);
        property_names(sub, names);
      }
    } else {
      property_names(value, names);
    }
  }
}

}  // namespace

TEST_CASE("plan json keys: the declared names are exactly plan.schema.json's property names") {
  std::set<std::string> schema;
  property_names(nlohmann::json::parse(mseg::test::read_file("schema/plan.schema.json")), schema);
  REQUIRE(schema.count("end_column") == 1);  // the walk reached the nested objects ($defs/span)
  std::set<std::string> declared;
  for (std::string_view k : mseg::plan_key::all) {
    CAPTURE(k);
    CHECK(declared.insert(std::string(k)).second);  // each once
    CHECK(schema.count(std::string(k)) == 1);       // the schema describes it
  }
  for (const std::string& name : schema) {
    CAPTURE(name);
    CHECK(declared.count(name) == 1);  // plan_json_keys.def declares it
  }
}

TEST_CASE("plan json keys: a constant is its name, usable where a literal is") {
  static_assert(sizeof(mseg::plan_key::span) == sizeof("span"));
  CHECK(std::string_view(mseg::plan_key::span) == "span");
  CHECK(std::string_view(mseg::plan_key::end_line) == "end_line");
  CHECK(std::string_view(mseg::plan_key::sha256) == "sha256");
}
