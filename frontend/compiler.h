// compiler.h — typed AST → register bytecode (vm/bytecode/program.h).
//
// compileProgram turns the checked main package and every package it imports
// (in dependency order) into one vm::Program: a Function per Go function,
// method, function literal and method wrapper, the RTypes and Itabs the
// program needs, the constant pool and the layout of package-level variables.
// The design rules (frame layout, calling convention, variable placement)
// are in vm/HACKING.md.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/driver.h"
#include "vm/bytecode/program.h"

namespace gomini::frontend {

struct CompileOptions {
    int langMinor = 22;  // < 22: one loop variable per loop (Go 1.21 semantics)
};

// ---------------------------------------------------------------- stack maps
// What a frame slot holds at a program point (a lattice: Zero is the join's
// identity; Scalar and Ptr join to Mixed, which is never reported — a value
// the program still uses is defined with one kind on every path to its use).
enum SlotKind : uint8_t { kSlotZero = 0, kSlotScalar = 1, kSlotPtr = 2, kSlotMixed = 3 };

// What computeStackMaps needs beyond the code: what the instructions whose
// result kinds the opcode does not tell (LD64, LDN, LDX64, LDG64, CAPTURE,
// CALL/CALLC/CALLI results, ASSERT*) define, and the frame storage written
// through pointers (address-taken frame variables, frame-allocated objects),
// whose kinds are fixed by their types over [from, to).
struct StackMapInput {
    std::vector<uint8_t> params;                                   // kinds of the parameter slots at entry
    std::unordered_map<uint32_t, std::vector<uint8_t>> hints;      // insn pc -> kinds of its result slots
    struct Pin {
        uint32_t slot = 0;
        std::vector<uint8_t> kinds;
        uint32_t from = 0, to = 0;  // insn pcs
    };
    std::vector<Pin> pins;
};

// Forward dataflow over fn.code computing, for every instruction start, the
// kind of every slot before it executes; fills fn's stackMap* fields with the
// deduplicated Ptr bitmaps. Returns "" or a description of an inconsistency
// (an unhinted ambiguous instruction).
std::string computeStackMaps(vm::Function& fn, const StackMapInput& in);

// Returns null and sets *err ("file:line:col: message") on an unsupported construct.
std::unique_ptr<vm::Program> compileProgram(Driver& driver, const CompileOptions& opts, std::string* err);

}  // namespace gomini::frontend
