// natives.h — the C++ side of the stdlib: every Go function declared without
// a body under stdlib/ is implemented in stdlib/natives/*.cpp and registered
// by its link name (vm/native.h) from registerAllNatives().
//
// Besides registration, this header exposes the pieces of fmt and strconv
// that the VM reuses: Go's printing of values (panic messages, %v of runtime
// values) and Go's float formatting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vm/native.h"

namespace gomini::stdlib {

// Registers every native of every stdlib package with vm::registerNative.
// Call once, before loading a program. Idempotent (a second call does nothing).
void registerAllNatives();

// ---- fmt (stdlib/natives/fmt_print.cpp) ----

// fmt.Sprint / Sprintln / Sprintf of `n` operands (each an `any` value).
// These call String/Error/Format/GoString methods through ctx exactly where
// Go's fmt does, so they may run Go code (and the collector).
std::string sprint(vm::NativeCtx& ctx, const vm::Iface* args, size_t n);
std::string sprintln(vm::NativeCtx& ctx, const vm::Iface* args, size_t n);
// wrapped != nullptr: %w is accepted (fmt.Errorf) and the operand index of
// every %w is appended to *wrapped in directive order.
std::string sprintf(vm::NativeCtx& ctx, std::string_view format, const vm::Iface* args, size_t n,
                    std::vector<int64_t>* wrapped = nullptr);

// One operand formatted with a single verb and no flags: formatValue(ctx, v, 'v')
// is fmt.Sprintf("%v", v); 'T' gives the type's name ("<nil>" for nil).
std::string formatValue(vm::NativeCtx& ctx, const vm::Iface& v, char verb = 'v');

// The text Go's runtime prints for a panic value after "panic: " (printpanicval):
// error → Error(), Stringer → String(), basic kinds as the builtin print
// writes them (floats "+1.500000e+000"), named basic types as "main.T(5)"
// (strings quoted: main.S("x")), anything else "(main.T) 0xc000012345"
// (the address of the boxed value) — without the " [recovered]" suffix and
// without the "runtime error: " handling the VM does itself. Calls methods
// through ctx like formatValue.
std::string panicValueString(vm::NativeCtx& ctx, const vm::Iface& v);

// The builtin print/println spelling of a float64 (the VM's runtimeFloatString, Go's printfloat:
// "+1.500000e+000", "NaN", "+Inf").
std::string printFloat(double v);

// ---- strconv (stdlib/natives/strconv.cpp) ----

// strconv.FormatFloat: fmt one of 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X' (others give
// "%" + fmt as Go does), prec -1 = shortest, bitSize 32 or 64.
std::string formatFloat(double f, char fmt, int prec, int bitSize);

// strconv.ParseFloat's core: status 0 ok, 1 syntax error (result 0), 2 out of
// range (result ±Inf, as Go's ErrRange).
double parseFloat(std::string_view s, int bitSize, int& status);

// unicode.IsPrint (strconv.IsPrint is the same predicate).
bool isPrint(int32_t r);

}  // namespace gomini::stdlib
