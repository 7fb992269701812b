#include <doctest/doctest.h>

#include <sstream>

#include "frontend/diag.h"

using namespace gomini::frontend;

TEST_CASE("diagnostics: sorted by position, duplicates on a line dropped, gc's 10-error limit") {
    SourceSet files;
    uint32_t a = files.add("a.go", "");
    Diagnostics d;
    d.error({a, 5, 2}, "second");
    d.error({a, 1, 9}, "first");
    d.error({a, 5, 7}, "second");  // same line, same message: dropped
    d.error({a, 5, 3}, "other");   // same line, other message: kept
    auto v = d.sorted();
    REQUIRE(v.size() == 3);
    CHECK(v[0].msg == "first");
    CHECK(v[1].msg == "second");
    CHECK(v[2].msg == "other");

    std::ostringstream os;
    CHECK(d.print(os, files) == 3);
    CHECK(os.str() == "a.go:1:9: first\na.go:5:2: second\na.go:5:3: other\n");

    Diagnostics many;
    for (uint32_t line = 1; line <= 12; ++line) many.error({a, line, 4}, "e" + std::to_string(line));
    std::ostringstream out;
    CHECK(many.print(out, files) == 10);
    std::string s = out.str();
    CHECK(s.find("a.go:10:4: e10\na.go:10:4: too many errors\n") != std::string::npos);
    CHECK(s.find("e11") == std::string::npos);
}
