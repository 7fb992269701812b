// slice.cpp — growslice, makeslice, slicecopy (Go's runtime/slice.go).
//
// Invariants:
//   - Every backing array comes from rt::mallocgc: typed with elem->gc when
//     the element holds pointers (so the collector scans it precisely; the
//     request is then a whole number of elements, as mallocgc requires), else
//     untyped (noscan). Zero-sized elements share rt::zerobase().
//   - growslice's capacity is Go 1.19's: newcap = 2*cap below 256 elements
//     (or the requested cap if that is larger), then repeated
//     newcap += (newcap + 768) / 4, and finally the byte size is rounded up to
//     the size class (rt::roundupsize) and the capacity is whatever fits.
//   - Each function allocates exactly once and copies from its arguments
//     after that single allocation; the caller keeps `old` reachable.
//   - growslice asks mallocgc for unzeroed memory and writes every byte itself
//     (old elements, then zeros) before returning: the collector only runs at
//     VM safe points, never inside these functions.
#include "vm/slice.h"

#include <cstring>

#include "runtime/malloc.h"
#include "runtime/sizeclasses.h"
#include "vm/panic.h"

namespace gomini::vm {

namespace {

// Go's maxAlloc on 64-bit Linux (1 << 48): requests beyond it panic with the
// "out of range" errors; smaller ones that the heap cannot serve die in
// mallocgc with Go's "out of memory" fatal error.
constexpr uint64_t kGoMaxAlloc = uint64_t(1) << 48;

// a * b, reporting overflow of 64 bits.
inline bool mulOverflows(uint64_t a, uint64_t b, uint64_t* out) { return __builtin_mul_overflow(a, b, out); }

void* allocArray(const RType* elem, uint64_t bytes) {
    const rt::TypeDesc* td = elem->gc.ptrdata != 0 ? &elem->gc : nullptr;
    return rt::mallocgc(bytes, td, true);
}

}  // namespace

GoSlice growslice(const RType* elem, GoSlice old, int64_t needed) {
    if (needed < old.cap) throwRuntimeError("growslice: cap out of range");
    uint64_t esize = elem->size;
    if (esize == 0) return GoSlice{rt::zerobase(), old.len, needed};

    int64_t newcap = old.cap;
    int64_t doublecap = newcap + newcap;
    if (needed > doublecap) {
        newcap = needed;
    } else {
        constexpr int64_t threshold = 256;
        if (old.cap < threshold) {
            newcap = doublecap;
        } else {
            // The 0 < newcap test stops the loop when newcap overflows.
            while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) / 4;
            if (newcap <= 0) newcap = needed;
        }
    }

    uint64_t capmem = 0;
    bool overflow = mulOverflows(esize, uint64_t(newcap), &capmem);
    if (overflow || capmem > kGoMaxAlloc) throwRuntimeError("growslice: cap out of range");
    capmem = rt::roundupsize(capmem);
    newcap = int64_t(capmem / esize);
    // Scan objects must be whole elements: request exactly newcap elements
    // (the same size class as capmem).
    // needzero = false: every byte is written below, before the next safe
    // point (the old elements copied, the rest cleared), as mallocgc allows.
    uint64_t bytes = uint64_t(newcap) * esize;
    uint64_t lenmem = uint64_t(old.len) * esize;
    auto* p = static_cast<uint8_t*>(rt::mallocgc(bytes, elem->gc.ptrdata != 0 ? &elem->gc : nullptr, false));
    if (lenmem > 0) std::memmove(p, old.ptr, lenmem);
    std::memset(p + lenmem, 0, bytes - lenmem);
    return GoSlice{p, old.len, newcap};
}

GoSlice makeslice(const RType* elem, int64_t len, int64_t cap) {
    uint64_t esize = elem->size;
    uint64_t mem = 0;
    bool overflow = cap < 0 || mulOverflows(esize, uint64_t(cap), &mem);
    if (overflow || mem > kGoMaxAlloc || len < 0 || len > cap) {
        // Report len out of range rather than cap out of range when both are
        // wrong (Go's makeslice: make([]T, hugeLen) must say len).
        uint64_t lmem = 0;
        if (len < 0 || mulOverflows(esize, uint64_t(len), &lmem) || lmem > kGoMaxAlloc)
            throwRuntimeError("makeslice: len out of range");
        throwRuntimeError("makeslice: cap out of range");
    }
    void* p = esize == 0 ? rt::zerobase() : allocArray(elem, mem);
    return GoSlice{p, len, cap};
}

int64_t slicecopy(void* dst, int64_t dstLen, const void* src, int64_t srcLen, uintptr_t elemSize) {
    int64_t n = dstLen < srcLen ? dstLen : srcLen;
    if (n <= 0 || elemSize == 0) return n < 0 ? 0 : n;
    if (dst != src) std::memmove(dst, src, uint64_t(n) * elemSize);
    return n;
}

}  // namespace gomini::vm
