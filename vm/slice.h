// slice.h — slice growth, make and copy (the twin of Go's runtime/slice.go).
//
// A slice value is GoSlice {ptr, len, cap} (vm/rtype.h). Backing arrays are
// heap objects from rt::mallocgc, typed with the element's TypeDesc (elem->gc)
// so the collector scans them precisely, or untyped (noscan) when the element
// holds no pointers. Zero-sized elements share rt::zerobase().
//
// Errors are Go's run-time panics thrown as vm::RuntimePanic (vm/panic.h):
// "makeslice: len out of range", "makeslice: cap out of range",
// "growslice: cap out of range".
#pragma once

#include <cstdint>

#include "vm/rtype.h"

namespace gomini::vm {

// append's slow path: a new backing array holding old's elements, len = old.len,
// cap >= needed, the capacity chosen as Go 1.19 does (double below 256 elements,
// then +(cap + 768)/4 steps, rounded up to the allocation's size class). The
// elements in [old.len, cap) are zero.
GoSlice growslice(const RType* elem, GoSlice old, int64_t needed);

// make([]T, len, cap): a zeroed backing array. Panics as Go does on a negative
// or too large len/cap and on len > cap.
GoSlice makeslice(const RType* elem, int64_t len, int64_t cap);

// copy(dst, src): copies min(dstLen, srcLen) elements with memmove (the ranges
// may overlap) and returns that count.
int64_t slicecopy(void* dst, int64_t dstLen, const void* src, int64_t srcLen, uintptr_t elemSize);

}  // namespace gomini::vm
