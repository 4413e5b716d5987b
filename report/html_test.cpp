#include <doctest/doctest.h>

#include "report/html.hpp"

namespace mseg::report {

TEST_CASE("html: text escapes markup characters and drops control characters") {
  std::string out;
  Html h(out);
  h.text("<script>alert('x') & \"y\"</script>\x01\n");
  CHECK(out == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;\n");
}

TEST_CASE("html: raw takes literals, numbers and coordinates") {
  std::string out;
  Html h(out);
  h.raw("<b>").num(42).raw("</b>").coord(12.34).raw(" ").coord(-0.25).raw(" ").coord(7.0);
  CHECK(out == "<b>42</b>12.3 -0.3 7");
}

}  // namespace mseg::report
