// runtime.cpp — natives of runtime, runtime/debug and time.
//
// One goroutine for now: NumGoroutine is 1, Gosched and the OS-thread calls
// are no-ops, GOMAXPROCS only records its setting. GC and ReadMemStats go to
// the collector (runtime/mgc.h, runtime/malloc.h); MemStats is filled by the
// field offsets of runtime.MemStats as declared in stdlib/runtime/runtime.go
// (mirrored by GoMemStats below, checked by static_asserts).
//
// time: wall clock and monotonic clock via clock_gettime, the local zone via
// localtime_r, Sleep via nanosleep. Timers (startTimer & co) need the
// scheduler and raise a clear panic until goroutines exist.
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sched.h>
#include <unistd.h>

#include "runtime/malloc.h"
#include "runtime/mgc.h"
#include "runtime/sizeclasses.h"
#include "stdlib/natives/internal.h"

namespace gomini::stdlib::natives {

namespace {

// runtime.MemStats's Go layout.
struct GoBySize {
    uint32_t Size;
    uint64_t Mallocs;
    uint64_t Frees;
};
struct GoMemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys;
    uint64_t MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys, OtherSys;
    uint64_t NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256];
    uint64_t PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    bool EnableGC, DebugGC;
    GoBySize BySize[61];
};
static_assert(offsetof(GoMemStats, NextGC) == 168);
static_assert(offsetof(GoMemStats, NumGC) == 4288);
static_assert(offsetof(GoMemStats, EnableGC) == 4304);
static_assert(offsetof(GoMemStats, BySize) == 4312);
static_assert(sizeof(GoMemStats) == 4312 + 61 * 24);

int64_t numCPU() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0) return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

int64_t gomaxprocs = 0;  // 0: not yet read (defaults to NumCPU as Go)

void nGosched(NativeCtx&, uint64_t*) {}
void nNop(NativeCtx&, uint64_t*) {}

void nGOMAXPROCS(NativeCtx&, uint64_t* s) {
    int64_t n = argInt(s, 0);
    if (gomaxprocs == 0) {
        gomaxprocs = numCPU();
        if (const char* env = std::getenv("GOMAXPROCS")) {
            long v = std::atol(env);
            if (v > 0) gomaxprocs = v;
        }
    }
    int64_t old = gomaxprocs;
    if (n >= 1) gomaxprocs = n;
    retInt(s, 0, old);
}

void nNumCPU(NativeCtx&, uint64_t* s) { retInt(s, 0, numCPU()); }
void nNumGoroutine(NativeCtx&, uint64_t* s) { retInt(s, 0, 1); }

void nGoexit(NativeCtx&, uint64_t*) { throw vm::GoExit{}; }

void nGC(NativeCtx&, uint64_t*) { rt::gcCollect(rt::gcReason::forced); }

void nCaller(NativeCtx& ctx, uint64_t* s) {
    uint64_t pc = 0;
    std::string file;
    int line = 0;
    bool ok = ctx.callerFrame(static_cast<int>(argInt(s, 0)), &pc, &file, &line);
    retUint(s, 0, ok ? pc : 0);
    retStr(s, 1, ok ? ctx.newString(file) : GoString{nullptr, 0});
    retInt(s, 3, ok ? line : 0);
    retBool(s, 4, ok);
}

// Stack(buf, all): the trace, truncated to len(buf), as Go does (all: the other goroutines' traces
// follow; there are none yet).
void nStack(NativeCtx& ctx, uint64_t* s) {
    GoSlice buf = argSlice(s, 0);
    std::string text = ctx.stackTrace();
    int64_t n = std::min<int64_t>(buf.len, static_cast<int64_t>(text.size()));
    if (n > 0) std::memcpy(buf.ptr, text.data(), static_cast<size_t>(n));
    retInt(s, 0, n);
}

void nVersion(NativeCtx& ctx, uint64_t* s) { retStr(s, 0, ctx.newString("go1.22")); }

void nReadMemStats(NativeCtx& ctx, uint64_t* s) {
    auto* m = argPtr<GoMemStats>(s, 0);
    if (!m) ctx.runtimeError("invalid memory address or nil pointer dereference");
    rt::MemStats st = rt::readMemStats();
    GoMemStats g;
    std::memset(&g, 0, sizeof g);
    g.Alloc = st.Alloc;
    g.TotalAlloc = st.TotalAlloc;
    g.Sys = st.Sys;
    g.Mallocs = st.Mallocs;
    g.Frees = st.Frees;
    g.HeapAlloc = st.HeapAlloc;
    g.HeapSys = st.HeapSys;
    g.HeapIdle = st.HeapIdle;
    g.HeapInuse = st.HeapInuse;
    g.HeapReleased = st.HeapReleased;
    g.HeapObjects = st.HeapObjects;
    g.NextGC = st.NextGC;
    g.LastGC = st.LastGC;
    g.PauseTotalNs = st.PauseTotalNs;
    g.NumGC = st.NumGC;
    g.NumForcedGC = st.NumForcedGC;
    g.EnableGC = true;
    for (int i = 0; i < 61; i++)
        g.BySize[i].Size = static_cast<uint32_t>(i < rt::kNumSizeClasses ? rt::classToSize(i) : 0);
    std::memcpy(m, &g, sizeof g);
}

