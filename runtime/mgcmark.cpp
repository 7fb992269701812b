// mgcmark.cpp — marking: roots, gray objects, precise scanning (the twin of
// Go's mgcmark.go, with greyobject/findObject from mbitmap.go).
//
// Design
//
// Tri-color marking with the mark bit as the color: white = mark bit clear;
// gray = mark bit set and the object is on a GcWork queue; black = mark bit
// set and scanned. Roots come from the VM's root scanner (mgc.h), which
// reports words with markRoot/scanBlock/scanStack; each word that points
// into an allocated heap object grays that object. gcDrain then pops gray
// objects and scans them until no gray object is left. There is no
// recursion anywhere: the queue is the explicit stack (mgcwork.h).
//
// What counts as a pointer (findObject + isFree): a word is followed only
// when it points into an in-use span, below the span's limit, at a slot that
// is allocated (below freeindex or with its allocBits bit set). Interior
// pointers mark the object that contains them; a pointer into a tiny block
// marks the whole 16-byte block (the collector never sees tiny objects,
// only their blocks). Pointers to free slots, into span tail waste, into
// freed pages, or outside the heap are ignored — a conservative root word
// (bitmap == nullptr in scanBlock) can therefore never resurrect or corrupt
// anything.
//
// Precise heap scanning: a small scan object's pointer words are the bits
// mallocgc copied into its arena's heap bitmap (heapBitsSetType), read here
// one bitmap byte (8 words) at a time so that pointer-free stretches cost
// one test; a large scan object is its span's largeType repeated over the
// object, and only the ptrdata prefix of each element is looked at. Noscan
// objects are marked but never queued, so their contents are never read:
// an integer that happens to equal a heap address keeps nothing alive.
//
// Accounting: greyobject adds the slot size of every object it marks to
// bytesMarked (heap2 of gctrace, the pacer's heapMarked); scanobject adds
// the bytes it scanned to scanWork; root words count as stack or globals
// bytes (the pacer adds them to the goal as Go does).
#include "runtime/base.h"
#include "runtime/mgcwork.h"

namespace gomini::rt {

namespace {

// Greys the object containing heap address p, if p points into an allocated object.
inline void markPointer(GcWork& w, uintptr_t p) {
    if (p < kPageSize) return;  // nil and small integers: the common non-pointer values
    MSpan* s;
    uintptr_t idx;
    uintptr_t obj = w.heap.findObject(p, &s, &idx);
    if (obj == 0 || s->isFree(idx)) return;
    greyobject(w, obj, s, idx);
}

inline uintptr_t loadWord(uintptr_t addr) { return *reinterpret_cast<const uintptr_t*>(addr); }

void scanRootWords(GcWork& w, const void* base, size_t nwords, const uint8_t* bitmap) {
    auto b = reinterpret_cast<uintptr_t>(base);
    GM_ASSERT(nwords == 0 || b % kPtrSize == 0, "scanBlock: root block %p is not word-aligned", base);
    for (size_t i = 0; i < nwords; i++) {
        if (bitmap && !((bitmap[i / 8] >> (i % 8)) & 1)) {
            if (i % 8 == 0 && bitmap[i / 8] == 0) i += 7;  // a whole pointer-free byte
            continue;
        }
        markPointer(w, loadWord(b + i * kPtrSize));
    }
}

}  // namespace

void markRoot(GcWork& w, const void* p) { markPointer(w, reinterpret_cast<uintptr_t>(p)); }

void scanBlock(GcWork& w, const void* base, size_t nwords, const uint8_t* bitmap) {
    w.globalsScan += nwords * kPtrSize;
    scanRootWords(w, base, nwords, bitmap);
}

void scanStack(GcWork& w, const void* base, size_t nwords, const uint8_t* bitmap) {
    w.stackScan += nwords * kPtrSize;
    scanRootWords(w, base, nwords, bitmap);
}

void greyobject(GcWork& w, uintptr_t obj, MSpan* s, uintptr_t objIndex) {
    if (s->isMarked(objIndex)) return;
    s->setMarked(objIndex);
    w.objectsMarked++;
    w.bytesMarked += s->elemsize;
    if (s->spanclass.noscan()) return;  // nothing to scan: black at once
    w.put(obj);
}

void scanobject(GcWork& w, uintptr_t b) {
    MSpan* s = w.heap.spanOf(b);
    GM_ASSERT(s && s->state == SpanState::InUse && !s->spanclass.noscan(),
              "scanobject: %p is not in an in-use scan span", (void*)b);
    if (s->spanclass.sizeclass() == 0) {
        // Large object: its span's element type, repeated over the object.
        const TypeDesc* t = s->largeType;
        GM_ASSERT(t && t->size >= kPtrSize && t->hasPointers(), "scanobject: large scan span %p has no type", (void*)s);
        uintptr_t end = s->limit;
        uintptr_t ptrWords = t->ptrdata / kPtrSize;
        for (uintptr_t e = b; e + t->size <= end; e += t->size) {
            for (uintptr_t i = 0; i < ptrWords; i++) {
                if (t->isPointerWord(i)) markPointer(w, loadWord(e + i * kPtrSize));
            }
        }
        w.scanWork += end - b;
        return;
    }
    // Small object: the heap bitmap, a byte (8 words) at a time.
    uintptr_t n = s->elemsize;
    HeapArena* ha = w.heap.arenaOf(b);
    for (uintptr_t off = 0; off < n; off += kPtrSize) {
        uintptr_t addr = b + off;
        if (addr - ha->base >= kHeapArenaBytes) ha = w.heap.arenaOf(addr);  // the object straddles two arenas
        uintptr_t wi = (addr - ha->base) / kPtrSize;
        uint8_t bits = ha->bitmap[wi / 8];
        if (bits == 0) {
            // Skip to the next bitmap byte (stays within this arena: arenas are 64-word multiples).
            off += (7 - wi % 8) * kPtrSize;
            continue;
        }
        if ((bits >> (wi % 8)) & 1) markPointer(w, loadWord(addr));
    }
    w.scanWork += n;
}

void gcDrain(GcWork& w) {
    for (uintptr_t b = w.tryGet(); b != 0; b = w.tryGet()) scanobject(w, b);
}

}  // namespace gomini::rt
