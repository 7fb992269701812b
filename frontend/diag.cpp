#include "frontend/diag.h"

#include <algorithm>
#include <ostream>

namespace gomini::frontend {

void Diagnostics::error(Pos pos, std::string msg) { errs_.push_back({pos, std::move(msg)}); }

void Diagnostics::note(Pos pos, std::string msg) { notes_.push_back({pos, std::move(msg)}); }

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> v = errs_;
    std::stable_sort(v.begin(), v.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
    std::vector<Diagnostic> out;
    out.reserve(v.size());
    for (auto& d : v) {
        bool dup = false;
        for (auto it = out.rbegin(); it != out.rend() && it->pos.file == d.pos.file && it->pos.line == d.pos.line; ++it) {
            if (it->msg == d.msg) {
                dup = true;
                break;
            }
        }
        if (!dup) out.push_back(std::move(d));
    }
    return out;
}

size_t Diagnostics::print(std::ostream& os, const SourceSet& files) const {
    auto v = sorted();
    size_t n = 0;
    for (auto& d : v) {
        if (n == kMaxErrors) {
            os << files.format(v[n - 1].pos) << ": too many errors\n";
            break;
        }
        os << files.format(d.pos) << ": " << d.msg << '\n';
        ++n;
    }
    return n;
}

void Diagnostics::printNotes(std::ostream& os, const SourceSet& files) const {
    auto v = notes_;
    std::stable_sort(v.begin(), v.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
    for (auto& d : v) os << files.format(d.pos) << ": " << d.msg << '\n';
}

}  // namespace gomini::frontend
