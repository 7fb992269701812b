// type.h — TypeDesc: the garbage collector's only view of a Go type (the
// twin of the size/ptrdata/gcdata part of Go's runtime._type).
//
// A TypeDesc says how big a value is, how it is aligned, and which of its
// pointer-sized words hold pointers:
//   size     bytes of one value (an array [n]T is described by its own TypeDesc,
//            or allocated as n values of T: see mallocgc)
//   align    alignment in bytes (a power of two, ≤ 8 for every gomini type)
//   ptrdata  bytes of the prefix that can contain pointers; 0 = "noscan":
//            the value holds no pointers and is never scanned
//   gcdata   the pointer bitmap, one bit per word of the ptrdata prefix, least
//            significant bit first: bit i set ⇔ word i is a pointer.
//            ptrdata/8 bits are meaningful; may be null when ptrdata == 0.
//   name     for diagnostics only (gctrace, heap dumps, assertion messages)
//
// The loader builds one TypeDesc per VM type and keeps it alive for the
// program's life; the heap stores TypeDesc pointers (large objects) and bits
// copied from gcdata (small objects), never anything from vm/.
//
// Invariants (checked by mallocgc): ptrdata ≤ size, ptrdata % 8 == 0, the
// last word of ptrdata is a pointer (ptrdata is the tightest prefix), and
// size % align == 0.
#pragma once

#include <cstddef>
#include <cstdint>

namespace gomini::rt {

inline constexpr uintptr_t kPtrSize = sizeof(void*);
static_assert(kPtrSize == 8, "gomini's runtime assumes a 64-bit address space");

struct TypeDesc {
    uintptr_t size = 0;
    uintptr_t align = 1;
    uintptr_t ptrdata = 0;
    const uint8_t* gcdata = nullptr;
    const char* name = "";

    bool hasPointers() const { return ptrdata != 0; }
    // Whether word i (0-based, counted from the start of one value) holds a pointer.
    bool isPointerWord(uintptr_t i) const {
        if (i >= ptrdata / kPtrSize) return false;
        return (gcdata[i / 8] >> (i % 8)) & 1;
    }
};

}  // namespace gomini::rt
