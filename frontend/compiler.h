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

#include "frontend/driver.h"
#include "vm/bytecode/program.h"

namespace gomini::frontend {

struct CompileOptions {
    int langMinor = 22;  // < 22: one loop variable per loop (Go 1.21 semantics)
};

// Returns null and sets *err ("file:line:col: message") on an unsupported construct.
std::unique_ptr<vm::Program> compileProgram(Driver& driver, const CompileOptions& opts, std::string* err);

}  // namespace gomini::frontend
