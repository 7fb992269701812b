// program.h — the compiled program: functions, constant pool, types, globals.
//
// Plain data, produced by the compiler (frontend/compiler.cpp) and executed
// by the VM (vm/interp.cpp). Invariants:
//   * Function::code is a sequence of wide instructions (opcodes.h); every
//     jump lands on an instruction start; every register operand is below
//     Function::nslots (checked by verify()).
//   * Frame layout of a call: slots [0, nparamSlots) hold the receiver and the
//     parameters (vm/native.h's convention); results are returned in slots
//     [0, nresultSlots) of the same frame; everything else is locals and
//     temporaries, zeroed on entry.
//   * Constants referenced by t/f operands hold `const RType*` / `const
//     Function*` as 64-bit words; string constants are (ptr, len) pairs
//     pointing into Program::strings (stable storage, never heap).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "vm/bytecode/opcodes.h"
#include "vm/native.h"
#include "vm/rtype.h"

namespace gomini::vm {

struct Program;
struct Closure;

struct Function {
    std::string name;      // Go's symbol name: "main.main", "main.(*T).M", "main.main.func1"
    std::string file;      // source file for tracebacks
    std::vector<uint32_t> code;
    std::vector<int32_t> lines;  // lines[pc] = source line of the instruction starting at pc (0 elsewhere)
    uint32_t nparamSlots = 0;
    uint32_t nresultSlots = 0;
    uint32_t nslots = 0;         // frame size (>= nparamSlots, >= nresultSlots)
    int32_t deferReturnPc = -1;  // where a recovered panic resumes this function (RUNDEFERS + return)
    bool hasDefer = false;
    NativeFn native = nullptr;   // bodyless function bound at load time
    std::string linkName;        // for natives: the name looked up
    const Program* prog = nullptr;
    int line = 0;                // declaration line
    mutable Closure* staticClosure = nullptr;  // the function as a value (FUNCVAL), made on first use

    // Stack maps (Go's stack objects/pointer maps, per function): for every
    // instruction start pc, which frame slots hold a heap-or-nil pointer when
    // the frame is stopped there (state BEFORE the instruction at pc executes;
    // a caller frame is stopped at its return address). The compiler derives
    // them (frontend/compiler.cpp, computeStackMaps). Bitmaps are deduplicated:
    // stackMapBits holds stackMapBytes bytes per map (LSB first: bit i = slot
    // i); stackMapIndex is sorted by pc and gives the map of every pc up to the
    // next entry.
    std::vector<uint8_t> stackMapBits;
    uint32_t stackMapBytes = 0;
    std::vector<std::pair<uint32_t, uint32_t>> stackMapIndex;  // (first pc, map number)

    // The map of the frame stopped at pc (null: no slot holds a pointer).
    const uint8_t* stackMapAt(uint32_t pc) const {
        if (stackMapIndex.empty() || stackMapBytes == 0) return nullptr;
        size_t lo = 0, hi = stackMapIndex.size();
        while (hi - lo > 1) {
            size_t mid = (lo + hi) / 2;
            if (stackMapIndex[mid].first <= pc) lo = mid;
            else hi = mid;
        }
        return stackMapBits.data() + static_cast<size_t>(stackMapIndex[lo].second) * stackMapBytes;
    }

    int lineAt(uint32_t pc) const {
        for (int64_t p = pc; p >= 0; --p)
            if (static_cast<size_t>(p) < lines.size() && lines[p] != 0) return lines[p];
        return line;
    }
};

// A function value: the code and the captured variables' addresses.
struct Closure {
    const Function* fn;
    void* caps[];  // captured variable pointers (by reference, as Go)
};

struct Program {
    std::vector<std::unique_ptr<Function>> funcs;
    std::vector<uint64_t> consts;
    std::deque<std::string> strings;            // backing store of string constants
    std::deque<RType> types;                    // every RType of the program
    std::deque<Itab> itabs;                     // itabs built at compile time
    std::deque<std::vector<uint8_t>> gcbits;    // bitmaps behind RType::gc.gcdata
    std::vector<std::unique_ptr<uint64_t[]>> staticClosures;
    uint32_t globalsSize = 0;                   // bytes of package-level variables
    std::vector<uint8_t> globalsGcdata;         // pointer bitmap of the globals block (bit i = word i)
    std::vector<const Function*> inits;         // in order: package var inits and init() per package
    const Function* mainFn = nullptr;
    // Types the VM needs for runtime errors and builtins.
    const RType* errorType = nullptr;           // the "error" interface
    const RType* runtimeErrorString = nullptr;  // runtime error with "runtime error: " prefix
    const RType* runtimePlainError = nullptr;   // runtime error without prefix
    const RType* panicNilError = nullptr;       // *runtime.PanicNilError (panic(nil), Go 1.21+)
    const RType* stringType = nullptr;
    const RType* emptyIface = nullptr;
    std::vector<const RType*> allTypesByName;  // for NativeCtx::typeByName
};

// Disassembly of one function / every function ("gomini disasm").
std::string disassemble(const Function& f);
std::string disassemble(const Program& p);
// Checks register, constant and jump bounds of f; returns "" if f is valid,
// else a description of the first problem.
std::string verify(const Function& f, size_t nconsts);

}  // namespace gomini::vm
