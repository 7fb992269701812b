// errorcheck.h — the `// ERROR "regexp"` convention of Go's test/ directory,
// shared by the runners over tests/go/errors (compile errors) and
// tests/go/escape (-m notes).
//
// A line `code // ERROR "re1" `re2`` expects one diagnostic matching each
// regexp on that line; every diagnostic of the file must be matched by one
// expectation. Inside "..." only \" and \\ are unescaped, so `\(` reaches the
// (ECMAScript) regexp as `\(`.
#pragma once

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/diag.h"
#include "frontend/source.h"

namespace gomini::testing {

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The *.go files of dir, sorted; empty if dir does not exist.
inline std::vector<std::filesystem::path> goFiles(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> out;
    if (!std::filesystem::exists(dir)) return out;
    for (auto& e : std::filesystem::directory_iterator(dir)) {
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
inline std::vector<Expectation> parseExpectations(const std::string& text) {
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

// Matches the diagnostics reported for file `name` against the expectations
// in its text; returns one line per mismatch (empty: pass). `what` names the
// kind of diagnostic in the report ("error", "note").
inline std::string matchExpectations(const std::string& name, const std::string& text,
                                     std::vector<frontend::Diagnostic> diags, const frontend::SourceSet& sources,
                                     const char* what) {
    std::stable_sort(diags.begin(), diags.end(), [](auto& a, auto& b) { return a.pos < b.pos; });
    std::vector<bool> used(diags.size(), false);
    std::ostringstream report;
    for (auto& e : parseExpectations(text)) {
        std::regex re;
        try {
            re = std::regex(e.re, std::regex::ECMAScript);
        } catch (const std::regex_error&) {
            report << name << ":" << e.line << ": bad regexp " << e.re << "\n";
            continue;
        }
        bool found = false;
        for (size_t i = 0; i < diags.size() && !found; ++i) {
            if (used[i] || diags[i].pos.line != e.line || sources.file(diags[i].pos.file).name != name) continue;
            if (std::regex_search(diags[i].msg, re)) used[i] = found = true;
        }
        if (!found) {
            report << name << ":" << e.line << ": no " << what << " matching \"" << e.re << "\"";
            bool any = false;
            for (auto& d : diags) {
                if (d.pos.line == e.line && sources.file(d.pos.file).name == name) {
                    report << (any ? "; " : " (got: ") << d.msg;
                    any = true;
                }
            }
            report << (any ? ")\n" : "\n");
        }
    }
    for (size_t i = 0; i < diags.size(); ++i) {
        if (!used[i]) report << "unexpected " << what << ": " << sources.format(diags[i].pos) << ": " << diags[i].msg << "\n";
    }
    return report.str();
}

}  // namespace gomini::testing
