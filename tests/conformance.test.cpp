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

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/driver.h"
#include "cli/stdlib_source.h"
#include "stdlib/registry.h"

namespace fs = std::filesystem;
using namespace gomini;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<fs::path> goFiles(const fs::path& dir) {
    std::vector<fs::path> out;
    if (!fs::exists(dir)) return out;
    for (auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() == ".go") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

struct Expectation {
    uint32_t line;
    std::string re;
};

// Reads the quoted ("..." or `...`) regexps after each "// ERROR" marker.
std::vector<Expectation> parseExpectations(const std::string& text) {
    std::vector<Expectation> out;
    std::istringstream in(text);
    std::string line;
    uint32_t n = 0;
    while (std::getline(in, line)) {
        ++n;
        auto at = line.find("// ERROR ");
        if (at == std::string::npos) continue;
        size_t i = at + 9;
        while (i < line.size()) {
            while (i < line.size() && line[i] == ' ') ++i;
            if (i >= line.size()) break;
            char q = line[i];
            if (q != '"' && q != '`') break;
            std::string re;
            size_t j = i + 1;
            for (; j < line.size() && line[j] != q; ++j) {
                if (q == '"' && line[j] == '\\' && j + 1 < line.size()) {
                    // Go string escapes: \" is a quote; \\ is one backslash (so the regexp sees \( as \().
                    char c = line[j + 1];
                    if (c == '"' || c == '\\') {
                        re += c;
                        ++j;
                        continue;
                    }
                }
                re += line[j];
            }
            out.push_back({n, re});
            i = j + 1;
        }
    }
    return out;
}

// Checks one file; returns a description of every mismatch (empty: pass).
std::string checkErrorFile(const fs::path& p) {
    std::string text = slurp(p);
    auto expects = parseExpectations(text);
    frontend::DriverOptions opts;
    // "// errorcheck requiremain" on the first line: check as `gomini run` does.
    opts.requireMain = text.rfind("// errorcheck requiremain\n", 0) == 0;
    frontend::Driver d(cli::stdlibPackage, opts);
    d.checkFile(p.filename().string(), text);
    auto errs = d.diags().sorted();
    std::vector<bool> used(errs.size(), false);
    std::ostringstream report;
    for (auto& e : expects) {
        std::regex re;
        try {
            re = std::regex(e.re, std::regex::ECMAScript);
        } catch (const std::regex_error&) {
            report << p.filename().string() << ":" << e.line << ": bad regexp " << e.re << "\n";
            continue;
        }
        bool found = false;
        for (size_t i = 0; i < errs.size(); ++i) {
            if (used[i] || errs[i].pos.line != e.line || d.sources().file(errs[i].pos.file).name != p.filename().string())
                continue;
            if (std::regex_search(errs[i].msg, re)) {
                used[i] = true;
                found = true;
                break;
            }
        }
        if (!found) {
            report << p.filename().string() << ":" << e.line << ": no error matching \"" << e.re << "\"";
            bool any = false;
            for (size_t i = 0; i < errs.size(); ++i) {
                if (errs[i].pos.line == e.line) {
                    report << (any ? "; " : " (got: ") << errs[i].msg;
                    any = true;
                }
            }
            report << (any ? ")\n" : "\n");
        }
    }
    for (size_t i = 0; i < errs.size(); ++i) {
        if (!used[i]) report << "unexpected error: " << d.sources().format(errs[i].pos) << ": " << errs[i].msg << "\n";
    }
    return report.str();
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
