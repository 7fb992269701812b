// driver.h — the frontend's entry point for the command line and the tests:
// parse and type-check one user file, resolving imports of stdlib packages
// through a callback that returns their Go source.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/objects.h"
#include "frontend/source.h"

namespace gomini::frontend {

struct DriverOptions {
    int langMinor = 22;         // -lang=go1.N (loop variable semantics; min/max/clear need 21)
    bool requireMain = false;   // `gomini run`: package main with func main
    bool escapeNotes = false;   // -m: record escape analysis decisions as notes (diags().notes())
    bool runEscape = true;      // run escape analysis (the compiler needs it; a plain `gomini check` does not)
};

// One file of an imported package.
struct PackageFileSource {
    std::string name;       // display name ("<stdlib>/fmt/print.go")
    std::string_view text;  // the Go source; must outlive the Driver's use of it
    std::string_view ast;   // optional: the file's AST serialized at build time (ast_serial.h);
                            // used instead of parsing `text` when present and readable
};

// The files of the package at `importPath`; empty if there is no such package.
using PackageSource = std::function<std::vector<PackageFileSource>(std::string_view importPath)>;

class Driver {
public:
    Driver(PackageSource source, DriverOptions opts);
    ~Driver();

    // Parses and checks one file as a whole package. Returns true if there
    // were no errors. Imported packages are parsed and checked once each
    // (cached), and errors in them are reported too (they are gomini bugs).
    bool checkFile(const std::string& name, std::string text);

    Diagnostics& diags() { return diags_; }
    SourceSet& sources() { return sources_; }
    TypeContext& types() { return *types_; }
    AstContext& ast() { return ast_; }
    Package* mainPackage() const { return main_; }
    // The runtime package, loaded for every program that will run (the VM panics with its
    // *TypeAssertionError even when the program does not import it); null for `check`.
    Package* runtimePackage() const { return runtime_; }

    // Prints the errors as gc does (sorted, at most 10, "too many errors").
    void printErrors(std::ostream& os) const { diags_.print(os, sources_); }
    // Prints the escape analysis notes (-m), sorted, as "file.go:LINE:COL: msg" lines.
    void printNotes(std::ostream& os) const { diags_.printNotes(os, sources_); }

private:
    Package* importPackage(std::string_view path);
    Package* runtime_ = nullptr;

    PackageSource source_;
    DriverOptions opts_;
    SourceSet sources_;
    Diagnostics diags_;
    AstContext ast_;
    std::unique_ptr<TypeContext> types_;
    std::vector<std::pair<std::string, Package*>> imported_;
    Package* main_ = nullptr;
};

}  // namespace gomini::frontend
