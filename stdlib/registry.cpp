#include "stdlib/registry.h"

#include <algorithm>

namespace gomini::stdlib {

std::vector<PackageFile> packageFiles(std::string_view importPath) {
    std::vector<PackageFile> out;
    for (const EmbeddedFile* f = kEmbeddedFiles; f->pkgPath; ++f) {
        if (importPath == f->pkgPath) {
            out.push_back({std::string("<stdlib>/") + f->pkgPath + "/" + f->name, f->text,
                           packageFileAst(f->pkgPath, f->name)});
        }
    }
    return out;
}

std::vector<std::string> packagePaths() {
    std::vector<std::string> out;
    for (const EmbeddedFile* f = kEmbeddedFiles; f->pkgPath; ++f) {
        if (out.empty() || out.back() != f->pkgPath) out.push_back(f->pkgPath);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string_view packageFileAst(std::string_view importPath, std::string_view fileName) {
    for (const EmbeddedAst* a = kEmbeddedAsts; a->pkgPath; ++a) {
        if (importPath == a->pkgPath && fileName == a->name) return {a->data, a->size};
    }
    return {};
}

}  // namespace gomini::stdlib
