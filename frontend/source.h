// source.h — source files and positions.
//
// A Pos names a byte position in one registered source file: file id, 1-based
// line, 1-based column counted in BYTES (as the Go compiler counts them, so a
// line holding "é" advances the column by 2). Pos{} (line 0) means "no
// position". Files are registered once in a SourceSet and never removed, so a
// Pos stays meaningful for the life of the SourceSet.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gomini::frontend {

struct Pos {
    uint32_t file = 0;
    uint32_t line = 0;
    uint32_t col = 0;

    bool valid() const { return line != 0; }
    friend bool operator==(const Pos&, const Pos&) = default;
    friend auto operator<=>(const Pos& a, const Pos& b) {
        if (a.file != b.file) return a.file <=> b.file;
        if (a.line != b.line) return a.line <=> b.line;
        return a.col <=> b.col;
    }
};

// One Go source file: its display name (as given on the command line, or
// "$GOMINI/fmt/fmt.go" for an embedded stdlib file) and its bytes.
struct SourceFile {
    uint32_t id = 0;
    std::string name;
    std::string text;
};

// Owns every source file of one compilation (user files and stdlib files).
class SourceSet {
public:
    // Registers a file; returns its id (ids start at 1 so Pos{} is never a file).
    uint32_t add(std::string name, std::string text);
    const SourceFile& file(uint32_t id) const;
    size_t size() const { return files_.size(); }

    // "name:line:col" as the Go compiler prints it.
    std::string format(Pos p) const;

private:
    std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace gomini::frontend
