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
#include <sstream>
#include <string>
#include <vector>

#include "cli/stdlib_source.h"
#include "frontend/driver.h"
#include "tests/errorcheck.h"

namespace fs = std::filesystem;
using namespace gomini;
using namespace gomini::testing;

namespace {

std::string checkEscapeFile(const fs::path& p) {
    std::string text = slurp(p);
    frontend::DriverOptions opts;
    opts.escapeNotes = true;
    frontend::Driver d(cli::stdlibPackage, opts);
    std::string name = p.filename().string();
    if (!d.checkFile(name, text)) {
        std::ostringstream report;
        d.printErrors(report);
        return report.str();
    }
    return matchExpectations(name, text, d.diags().notes(), d.sources(), "note");
}

const fs::path kRoot = GOMINI_SOURCE_DIR;

}  // namespace

TEST_CASE("escape: tests/go/escape programs match gc -m") {
    if (const char* dump = std::getenv("GOMINI_ESCAPE_DUMP")) {
        frontend::DriverOptions opts;
        opts.escapeNotes = true;
        frontend::Driver d(cli::stdlibPackage, opts);
        fs::path p = dump;
        if (!d.checkFile(p.filename().string(), slurp(p))) d.printErrors(std::cout);
        d.printNotes(std::cout);
    }
    auto files = goFiles(kRoot / "tests/go/escape");
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
    CHECK_FALSE(d.checkFile(
        "bad.go", "package main\n\nfunc f() *int { x := 1; return &x }\n\nfunc main() { var s string = 1; _ = s }\n"));
    CHECK(d.diags().notes().empty());
}

TEST_CASE("escape: range variables captured by escaping closures, per -lang") {
    // gc 1.19 (shared loop variables) reports "moved to heap: v"; from Go 1.22 each
    // iteration has its own v, never reassigned, so the closure captures it by value.
    const char* src = R"(package main

var fs []func() int

func collect(xs []int) {
	for _, v := range xs {
		fs = append(fs, func() int { return v })
	}
}

func main() {
	collect([]int{1, 2})
}
)";
    auto notesFor = [&](int minor) {
        frontend::DriverOptions opts;
        opts.escapeNotes = true;
        opts.langMinor = minor;
        frontend::Driver d(cli::stdlibPackage, opts);
        REQUIRE(d.checkFile("lang.go", src));
        std::ostringstream os;
        d.printNotes(os);
        return os.str();
    };
    std::string old = notesFor(21), cur = notesFor(22);
    CHECK(old.find("lang.go:6:9: moved to heap: v\n") != std::string::npos);
    CHECK(cur.find("moved to heap: v") == std::string::npos);
    for (auto* s : {&old, &cur}) {
        CHECK(s->find("lang.go:5:14: leaking param content: xs\n") != std::string::npos);
        CHECK(s->find("lang.go:7:19: func literal escapes to heap\n") != std::string::npos);
        CHECK(s->find("lang.go:12:15: []int{...} does not escape\n") != std::string::npos);
    }
}

TEST_CASE("escape: three-clause loop variables are per iteration from Go 1.22") {
    // With one shared i (gc 1.19, -lang=go1.21) &i never outlives i; with one i per
    // iteration (Go 1.22), last keeps an earlier iteration's i alive: it moves to the heap.
    const char* src =
        "package main\n\nfunc main() {\n\tvar last *int\n\tfor i := 0; i < 3; i++ {\n\t\tlast = &i\n"
        "\t}\n\tprintln(*last)\n}\n";
    for (int minor : {21, 22}) {
        frontend::DriverOptions opts;
        opts.escapeNotes = true;
        opts.langMinor = minor;
        frontend::Driver d(cli::stdlibPackage, opts);
        REQUIRE(d.checkFile("loop.go", src));
        std::ostringstream os;
        d.printNotes(os);
        CAPTURE(minor);
        CHECK(os.str() == (minor >= 22 ? "loop.go:5:6: moved to heap: i\n" : ""));
    }
}
