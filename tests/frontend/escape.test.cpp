// escape.test.cpp — escape analysis against real Go's -m output.
//
// Every tests/go/escape/*.go is checked through the Driver with escape notes
// on; its lines carry gc's notes (`go build -gcflags='-m -l'`, Go 1.19) as
// `// ERROR "re" "re"...` markers, the convention of tests/go/errors: each
// regexp must match one note on that line, and every note must be matched.
// The program must also type-check without errors.
//
// GOMINI_ESCAPE_DUMP=file.go prints that file's notes (to write expectations).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli/stdlib_source.h"
#include "frontend/driver.h"

namespace fs = std::filesystem;
using namespace gomini;

namespace {

std::string slurpFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Want {
    uint32_t line;
    std::string re;
};

// The quoted ("..." or `...`) regexps after each "// ERROR" marker.
std::vector<Want> parseWants(const std::string& text) {
    std::vector<Want> out;
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
                if (q == '"' && line[j] == '\\' && j + 1 < line.size() && (line[j + 1] == '"' || line[j + 1] == '\\')) {
                    re += line[j + 1];
                    ++j;
                    continue;
                }
                re += line[j];
            }
            out.push_back({n, re});
            i = j + 1;
        }
    }
    return out;
}

std::string checkEscapeFile(const fs::path& p) {
    std::string text = slurpFile(p);
    auto wants = parseWants(text);
    frontend::DriverOptions opts;
    opts.escapeNotes = true;
    frontend::Driver d(cli::stdlibPackage, opts);
    std::ostringstream report;
    std::string name = p.filename().string();
    if (!d.checkFile(name, text)) {
        d.printErrors(report);
        return report.str();
    }
    auto notes = d.diags().notes();
    std::stable_sort(notes.begin(), notes.end(), [](auto& a, auto& b) { return a.pos < b.pos; });
    std::vector<bool> used(notes.size(), false);
    for (auto& w : wants) {
        std::regex re;
        try {
            re = std::regex(w.re, std::regex::ECMAScript);
        } catch (const std::regex_error&) {
            report << name << ":" << w.line << ": bad regexp " << w.re << "\n";
            continue;
        }
        bool found = false;
        for (size_t i = 0; i < notes.size() && !found; ++i) {
            if (used[i] || notes[i].pos.line != w.line || d.sources().file(notes[i].pos.file).name != name) continue;
            if (std::regex_search(notes[i].msg, re)) used[i] = found = true;
        }
        if (!found) report << name << ":" << w.line << ": no note matching \"" << w.re << "\"\n";
    }
    for (size_t i = 0; i < notes.size(); ++i)
        if (!used[i]) report << "unexpected note: " << d.sources().format(notes[i].pos) << ": " << notes[i].msg << "\n";
    return report.str();
}

const fs::path kRoot = GOMINI_SOURCE_DIR;

}  // namespace

TEST_CASE("escape: tests/go/escape programs match gc -m") {
    if (const char* dump = std::getenv("GOMINI_ESCAPE_DUMP")) {
        frontend::DriverOptions opts;
        opts.escapeNotes = true;
        frontend::Driver d(cli::stdlibPackage, opts);
        fs::path p = dump;
        if (!d.checkFile(p.filename().string(), slurpFile(p))) d.printErrors(std::cout);
        d.printNotes(std::cout);
    }
    std::vector<fs::path> files;
    fs::path dir = kRoot / "tests/go/escape";
    if (fs::exists(dir))
        for (auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".go") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    CHECK(files.size() >= 25);
    for (auto& f : files) {
        CAPTURE(f.filename().string());
        std::string r = checkEscapeFile(f);
        CHECK_MESSAGE(r.empty(), r);
    }
}

TEST_CASE("escape: results are recorded on objects and the AST") {
    const char* src = R"(package main

func f() *int {
	x := 1
	y := 2
	_ = &y
	return &x
}

func main() {
	p := new(int)
	q := new(int)
	*q = 1
	println(*f(), p)
}
)";
    frontend::Driver d(cli::stdlibPackage, {});
    REQUIRE(d.checkFile("rec.go", src));
    auto* fobj = frontend::asObj<frontend::Func>(d.mainPackage()->scope->lookup("f"));
    REQUIRE(fobj);
    REQUIRE(fobj->decl);
    auto* body = fobj->decl->body;
    auto* x = frontend::asObj<frontend::Var>(
        frontend::cast<frontend::Ident>(frontend::cast<frontend::AssignStmt>(body->list[0])->lhs[0])->obj);
    auto* y = frontend::asObj<frontend::Var>(
        frontend::cast<frontend::Ident>(frontend::cast<frontend::AssignStmt>(body->list[1])->lhs[0])->obj);
    REQUIRE(x);
    REQUIRE(y);
    CHECK(x->escapes);
    CHECK(x->addrTaken);
    CHECK_FALSE(y->escapes);
    CHECK(y->addrTaken);
    // Without escapeNotes, nothing is reported.
    CHECK(d.diags().notes().empty());
    // new(int) in main: p is passed to println (does not escape).
    auto* mobj = frontend::asObj<frontend::Func>(d.mainPackage()->scope->lookup("main"));
    auto* as0 = frontend::cast<frontend::AssignStmt>(mobj->decl->body->list[0]);
    CHECK_FALSE(as0->rhs[0]->escapes);
}

TEST_CASE("escape: not run on a program with type errors") {
    frontend::DriverOptions opts;
    opts.escapeNotes = true;
    frontend::Driver d(cli::stdlibPackage, opts);
    CHECK_FALSE(d.checkFile("bad.go", "package main\n\nfunc f() *int { x := 1; return &x }\n\nfunc main() { var s string = 1; _ = s }\n"));
    CHECK(d.diags().notes().empty());
}
