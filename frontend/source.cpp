#include "frontend/source.h"

#include <cassert>

namespace gomini::frontend {

uint32_t SourceSet::add(std::string name, std::string text) {
    auto f = std::make_unique<SourceFile>();
    f->id = static_cast<uint32_t>(files_.size() + 1);
    f->name = std::move(name);
    f->text = std::move(text);
    files_.push_back(std::move(f));
    return files_.back()->id;
}

const SourceFile& SourceSet::file(uint32_t id) const {
    assert(id >= 1 && id <= files_.size() && "SourceSet::file: unknown file id");
    return *files_[id - 1];
}

std::string SourceSet::format(Pos p) const {
    std::string s = (p.file >= 1 && p.file <= files_.size()) ? files_[p.file - 1]->name : "<unknown>";
    if (p.valid()) {
        s += ':' + std::to_string(p.line) + ':' + std::to_string(p.col);
    }
    return s;
}

}  // namespace gomini::frontend
