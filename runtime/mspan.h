// mspan.h — a span: a run of contiguous pages carved into equal objects (the
// twin of Go's mspan in mheap.go, with the allocation-bit logic of mbitmap.go
// and the object search of malloc.go's nextFreeFast).
//
// Design
//
// A span belongs to one span class = size class × {scan, noscan}
// (spanClass = sizeclass<<1 | noscan). Class 0 spans hold one large object.
// Keeping pointer-free objects in their own spans lets the collector skip
// them wholesale.
//
// Allocation state. allocBits has one bit per object slot, 1 = allocated as
// of the last sweep. Allocation does NOT set allocBits: every slot below
// freeindex is allocated, every slot at or above it is free iff its
// allocBits bit is clear. allocCache caches the complement of the 64
// allocBits starting at freeindex rounded down to 64, shifted so that bit 0
// is slot freeindex: count-trailing-zeros finds the next free slot in one
// instruction (nextFreeFast). When the cache runs dry, nextFreeIndex reloads
// it from allocBits 64 slots later.
//
// Mark state. gcmarkBits is the collector's per-slot mark bitmap. Sweep will
// (1) free every allocated slot whose mark bit is clear, (2) make gcmarkBits
// the new allocBits, (3) hand the span a cleared bitmap for the next cycle,
// and (4) reset freeindex to 0 and allocCount to the number of marked slots.
// Both bitmaps live inside the span (bitStore), and (2)+(3) swap pointers.
// Rejected: Go's separate gcBits arenas — they exist to recycle bitmaps in
// bulk across cycles; an inline 2 × 128-byte store per span is simpler and
// costs less than 5 % of the smallest span.
//
// sweepgen (Go's meaning, relative to mheap.sweepgen = sg, which grows by 2
// per cycle):
//   sg - 2  the span needs sweeping
//   sg - 1  the span is being swept
//   sg      the span is swept and ready to use
//   sg + 1  the span was cached before sweep began and still needs sweeping
//   sg + 3  the span was swept, then cached, and is still cached
// The stop-the-world collector (mgcsweep.cpp) flushes every mcache, adds 2
// to sg and sweeps every span before the world restarts, so between cycles
// every span is sg (on an mcentral list) or sg+3 (cached).
//
// Invariants:
//   allocCount ≤ nelems; freeindex ≤ nelems;
//   every slot below freeindex is allocated;
//   a cached span (in an mcache's alloc[]) is on no mcentral list.
#pragma once

#include <cstdint>
#include <cstring>

#include "runtime/base.h"
#include "runtime/sizeclasses.h"
#include "runtime/type.h"

namespace gomini::rt {

// spanClass: size class × noscan.
struct SpanClass {
    uint8_t v = 0;
    static constexpr SpanClass make(int sizeclass, bool noscan) {
        return SpanClass{uint8_t((sizeclass << 1) | (noscan ? 1 : 0))};
    }
    constexpr int sizeclass() const { return v >> 1; }
    constexpr bool noscan() const { return v & 1; }
    constexpr bool operator==(const SpanClass&) const = default;
};
inline constexpr int kNumSpanClasses = kNumSizeClasses << 1;
inline constexpr SpanClass kTinySpanClass = SpanClass::make(kTinySizeClass, true);

enum class SpanState : uint8_t {
    Dead,   // on the span free list (not describing heap memory)
    InUse,  // allocated to the heap: its pages hold objects
};

struct MSpanList;

struct MSpan {
    // --- list links (owned by whichever MSpanList holds the span) ---
    MSpan* next = nullptr;
    MSpan* prev = nullptr;
    MSpanList* list = nullptr;  // for assertions

    uintptr_t startAddr = 0;  // address of the first byte
    uintptr_t npages = 0;
    uintptr_t limit = 0;      // end of the last object (startAddr + nelems*elemsize)
    uintptr_t elemsize = 0;   // slot size (npages*8K for a large span)
    const TypeDesc* largeType = nullptr;  // large scan span: the type of its object's elements

    uint64_t allocCache = 0;  // ~allocBits from freeindex on, bit 0 = slot freeindex
    uint8_t* allocBits = nullptr;
    uint8_t* gcmarkBits = nullptr;

    uint32_t divMul = 0;      // ⌈2^32/elemsize⌉ for small spans
    uint32_t sweepgen = 0;
    uint16_t nelems = 0;      // number of object slots
    uint16_t freeindex = 0;   // slot to start the next free-slot search at
    uint16_t allocCount = 0;  // allocated slots
    SpanClass spanclass;
    SpanState state = SpanState::Dead;
    bool needzero = false;    // the pages may hold garbage (were used before)

    // Two bitmaps of kMaxObjsPerSpan bits: allocBits and gcmarkBits point here.
    uint64_t bitStore[2][kMaxObjsPerSpan / 64] = {};

    uintptr_t base() const { return startAddr; }
    uintptr_t end() const { return startAddr + (npages << kPageShift); }
    bool contains(uintptr_t p) const { return p >= startAddr && p < limit; }

