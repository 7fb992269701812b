// opcodes.h — the opcode enum, names and formats, generated from opcodes.def.
#pragma once

#include <cstdint>

namespace gomini::bc {

enum class Op : uint8_t {
#define OP(name, fmt, doc) name,
#include "vm/bytecode/opcodes.def"
#undef OP
    COUNT_
};

constexpr int kNumOps = static_cast<int>(Op::COUNT_);

inline constexpr const char* kOpNames[] = {
#define OP(name, fmt, doc) #name,
#include "vm/bytecode/opcodes.def"
#undef OP
};
inline constexpr const char* kOpFormats[] = {
#define OP(name, fmt, doc) fmt,
#include "vm/bytecode/opcodes.def"
#undef OP
};
inline constexpr const char* kOpDocs[] = {
#define OP(name, fmt, doc) doc,
#include "vm/bytecode/opcodes.def"
#undef OP
};

constexpr int operandCount(Op op) {
    int n = 0;
    for (const char* p = kOpFormats[static_cast<int>(op)]; *p; ++p) ++n;
    return n;
}
// Words of an instruction: the opcode word plus one per operand.
constexpr int insnWords(Op op) { return 1 + operandCount(op); }

constexpr uint32_t kNoReg = 0xffffffffu;

}  // namespace gomini::bc
