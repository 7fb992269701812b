// natives.cpp — registerAllNatives: the one entry point that binds every
// bodyless stdlib function (by Go link name) to its C++ implementation.
// Each natives/<area>.cpp owns one register function listing its natives.
#include "stdlib/natives.h"

#include "stdlib/natives/internal.h"

namespace gomini::stdlib {

void registerAllNatives() {
    static bool done = false;
    if (done) return;
    done = true;
    natives::registerFmt();
    natives::registerStrconv();
    natives::registerMath();
    natives::registerUnicode();
    natives::registerOs();
    natives::registerRuntime();
    natives::registerTime();
    natives::registerSync();
    natives::registerMisc();
}

}  // namespace gomini::stdlib
