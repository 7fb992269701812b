// instruction.h — the 32-bit instruction word.
//
// Every instruction is one 32-bit word with the opcode in the low byte (as
// Luau does, so dispatch is `op = insn & 0xff`). Four layouts:
//
//    31        24 23        16 15         8 7          0
//   +------------+------------+------------+------------+
//   |     C      |     B      |     A      |     op     |   iABC   A, B, C: 8-bit register/operand indices
//   +------------+------------+------------+------------+
//   |          Bx (16)        |     A      |     op     |   iABx   Bx: unsigned 16-bit (constant index, slot)
//   +-------------------------+------------+------------+
//   |         sBx (16)        |     A      |     op     |   iAsBx  sBx: signed 16-bit (immediate, short jump)
//   +--------------------------------------+------------+
//   |               sJ (24)                |     op     |   isJ    sJ: signed 24-bit jump offset
//   +--------------------------------------+------------+
//
// Registers are frame slots 0..255; values wider than one slot (string,
// slice, interface, complex) occupy consecutive slots starting at the named
// one. A function needing more than 256 slots keeps the rest in its frame's
// extension area, reached only through iABx moves (so every arithmetic
// instruction stays iABC). Jump offsets are relative to the instruction after
// the jump. Limits are checked by the encoder (assertions) and by the
// verifier; a compiler that exceeds one reports a compile error instead.
#pragma once

#include <cstdint>

namespace gomini::bc {

using Insn = uint32_t;

constexpr uint32_t kMaxA = 0xff;
constexpr uint32_t kMaxBx = 0xffff;
constexpr int32_t kMinSBx = -0x8000;
constexpr int32_t kMaxSBx = 0x7fff;
constexpr int32_t kMinSJ = -0x800000;
constexpr int32_t kMaxSJ = 0x7fffff;

constexpr Insn encodeABC(uint8_t op, uint8_t a, uint8_t b, uint8_t c) {
    return static_cast<Insn>(op) | static_cast<Insn>(a) << 8 | static_cast<Insn>(b) << 16 | static_cast<Insn>(c) << 24;
}
constexpr Insn encodeABx(uint8_t op, uint8_t a, uint16_t bx) {
    return static_cast<Insn>(op) | static_cast<Insn>(a) << 8 | static_cast<Insn>(bx) << 16;
}
constexpr Insn encodeAsBx(uint8_t op, uint8_t a, int16_t sbx) {
    return encodeABx(op, a, static_cast<uint16_t>(sbx));
}
constexpr Insn encodeSJ(uint8_t op, int32_t sj) {
    return static_cast<Insn>(op) | (static_cast<Insn>(sj) & 0xffffffu) << 8;
}

constexpr uint8_t opOf(Insn i) { return static_cast<uint8_t>(i & 0xff); }
constexpr uint8_t argA(Insn i) { return static_cast<uint8_t>(i >> 8); }
constexpr uint8_t argB(Insn i) { return static_cast<uint8_t>(i >> 16); }
constexpr uint8_t argC(Insn i) { return static_cast<uint8_t>(i >> 24); }
constexpr uint16_t argBx(Insn i) { return static_cast<uint16_t>(i >> 16); }
constexpr int16_t argSBx(Insn i) { return static_cast<int16_t>(static_cast<uint16_t>(i >> 16)); }
// Arithmetic shift of the top 24 bits keeps the sign.
constexpr int32_t argSJ(Insn i) { return static_cast<int32_t>(i) >> 8; }

static_assert(sizeof(Insn) == 4, "instructions are 32-bit words");
static_assert(argSJ(encodeSJ(1, kMinSJ)) == kMinSJ && argSJ(encodeSJ(1, kMaxSJ)) == kMaxSJ, "sJ round trip");
static_assert(argSBx(encodeAsBx(1, 2, -1)) == -1 && argA(encodeAsBx(1, 2, -1)) == 2, "sBx round trip");

// Checked constructors for the compiler: false if an operand is out of range.
bool fitsSBx(int64_t v);
bool fitsSJ(int64_t v);

}  // namespace gomini::bc