    // Slot index of address p (startAddr ≤ p < limit).
    uintptr_t objIndex(uintptr_t p) const {
        uintptr_t off = p - startAddr;
        if (spanclass.sizeclass() == 0) return 0;
        return uintptr_t((uint64_t(off) * divMul) >> 32);
    }

    bool allocBit(uintptr_t i) const { return (allocBits[i / 8] >> (i % 8)) & 1; }
    bool isMarked(uintptr_t i) const { return (gcmarkBits[i / 8] >> (i % 8)) & 1; }
    void setMarked(uintptr_t i) { gcmarkBits[i / 8] |= uint8_t(1u << (i % 8)); }

    // Whether slot i is free (Go's mspan.isFree).
    bool isFree(uintptr_t i) const { return i >= freeindex && !allocBit(i); }

    // Loads allocCache with the complement of the 64 allocBits starting at
    // slot `whichSlot` (a multiple of 64).
    void refillAllocCache(uintptr_t whichSlot) {
        GM_ASSERT(whichSlot % 64 == 0, "span %p: refillAllocCache(%zu) not 64-aligned", (void*)this, size_t(whichSlot));
        uint64_t bits;
        std::memcpy(&bits, allocBits + whichSlot / 8, sizeof bits);  // little-endian: bit i = slot whichSlot+i
        allocCache = ~bits;
    }

    static uint64_t shr(uint64_t x, unsigned n) { return n >= 64 ? 0 : x >> n; }

    // The index of the next free slot at or after freeindex, or nelems when
    // the span is full; advances freeindex past it. Go's mspan.nextFreeIndex.
    uintptr_t nextFreeIndex() {
        uintptr_t sfreeindex = freeindex;
        uintptr_t snelems = nelems;
        if (sfreeindex == snelems) return sfreeindex;
        unsigned bit = allocCache == 0 ? 64 : unsigned(__builtin_ctzll(allocCache));
        while (bit == 64) {
            // Nothing free in this cache word: move to the next 64 slots.
            sfreeindex = (sfreeindex + 64) & ~uintptr_t(63);
            if (sfreeindex >= snelems) {
                freeindex = uint16_t(snelems);
                return snelems;
            }
            refillAllocCache(sfreeindex);
            bit = allocCache == 0 ? 64 : unsigned(__builtin_ctzll(allocCache));
        }
        uintptr_t result = sfreeindex + bit;
        if (result >= snelems) {
            freeindex = uint16_t(snelems);
            return snelems;
        }
        allocCache = shr(allocCache, bit + 1);
        sfreeindex = result + 1;
        if (sfreeindex % 64 == 0 && sfreeindex != snelems) refillAllocCache(sfreeindex);
        freeindex = uint16_t(sfreeindex);
        return result;
    }

    // Prepares a swept or fresh span to be handed to an mcache: positions
    // allocCache at freeindex.
    void primeAllocCache() {
        refillAllocCache(uintptr_t(freeindex) & ~uintptr_t(63));
        allocCache = shr(allocCache, freeindex % 64);
    }
};

static_assert(sizeof(MSpan) <= 384, "mspan grew: it is allocated for every span");

// nextFreeFast: the allocation fast path (Go's malloc.go nextFreeFast). Returns
// the address of a free slot or 0 when the cache word is exhausted (the
// caller then takes the slow path, nextFree).
inline uintptr_t nextFreeFast(MSpan* s) {
    if (s->allocCache == 0) return 0;
    unsigned bit = unsigned(__builtin_ctzll(s->allocCache));
    uintptr_t result = uintptr_t(s->freeindex) + bit;
    if (result < s->nelems) {
        uintptr_t freeidx = result + 1;
        if (freeidx % 64 == 0 && freeidx != s->nelems) return 0;  // needs a cache refill: slow path
        s->allocCache = MSpan::shr(s->allocCache, bit + 1);
        s->freeindex = uint16_t(freeidx);
        s->allocCount++;
        return s->startAddr + result * s->elemsize;
    }
    return 0;
}

// An intrusive doubly linked list of spans (Go's mSpanList).
struct MSpanList {
    MSpan* first = nullptr;
    MSpan* last = nullptr;
    uintptr_t count = 0;

    bool empty() const { return first == nullptr; }
    void pushFront(MSpan* s) {
        GM_ASSERT(s->list == nullptr && s->next == nullptr && s->prev == nullptr,
                  "span %p is already on list %p", (void*)s, (void*)s->list);
        s->next = first;
        if (first) first->prev = s;
        else last = s;
        first = s;
        s->list = this;
        count++;
    }
    void remove(MSpan* s) {
        GM_ASSERT(s->list == this, "span %p is on list %p, not %p", (void*)s, (void*)s->list, (void*)this);
        if (s->prev) s->prev->next = s->next;
        else first = s->next;
        if (s->next) s->next->prev = s->prev;
        else last = s->prev;
        s->next = s->prev = nullptr;
        s->list = nullptr;
        count--;
    }
    MSpan* popFront() {
        MSpan* s = first;
        if (s) remove(s);
        return s;
    }
};

}  // namespace gomini::rt
