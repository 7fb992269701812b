// diag.h — compile-time diagnostics, printed the way the Go compiler prints them.
//
// Every phase (lexer, parser, ast_builder, checker, escape) reports into one
// Diagnostics object. print() sorts by position, drops exact duplicates (same
// line and same message, as cmd/compile's FlushErrors does), prints
// "file.go:LINE:COL: message" lines, and stops after 10 with
// "file.go:LINE:COL: too many errors" — at the position of the 10th (last
// printed) error, which is what gc prints.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "frontend/source.h"

namespace gomini::frontend {

struct Diagnostic {
    Pos pos;
    std::string msg;
};

class Diagnostics {
public:
    static constexpr size_t kMaxErrors = 10;

    void error(Pos pos, std::string msg);
    bool hasErrors() const { return !errs_.empty(); }
    size_t count() const { return errs_.size(); }

    // Sorted (stable, by position), with duplicates on the same line removed.
    std::vector<Diagnostic> sorted() const;

    // Prints as gc does (see the file comment). Returns the number printed.
    size_t print(std::ostream& os, const SourceSet& files) const;

    // Informational lines (escape analysis -m output): never errors.
    void note(Pos pos, std::string msg);
    const std::vector<Diagnostic>& notes() const { return notes_; }
    void printNotes(std::ostream& os, const SourceSet& files) const;

    void clear() { errs_.clear(); notes_.clear(); }

private:
    std::vector<Diagnostic> errs_;
    std::vector<Diagnostic> notes_;
};

}  // namespace gomini::frontend