// ---- runtime/debug ----

int64_t memoryLimit = INT64_MAX;
int64_t maxStack = 1000000000;
int64_t maxThreads = 10000;

void nSetGCPercent(NativeCtx&, uint64_t* s) {
    int64_t pct = argInt(s, 0);
    if (pct < 0) pct = -1;
    if (pct > INT32_MAX) pct = INT32_MAX;
    retInt(s, 0, rt::setGCPercent(static_cast<int32_t>(pct)));
}
void nSetMemoryLimit(NativeCtx&, uint64_t* s) {
    int64_t limit = argInt(s, 0);
    int64_t old = memoryLimit;
    if (limit >= 0) memoryLimit = limit;
    retInt(s, 0, old);
}
void nFreeOSMemory(NativeCtx&, uint64_t*) { rt::gcCollect(rt::gcReason::forced); }
void nSetMaxStack(NativeCtx&, uint64_t* s) {
    int64_t old = maxStack;
    maxStack = argInt(s, 0);
    retInt(s, 0, old);
}
void nSetMaxThreads(NativeCtx&, uint64_t* s) {
    int64_t old = maxThreads;
    maxThreads = argInt(s, 0);
    retInt(s, 0, old);
}

// ---- time ----

void nNow(NativeCtx&, uint64_t* s) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    retInt(s, 0, ts.tv_sec);
    retInt(s, 1, ts.tv_nsec);
}

void nRuntimeNano(NativeCtx&, uint64_t* s) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    retInt(s, 0, static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

void nLocalZone(NativeCtx& ctx, uint64_t* s) {
    time_t t = static_cast<time_t>(argInt(s, 0));
    struct tm tm;
    std::string name = "UTC";
    int64_t off = 0;
    if (localtime_r(&t, &tm) != nullptr) {
        off = tm.tm_gmtoff;
        if (tm.tm_zone) name = tm.tm_zone;
    }
    retStr(s, 0, ctx.newString(name));
    retInt(s, 2, off);
}

void nSleep(NativeCtx&, uint64_t* s) {
    int64_t d = argInt(s, 0);
    if (d <= 0) return;
    struct timespec req {
        static_cast<time_t>(d / 1000000000), static_cast<long>(d % 1000000000)
    };
    struct timespec rem;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
}

void nTimerUnsupported(NativeCtx& ctx, uint64_t*) {
    ctx.panicString(
        "time: timers (Timer, Ticker, After, AfterFunc, Tick) are not supported yet (they need goroutines)");
}

}  // namespace

void registerRuntime() {
    vm::registerNative("runtime.Gosched", nGosched);
    vm::registerNative("runtime.GOMAXPROCS", nGOMAXPROCS);
    vm::registerNative("runtime.NumCPU", nNumCPU);
    vm::registerNative("runtime.NumGoroutine", nNumGoroutine);
    vm::registerNative("runtime.Goexit", nGoexit);
    vm::registerNative("runtime.GC", nGC);
    vm::registerNative("runtime.KeepAlive", nNop);
    vm::registerNative("runtime.SetFinalizer", nNop);
    vm::registerNative("runtime.LockOSThread", nNop);
    vm::registerNative("runtime.UnlockOSThread", nNop);
    vm::registerNative("runtime.Caller", nCaller);
    vm::registerNative("runtime.Stack", nStack);
    vm::registerNative("runtime.Version", nVersion);
    vm::registerNative("runtime.ReadMemStats", nReadMemStats);
    vm::registerNative("runtime/debug.SetGCPercent", nSetGCPercent);
    vm::registerNative("runtime/debug.SetMemoryLimit", nSetMemoryLimit);
    vm::registerNative("runtime/debug.FreeOSMemory", nFreeOSMemory);
    vm::registerNative("runtime/debug.SetMaxStack", nSetMaxStack);
    vm::registerNative("runtime/debug.SetMaxThreads", nSetMaxThreads);
    vm::registerNative("runtime/debug.SetTraceback", nNop);
}

void registerTime() {
    vm::registerNative("time.now", nNow);
    vm::registerNative("time.runtimeNano", nRuntimeNano);
    vm::registerNative("time.localZone", nLocalZone);
    vm::registerNative("time.Sleep", nSleep);
    vm::registerNative("time.startTimer", nTimerUnsupported);
    vm::registerNative("time.stopTimer", nTimerUnsupported);
    vm::registerNative("time.resetTimer", nTimerUnsupported);
    vm::registerNative("time.modTimer", nTimerUnsupported);
}

}  // namespace gomini::stdlib::natives
