#include <doctest/doctest.h>

#include "runtime/debug.h"

using gomini::rt::parseSettings;

TEST_CASE("GODEBUG: name=value pairs, unknown names and bad values ignored") {
    auto s = parseSettings("gctrace=1,bogus=7,schedtrace=1000,gcstress=x,vmtrace=", nullptr, nullptr, 4);
    CHECK(s.debug.gctrace == 1);
    CHECK(s.debug.schedtrace == 1000);
    CHECK(s.debug.gcstress == 0);
    CHECK(s.debug.vmtrace == 0);
    CHECK(s.debug.gccheckmark == 0);
    auto t = parseSettings("gcstoptheworld=2,,gccheckmark=1,noequals", nullptr, nullptr, 4);
    CHECK(t.debug.gcstoptheworld == 2);
    CHECK(t.debug.gccheckmark == 1);
}

TEST_CASE("GOGC: percentage, off, malformed") {
    CHECK(parseSettings(nullptr, nullptr, nullptr, 1).gcPercent == 100);
    CHECK(parseSettings(nullptr, "50", nullptr, 1).gcPercent == 50);
    CHECK(parseSettings(nullptr, "off", nullptr, 1).gcPercent == -1);
    CHECK(parseSettings(nullptr, "-5", nullptr, 1).gcPercent == 100);
    CHECK(parseSettings(nullptr, "99999999999", nullptr, 1).gcPercent == 100);
}

TEST_CASE("GOMAXPROCS: positive integer, else CPU count") {
    CHECK(parseSettings(nullptr, nullptr, nullptr, 8).gomaxprocs == 8);
    CHECK(parseSettings(nullptr, nullptr, "3", 8).gomaxprocs == 3);
    CHECK(parseSettings(nullptr, nullptr, "0", 8).gomaxprocs == 8);
    CHECK(parseSettings(nullptr, nullptr, "two", 8).gomaxprocs == 8);
    CHECK(parseSettings(nullptr, nullptr, nullptr, 0).gomaxprocs == 1);
}
