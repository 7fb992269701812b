// stdlib_source.h — connects the embedded stdlib (stdlib/registry.h) to the
// frontend's import callback (frontend::PackageSource). Header-only, so that
// the tests and the fuzzer can use it without linking the cli.
#pragma once

#include <string_view>
#include <vector>

#include "frontend/driver.h"
#include "stdlib/registry.h"

namespace gomini::cli {

inline std::vector<frontend::PackageFileSource> stdlibPackage(std::string_view importPath) {
    std::vector<frontend::PackageFileSource> out;
    for (auto& f : stdlib::packageFiles(importPath)) out.push_back({std::move(f.name), f.text, f.ast});
    return out;
}

}  // namespace gomini::cli
