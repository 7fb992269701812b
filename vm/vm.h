// vm.h — running a compiled Program (the dispatch loop lives in interp.cpp).
//
// One VM per process for now (one goroutine, G 1). The VM owns the
// goroutine's VM stack (a reserved, non-moving virtual range: pointers into
// frames stay valid), its call-info stack, defer chain and panic chain, and
// registers the collector's root scanner. See vm/HACKING.md.
#pragma once

#include <string>
#include <vector>

#include "vm/bytecode/program.h"
#include "vm/native.h"

namespace gomini::vm {

// Binds every bodyless function of p to its registered native. Returns the
// link names that have no native (empty: all bound).
std::vector<std::string> bindNatives(Program& p);

// Runs the package initializers and main.main. Returns the process exit code
// (0, or 2 after an unrecovered panic is reported); os.Exit exits directly.
int runProgram(const Program& p, const std::vector<std::string>& args);

// The formatter of panic values (stdlib's fmt: panicValueString); set by the
// CLI, since the VM does not link the stdlib.
using PanicFormatter = std::string (*)(NativeCtx& ctx, const Iface& v);
void setPanicFormatter(PanicFormatter f);

// Go's runtime print of a float64: "+1.500000e+000".
std::string runtimeFloatString(double v);

}  // namespace gomini::vm
