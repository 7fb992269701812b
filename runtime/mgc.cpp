// mgc.cpp — the garbage collector's driver (the twin of Go's mgc.go).
//
// Design
//
// A cycle is Go's four phases with the world stopped throughout:
//   1. sweep termination: flush every P's mcache (releaseAll) so that every
//      span is on an mcentral list, and drop the tiny block (Go drops it at
//      flush too): no allocation can land in a block the sweep may free;
//   2. mark: the registered root scanner reports roots into a GcWork
//      (mgcmark.cpp) and gcDrain empties the gray queue;
//   3. mark termination: the queue and the workbuf pool are empty; pacing
//      is computed from the marked bytes (mgcpacer.cpp);
//   4. sweep: every span is swept before the world restarts
//      (mgcsweep.cpp), then the heap's invariants are checked;
//   5. scavenge (process heap only): free page runs are returned to the
//      OS while the retained heap exceeds the new goal + 10 % (mheap.cpp).
// The concurrent collector will split phases 2 and 4 off the pause; the
// interface (mgc.h) and the phase boundaries stay.
//
// Who starts a cycle: never mallocgc. mallocgc tests gcTrigger{heap} at
// span refills and large allocations and, like GODEBUG=gcstress after
// (nearly) every allocation (gcStressTick, mgcwork.h), only sets gcRequestFlag; the VM polls gcRequested() at
// its safe points and calls gcCollect(gcReason::heap/stress) there, when
// every live pointer is visible to its root scanner. runtime.GC() is
// gcCollect(gcReason::forced). Cycles are serialized by work.lock.
//
// Statistics (Go's memstats): NumGC, NumForcedGC, PauseTotalNs, LastGC are
// kept here under work.lock and read by readMemStats (gcReadMemStats);
// the freed objects/bytes go to the heap's stats during sweep.
//
// gctrace: with GODEBUG=gctrace=1 each cycle prints Go 1.19's line
//   gc N @T.TTTs P%: a+b+c ms clock, d+e/f/g+h ms cpu, X->Y->Z MB, G MB goal, S MB stacks, Gl MB globals, N P
// with " (forced)" for runtime.GC(). Our phases map onto Go's: a = sweep
// termination (flush), b = mark, c = mark termination + sweep (both in the
// pause); cpu: d = a, e (assist) = 0, f (dedicated mark) = b, g (idle) = 0,
// h = c; X = heap at start, Y = heap at mark termination (= X: the world is
// stopped), Z = marked live heap, G = the goal this cycle ran against,
// P% = GC time as a share of the time since the runtime started. Numbers
// are formatted by Go's fmtNSAsMS/itoaDiv rules.
#include <cstdio>
#include <ctime>
#include <mutex>

#include "runtime/base.h"
#include "runtime/debug.h"
#include "runtime/mcache.h"
#include "runtime/mgcwork.h"

