// interp.test.cpp — pieces of the VM that can be checked without running a
// whole program: Go's runtime float printing, native binding (a missing native
// becomes a NONATIVE body naming it), and the registry.
#include <doctest/doctest.h>

#include <cmath>

#include "vm/bytecode/opcodes.h"
#include "vm/vm.h"

using namespace gomini;

TEST_CASE("runtimeFloatString matches Go's print of float64") {
    CHECK(vm::runtimeFloatString(1.5) == "+1.500000e+000");
    CHECK(vm::runtimeFloatString(-0.25) == "-2.500000e-001");
    CHECK(vm::runtimeFloatString(0.0) == "+0.000000e+000");
    CHECK(vm::runtimeFloatString(-0.0) == "-0.000000e+000");
    CHECK(vm::runtimeFloatString(1e100) == "+1.000000e+100");
    CHECK(vm::runtimeFloatString(123456789.0) == "+1.234568e+008");
    CHECK(vm::runtimeFloatString(NAN) == "NaN");
    CHECK(vm::runtimeFloatString(INFINITY) == "+Inf");
    CHECK(vm::runtimeFloatString(-INFINITY) == "-Inf");
}

namespace {
void nativeDouble(vm::NativeCtx&, uint64_t* s) { s[0] = s[0] * 2; }
}  // namespace

TEST_CASE("bindNatives binds registered natives and marks missing ones") {
    vm::registerNative("gominitest.Double", nativeDouble);
    bool found = vm::lookupNative("gominitest.Double") == &nativeDouble;
    bool absent = vm::lookupNative("gominitest.Nope") == nullptr;
    CHECK(found);
    CHECK(absent);
    vm::Program p;
    auto f1 = std::make_unique<vm::Function>();
    f1->name = "gominitest.Double";
    f1->linkName = "gominitest.Double";
    f1->nparamSlots = 1;
    f1->nresultSlots = 1;
    auto f2 = std::make_unique<vm::Function>();
    f2->name = "gominitest.Nope";
    f2->linkName = "gominitest.Nope";
    vm::Function* a = f1.get();
    vm::Function* b = f2.get();
    p.funcs.push_back(std::move(f1));
    p.funcs.push_back(std::move(f2));
    auto missing = vm::bindNatives(p);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0] == "gominitest.Nope");
    bool bound = a->native == &nativeDouble;
    bool unbound = b->native == nullptr;
    CHECK(bound);
    CHECK(unbound);
    REQUIRE(b->code.size() == 1);
    CHECK(b->code[0] == static_cast<uint32_t>(bc::Op::NONATIVE));
    CHECK(vm::verify(*b, 0) == "");
}
