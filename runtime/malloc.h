// malloc.h — mallocgc, the one allocation entry of the runtime, and the
// memory statistics (the twin of Go's malloc.go and mstats.go). The design
// essay is at the top of malloc.cpp.
//
// The VM allocates every heap object with
//     void* p = mallocgc(size, type, needzero);
// where `type` describes the object's element type (size may be a multiple of
// type->size: an array of that type), or is null for memory that holds no
// pointers. needzero = false is a promise that the caller overwrites every
// byte before the next safe point (Go's mallocgc contract).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/type.h"

namespace gomini::rt {

class MCache;

void* mallocgc(size_t size, const TypeDesc* type, bool needzero);
// mallocgc on an explicit mcache (the current P's, or a test's private heap).
void* mallocgcOn(MCache& c, size_t size, const TypeDesc* type, bool needzero);

// The address every zero-byte allocation returns (Go's zerobase).
void* zerobase();

// gcTrigger: a reason to start a collection (Go's mgc.go). mallocgc tests a
// gcTriggerHeap trigger after every allocation that refilled a span or
// allocated a large object — the points where the live heap can have grown
// by a span's worth. A trigger that holds does not collect: mallocgc only
// sets the request flag (gcRequested(), mgc.h) and the VM collects at its
// next safe point. test() (mgcpacer.cpp):
//   heap   heapLive ≥ the pacer's goal; never with GOGC=off
//   time   more than 2 minutes since the last cycle (Go's forcegcperiod); never with GOGC=off
//   cycle  fewer than n cycles have completed (runtime.GC's "start cycle n")
enum class gcTriggerKind {
    heap,   // the heap reached the trigger size set by the pacer
    time,   // no GC for too long (forced periodic GC)
    cycle,  // runtime.GC(): start cycle n if not already started
};
struct gcTrigger {
    gcTriggerKind kind;
    uint32_t n = 0;  // cycle: the cycle number wanted
    bool test() const;
};

// The subset of Go's runtime.MemStats the heap and the collector maintain.
// As in Go, tiny allocations count in both Mallocs and Frees (their block is
// the object the heap tracks), so HeapObjects counts blocks, not tiny objects.
struct MemStats {
    uint64_t Alloc = 0;        // = HeapAlloc
    uint64_t TotalAlloc = 0;   // cumulative bytes allocated (never decreases)
    uint64_t Sys = 0;          // bytes obtained from the OS
    uint64_t Mallocs = 0;      // cumulative objects allocated
    uint64_t Frees = 0;        // cumulative objects freed
    uint64_t HeapAlloc = 0;    // bytes of allocated heap objects (live + not yet swept)
    uint64_t HeapSys = 0;      // bytes of heap arenas obtained from the OS
    uint64_t HeapIdle = 0;     // bytes in free pages
    uint64_t HeapInuse = 0;    // bytes in in-use spans
    uint64_t HeapReleased = 0; // idle bytes returned to the OS by the scavenger (part of HeapIdle)
    uint64_t HeapObjects = 0;  // = Mallocs - Frees
    uint64_t NextGC = 0;       // heap goal of the next cycle (MaxInt64 with GOGC=off, as Go without a memory limit)
    uint64_t LastGC = 0;       // end of the last cycle, ns since the Unix epoch (0: none yet)
    uint64_t PauseTotalNs = 0; // cumulative stop-the-world time of all cycles
    uint32_t NumGC = 0;        // completed collections
    uint32_t NumForcedGC = 0;  // of which runtime.GC() forced
};

// Snapshot of the process heap (global heap + the P's mcache). Like Go's
// ReadMemStats it must run with the world stopped: today, on the thread
// that allocates.
MemStats readMemStats();

// Objects freed on the process heap and their bytes (slot sizes). The
// sweeper records its frees in its own heap's stats (MHeap::recordFree);
// this is the same for mheap().
void memstatsRecordFree(uint64_t objects, uint64_t bytes);

}  // namespace gomini::rt