namespace gomini::rt {

std::atomic<bool> gcRequestFlag{false};
std::atomic<int32_t> debugGCStress{settings().debug.gcstress};
std::atomic<int32_t> debugGCTrace{settings().debug.gctrace};

namespace {

int64_t nanotime() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t unixnanos() {
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

const int64_t runtimeInitTime = nanotime();

// Free runs shorter than this are never scavenged: madvise costs a system call and a page
// fault per page on reuse, not worth it for a few pages (Go scavenges 64 KB chunks).
constexpr uintptr_t kScavengeMinPages = 8;  // Go's runtimeInitTime: gctrace's @T is relative to it

// Go's `work`, the parts a stop-the-world cycle needs.
struct Work {
    std::mutex lock;  // serializes cycles; guards the statistics below
    uint32_t numgc = 0;
    uint32_t numforced = 0;
    uint64_t pauseTotalNs = 0;
    uint64_t lastGC = 0;     // unix ns
    int64_t totalTime = 0;   // GC CPU ns (pause × procs), for gctrace's P%
};

Work& work() {
    static Work* w = new Work();
    return *w;
}

struct Roots {
    std::mutex lock;
    RootScanner fn = nullptr;
    void* ctx = nullptr;
};

Roots& roots() {
    static Roots* r = new Roots();
    return *r;
}

// Phase timestamps of one cycle (Go's work.tSweepTerm, tMark, tMarkTerm, tEnd).
struct CycleTimes {
    int64_t tSweepTerm = 0, tMark = 0, tMarkTerm = 0, tEnd = 0;
};

GcCycleStats runCycle(MHeap& h, MCache* const* caches, size_t ncaches, RootScanner fn, void* ctx, CycleTimes* t) {
    GcCycleStats st;
    if (t) t->tSweepTerm = nanotime();
    // 1. Sweep termination: every span back on an mcentral list; the tiny blocks dropped.
    uint64_t allocated = 0;
    for (size_t i = 0; i < ncaches; i++) {
        GM_ASSERT(&caches[i]->heap() == &h, "gcCollectHeap: mcache %zu belongs to another heap", i);
        caches[i]->releaseAll();
        allocated += caches[i]->stats.allocBytes;
    }
    st.heap0 = allocated - h.stats().freeBytes;

    // 2. Mark.
    if (t) t->tMark = nanotime();
    {
        GcWork w(h);
        if (fn) fn(w, ctx);
        gcDrain(w);
        // 3. Mark termination: no gray object left anywhere.
        GM_ASSERT(w.empty(), "gcMarkDone: the gray queue is not empty after gcDrain");
        w.dispose();
        GM_ASSERT(!workbufPoolHasFull(), "gcMarkDone: full workbufs left in the pool after gcDrain");
        st.heapMarked = w.bytesMarked;
        st.objectsMarked = w.objectsMarked;
        st.scanWork = w.scanWork;
        st.stackScan = w.stackScan;
        st.globalsScan = w.globalsScan;
    }
    if (t) t->tMarkTerm = nanotime();

    // 4. Sweep, all of it, then check the heap.
    SweepStats ss = gcSweep(h);
    checkSweptHeap(h);
    st.objectsFreed = ss.objectsFreed;
    st.bytesFreed = ss.bytesFreed;
    st.spansFreed = ss.spansFreed;
    GM_ASSERT(st.heap0 - st.bytesFreed == st.heapMarked,
              "gc: %llu bytes allocated - %llu freed != %llu marked", (unsigned long long)st.heap0,
              (unsigned long long)st.bytesFreed, (unsigned long long)st.heapMarked);
    if (t) t->tEnd = nanotime();
    return st;
}

// Go's itoaDiv: val/10^dec with dec decimals, into the end of buf; returns the start.
char* itoaDiv(char* end, uint64_t val, int dec) {
    char* p = end;
    *--p = '\0';
    int i = 0;
    do {
        *--p = char('0' + val % 10);
        val /= 10;
        i++;
        if (i == dec) *--p = '.';
    } while (val != 0 || i <= dec);
    return p;
}

// Go's fmtNSAsMS: whole ms from 10 ms on, else two significant digits and at most three decimals.
const char* fmtNSAsMS(char* buf, size_t n, uint64_t ns) {
    char* end = buf + n;
    if (ns >= 10000000) return itoaDiv(end, ns / 1000000, 0);
    uint64_t x = ns / 1000;
    if (x == 0) return itoaDiv(end, 0, 0);
    int dec = 3;
    while (x >= 100) {
        x /= 10;
        dec--;
    }
    return itoaDiv(end, x, dec);
}

void printGCTrace(uint32_t n, const CycleTimes& t, const GcCycleStats& st, uint64_t goal, int util, bool forced) {
    char b[9][24];
    const char* at = itoaDiv(b[0] + sizeof b[0], uint64_t(t.tSweepTerm - runtimeInitTime) / 1000000, 3);
    const char* c1 = fmtNSAsMS(b[1], sizeof b[1], uint64_t(t.tMark - t.tSweepTerm));
    const char* c2 = fmtNSAsMS(b[2], sizeof b[2], uint64_t(t.tMarkTerm - t.tMark));
    const char* c3 = fmtNSAsMS(b[3], sizeof b[3], uint64_t(t.tEnd - t.tMarkTerm));
    const int procs = 1;  // the Ps that ran this cycle (one until the scheduler exists)
    const char* u1 = fmtNSAsMS(b[4], sizeof b[4], uint64_t(t.tMark - t.tSweepTerm) * procs);
    const char* u2 = fmtNSAsMS(b[5], sizeof b[5], 0);  // assists: none in a stop-the-world collector
    const char* u3 = fmtNSAsMS(b[6], sizeof b[6], uint64_t(t.tMarkTerm - t.tMark));
    const char* u4 = fmtNSAsMS(b[7], sizeof b[7], 0);  // idle-time marking: none
    const char* u5 = fmtNSAsMS(b[8], sizeof b[8], uint64_t(t.tEnd - t.tMarkTerm) * procs);
    char line[512];
    int len = std::snprintf(line, sizeof line,
                            "gc %u @%ss %d%%: %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %llu->%llu->%llu MB, %llu MB "
                            "goal, %llu MB stacks, %llu MB globals, %d P%s\n",
                            n, at, util, c1, c2, c3, u1, u2, u3, u4, u5, (unsigned long long)(st.heap0 >> 20),
                            (unsigned long long)(st.heap0 >> 20), (unsigned long long)(st.heapMarked >> 20),
                            (unsigned long long)(goal >> 20), (unsigned long long)(st.stackScan >> 20),
                            (unsigned long long)(st.globalsScan >> 20), procs, forced ? " (forced)" : "");
    if (len > 0) std::fwrite(line, 1, size_t(len) < sizeof line ? size_t(len) : sizeof line - 1, stderr);
}

}  // namespace

void gcRequest() {
    if (!gcRequestFlag.load(std::memory_order_relaxed)) gcRequestFlag.store(true, std::memory_order_relaxed);
}

namespace {
std::atomic<uint64_t> stressCount{0};
std::atomic<uint64_t> stressPeriod{1};
}  // namespace

void gcStressTick() {
    if (debugGCStress.load(std::memory_order_relaxed) >= 2) {
        gcRequest();
        return;
    }
    uint64_t n = stressCount.load(std::memory_order_relaxed) + 1;
    if (n >= stressPeriod.load(std::memory_order_relaxed)) {
        n = 0;
        gcRequest();
    }
    stressCount.store(n, std::memory_order_relaxed);
}

void setRootScanner(RootScanner fn, void* ctx) {
    Roots& r = roots();
    std::lock_guard<std::mutex> g(r.lock);
    r.fn = fn;
    r.ctx = ctx;
}

RootScanner rootScanner(void** ctx) {
    Roots& r = roots();
    std::lock_guard<std::mutex> g(r.lock);
    if (ctx) *ctx = r.ctx;
    return r.fn;
}

void setGCDebug(int32_t gctrace, int32_t gcstress) {
    if (gctrace >= 0) debugGCTrace.store(gctrace, std::memory_order_relaxed);
    if (gcstress >= 0) debugGCStress.store(gcstress, std::memory_order_relaxed);
}

GcCycleStats gcCollectHeap(MHeap& h, MCache* const* caches, size_t ncaches, RootScanner fn, void* ctx) {
    std::lock_guard<std::mutex> g(work().lock);
    return runCycle(h, caches, ncaches, fn, ctx, nullptr);
}

void gcCollect(gcReason why) {
    Work& wk = work();
    std::lock_guard<std::mutex> g(wk.lock);
    GcController& gc = gcController();
    uint64_t goal = gc.heapGoal.load(std::memory_order_relaxed);
    void* ctx;
    RootScanner fn = rootScanner(&ctx);
    MCache* caches[] = {&getMCache()};
    CycleTimes t;
    GcCycleStats st = runCycle(mheap(), caches, 1, fn, ctx, &t);
    gc.endCycle(st.heapMarked, st.stackScan, st.globalsScan);
    gc.lastHeapGoal.store(goal, std::memory_order_relaxed);
    // Scavenge: keep the retained heap near the new goal + 10 % (Go's retainExtraPercent).
    uint64_t next = gc.heapGoal.load(std::memory_order_relaxed);
    mheap().scavenge(next + next / 10, kScavengeMinPages);
    gcRequestFlag.store(false, std::memory_order_relaxed);
    stressPeriod.store(st.objectsMarked < kStressStrict ? 1 : st.objectsMarked / kStressBudget,
                       std::memory_order_relaxed);
    stressCount.store(0, std::memory_order_relaxed);

    wk.numgc++;
    if (why == gcReason::forced) wk.numforced++;
    uint64_t pause = uint64_t(t.tEnd - t.tSweepTerm);
    wk.pauseTotalNs += pause;
    wk.totalTime += int64_t(pause);
    wk.lastGC = uint64_t(unixnanos());
    if (debugGCTrace.load(std::memory_order_relaxed) > 0) {
        int64_t elapsed = t.tEnd - runtimeInitTime;
        int util = elapsed > 0 ? int(double(wk.totalTime) / double(elapsed) * 100) : 0;
        printGCTrace(wk.numgc, t, st, goal, util, why == gcReason::forced);
    }
}

void gcReadMemStats(MemStats& m) {
    Work& wk = work();
    std::lock_guard<std::mutex> g(wk.lock);
    m.NumGC = wk.numgc;
    m.NumForcedGC = wk.numforced;
    m.PauseTotalNs = wk.pauseTotalNs;
    m.LastGC = wk.lastGC;
    m.NextGC = gcController().heapGoal.load(std::memory_order_relaxed);
}

}  // namespace gomini::rt
