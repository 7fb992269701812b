#include "vm/bytecode/instruction.h"

namespace gomini::bc {

bool fitsSBx(int64_t v) { return v >= kMinSBx && v <= kMaxSBx; }
bool fitsSJ(int64_t v) { return v >= kMinSJ && v <= kMaxSJ; }

}  // namespace gomini::bc
