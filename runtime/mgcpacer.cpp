// mgcpacer.cpp — when to collect (the twin of Go's mgcpacer.go, reduced to
// what a stop-the-world collector needs).
//
// Design
//
// Go's pacer aims a concurrent cycle so that marking finishes just as the
// heap reaches its goal; it starts early (the trigger) and steers assists.
// A stop-the-world cycle finishes the instant it starts, so trigger = goal
// and there is nothing to steer. What remains is Go's goal formula:
//
//   goal = heapMarked + (heapMarked + stackScan + globalsScan) * GOGC/100
//   goal = max(goal, heapMinimum),  heapMinimum = 4 MB * GOGC/100
//
// where heapMarked is the live heap the last cycle left and stackScan /
// globalsScan are the root bytes it scanned (scanStack / scanBlock). Before
// the first cycle heapMarked is 0, so the first collection comes at 4 MB
// (at GOGC=100), as in Go. GOGC=off (gcPercent < 0) makes the goal
// unreachable: no heap or time trigger ever fires; runtime.GC() still
// collects.
//
// heapLive is the process heap's allocated bytes: the mcache's allocation
// counter minus the sweeper's frees. Every cycle sweeps completely, so right
// after a cycle heapLive == heapMarked; it is read only at the trigger
// checks (span refills and large allocations), so it can be late by less
// than one span — the same slack Go's heapLive has, which counts a span as
// allocated when it is cached.
//
// Invariants: heapGoal ≥ heapMinimum when gcPercent ≥ 0, INT64_MAX when < 0 (Go reports about
// MaxInt64 then: its memory-limit goal, with no limit set).
// All state is atomic: mallocgc reads it on the allocating thread while
// setGCPercent may run on another.
#include <cstdint>
#include <ctime>

#include "runtime/debug.h"
#include "runtime/mcache.h"
#include "runtime/mgcwork.h"

namespace gomini::rt {

namespace {

constexpr uint64_t kDefaultHeapMinimum = 4 << 20;     // Go's defaultHeapMinimum
constexpr int64_t kForceGCPeriod = int64_t(120) * 1000000000;  // Go's forcegcperiod: 2 minutes

int64_t monoNow() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

GcController* newController() {
    auto* c = new GcController();
    int32_t pct = settings().gcPercent;
    c->gcPercent.store(pct < 0 ? -1 : pct);
    c->heapMinimum.store(pct < 0 ? 0 : kDefaultHeapMinimum * uint64_t(pct) / 100);
    c->commit();
    c->lastHeapGoal.store(c->heapGoal.load());
    return c;
}

}  // namespace

GcController& gcController() {
    static GcController* c = newController();  // never destroyed, like the heap
    return *c;
}

void GcController::commit() {
    int32_t pct = gcPercent.load(std::memory_order_relaxed);
    if (pct < 0) {
        heapGoal.store(uint64_t(INT64_MAX), std::memory_order_relaxed);
        return;
    }
    uint64_t marked = heapMarked.load(std::memory_order_relaxed);
    uint64_t roots = lastStackScan.load(std::memory_order_relaxed) + globalsScan.load(std::memory_order_relaxed);
    uint64_t goal = marked + (marked + roots) * uint64_t(pct) / 100;
    uint64_t minimum = heapMinimum.load(std::memory_order_relaxed);
    if (goal < minimum) goal = minimum;
    heapGoal.store(goal, std::memory_order_relaxed);
}

void GcController::endCycle(uint64_t marked, uint64_t stackScan, uint64_t globals) {
    heapMarked.store(marked, std::memory_order_relaxed);
    lastStackScan.store(stackScan, std::memory_order_relaxed);
    globalsScan.store(globals, std::memory_order_relaxed);
    lastGCMono.store(monoNow(), std::memory_order_relaxed);
    cycles.fetch_add(1, std::memory_order_relaxed);
    commit();
}

uint64_t heapLive() {
    MCache& c = getMCache();
    return c.stats.allocBytes - c.heap().stats().freeBytes;
}

bool gcTrigger::test() const {
    GcController& gc = gcController();
    switch (kind) {
        case gcTriggerKind::heap:
            if (gc.gcPercent.load(std::memory_order_relaxed) < 0) return false;
            return heapLive() >= gc.heapGoal.load(std::memory_order_relaxed);
        case gcTriggerKind::time: {
            if (gc.gcPercent.load(std::memory_order_relaxed) < 0) return false;
            int64_t last = gc.lastGCMono.load(std::memory_order_relaxed);
            return last != 0 && monoNow() - last > kForceGCPeriod;
        }
        case gcTriggerKind::cycle:
            // n - cycles > 0, in modular arithmetic as Go does for wrap-around.
            return int32_t(n - gc.cycles.load(std::memory_order_relaxed)) > 0;
    }
    return false;
}

int32_t setGCPercent(int32_t pct) {
    GcController& gc = gcController();
    if (pct < 0) pct = -1;
    int32_t old = gc.gcPercent.exchange(pct);
    gc.heapMinimum.store(pct < 0 ? 0 : kDefaultHeapMinimum * uint64_t(pct) / 100);
    gc.commit();
    return old;
}

uint64_t gcHeapGoal() { return gcController().heapGoal.load(std::memory_order_relaxed); }

}  // namespace gomini::rt
