// conformance.test.cpp — runs the Go programs under tests/go/ and samples/
// through the frontend, in process.
//
//   tests/go/errors/*.go  errorcheck programs (Go's test/ convention): every
//                         line with `// ERROR "re" ["re"...]` must get one
//                         reported error matching each regexp; every other
//                         reported error is unexpected. A first line
//                         "// errorcheck requiremain" checks as `gomini run`
//                         does (package main must declare func main).
//   tests/go/ok/*.go      valid programs: must check with no error.
//   samples/*.go          demonstration programs: must check with no error.
//   every stdlib package  must check with no error.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/driver.h"
#include "cli/stdlib_source.h"
#include "stdlib/registry.h"
#include "tests/errorcheck.h"

namespace fs = std::filesystem;
using namespace gomini;
using namespace gomini::testing;

namespace {

// Checks one errorcheck file; returns a description of every mismatch (empty: pass).
std::string checkErrorFile(const fs::path& p) {
    std::string text = slurp(p);
    frontend::DriverOptions opts;
    // "// errorcheck requiremain" on the first line: check as `gomini run` does.
    opts.requireMain = text.rfind("// errorcheck requiremain\n", 0) == 0;
    frontend::Driver d(cli::stdlibPackage, opts);
    std::string name = p.filename().string();
    d.checkFile(name, text);
    return matchExpectations(name, text, d.diags().sorted(), d.sources(), "error");
}

std::string checkValidFile(const fs::path& p) {
    frontend::DriverOptions opts;
    frontend::Driver d(cli::stdlibPackage, opts);
    if (d.checkFile(p.filename().string(), slurp(p))) return "";
    std::ostringstream os;
    d.printErrors(os);
    return os.str();
}

const fs::path kRoot = GOMINI_SOURCE_DIR;

}  // namespace

TEST_SUITE("conformance") {
    TEST_CASE("expectation parser") {
        auto e = parseExpectations("x := 1 // ERROR \"declared and not used: x\"\ny\nz // ERROR \"a\\\\(b\" `c`\n");
        REQUIRE(e.size() == 3);
        CHECK(e[0].line == 1);
        CHECK(e[0].re == "declared and not used: x");
        CHECK(e[1].line == 3);
        CHECK(e[1].re == "a\\(b");
        CHECK(e[2].re == "c");
    }

    TEST_CASE("tests/go/errors: every ERROR line matches, no other errors") {
        auto files = goFiles(kRoot / "tests/go/errors");
        REQUIRE(files.size() > 0);
        size_t pass = 0;
        for (auto& f : files) {
            std::string r = checkErrorFile(f);
            CHECK_MESSAGE(r.empty(), r);
            if (r.empty()) ++pass;
        }
        MESSAGE("errorcheck programs passing: " << pass << "/" << files.size());
    }

    TEST_CASE("tests/go/ok and samples: check without errors") {
        auto files = goFiles(kRoot / "tests/go/ok");
        auto samples = goFiles(kRoot / "samples");
        files.insert(files.end(), samples.begin(), samples.end());
        REQUIRE(files.size() > 0);
        size_t pass = 0;
        for (auto& f : files) {
            std::string r = checkValidFile(f);
            CHECK_MESSAGE(r.empty(), f.filename().string() << ":\n" << r);
            if (r.empty()) ++pass;
        }
        MESSAGE("valid programs passing: " << pass << "/" << files.size());
    }

    TEST_CASE("every stdlib package type-checks") {
        auto paths = stdlib::packagePaths();
        REQUIRE(paths.size() > 0);
        std::string prog = "package main\n\nimport (\n";
        for (auto& p : paths) prog += "\t_ \"" + p + "\"\n";
        prog += ")\n\nfunc main() {}\n";
        frontend::DriverOptions opts;
        frontend::Driver d(cli::stdlibPackage, opts);
        bool ok = d.checkFile("allstd.go", prog);
        std::ostringstream os;
        d.printErrors(os);
        CHECK_MESSAGE(ok, os.str());
    }
}
