#include <doctest/doctest.h>

#include <initializer_list>

#include "vm/bytecode/instruction.h"

using namespace gomini::bc;

TEST_CASE("iABC fields round-trip and stay in their bytes") {
    Insn i = encodeABC(0x12, 0xfe, 0x01, 0x80);
    CHECK(opOf(i) == 0x12);
    CHECK(argA(i) == 0xfe);
    CHECK(argB(i) == 0x01);
    CHECK(argC(i) == 0x80);
    CHECK(i == 0x8001fe12u);
}

TEST_CASE("iABx / iAsBx / isJ round-trip at their limits") {
    CHECK(argBx(encodeABx(3, 7, 0xffff)) == 0xffff);
    CHECK(argA(encodeABx(3, 7, 0xffff)) == 7);
    for (int v : {kMinSBx, -1, 0, 1, kMaxSBx}) {
        Insn i = encodeAsBx(9, 200, static_cast<int16_t>(v));
        CHECK(argSBx(i) == v);
        CHECK(opOf(i) == 9);
        CHECK(argA(i) == 200);
    }
    for (int v : {kMinSJ, -12345, 0, 1, kMaxSJ}) {
        Insn i = encodeSJ(0xff, v);
        CHECK(argSJ(i) == v);
        CHECK(opOf(i) == 0xff);
    }
    CHECK(fitsSJ(kMaxSJ));
    CHECK_FALSE(fitsSJ(int64_t(kMaxSJ) + 1));
    CHECK_FALSE(fitsSBx(int64_t(kMinSBx) - 1));
}
