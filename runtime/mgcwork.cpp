// mgcwork.cpp — gray queues and the workbuf pool (the twin of Go's
// mgcwork.go). Design and invariants in mgcwork.h.
#include "runtime/mgcwork.h"

#include <sys/mman.h>

#include <mutex>

#include "runtime/base.h"

namespace gomini::rt {

namespace {

constexpr uintptr_t kWorkbufChunk = 64 << 10;  // mapped at a time (Go's workbufAlloc is 32 KB)

// Go's work.full / work.empty: lists of workbufs shared by all workers.
struct WorkbufPool {
    std::mutex lock;
    Workbuf* full = nullptr;
    Workbuf* empty = nullptr;
    uintptr_t allocated = 0;

    Workbuf* getempty() {
        std::lock_guard<std::mutex> g(lock);
        if (!empty) {
            void* p = mmap(nullptr, kWorkbufChunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) fatal("out of memory", "cannot allocate GC work buffers");
            auto* bufs = static_cast<Workbuf*>(p);
            for (uintptr_t i = 0; i < kWorkbufChunk / sizeof(Workbuf); i++) {
                bufs[i].next = empty;
                empty = &bufs[i];
                allocated++;
            }
        }
        Workbuf* b = empty;
        empty = b->next;
        b->next = nullptr;
        b->nobj = 0;
        return b;
    }
    void putempty(Workbuf* b) {
        GM_ASSERT(b->nobj == 0, "putempty: workbuf %p holds %zu objects", (void*)b, size_t(b->nobj));
        std::lock_guard<std::mutex> g(lock);
        b->next = empty;
        empty = b;
    }
    void putfull(Workbuf* b) {
        GM_ASSERT(b->nobj > 0, "putfull: workbuf %p is empty", (void*)b);
        std::lock_guard<std::mutex> g(lock);
        b->next = full;
        full = b;
    }
    Workbuf* trygetfull() {
        std::lock_guard<std::mutex> g(lock);
        Workbuf* b = full;
        if (b) {
            full = b->next;
            b->next = nullptr;
        }
        return b;
    }
};

WorkbufPool& pool() {
    static WorkbufPool* p = new WorkbufPool();  // never destroyed; its buffers are reused by every cycle
    return *p;
}

}  // namespace

bool workbufPoolHasFull() {
    WorkbufPool& p = pool();
    std::lock_guard<std::mutex> g(p.lock);
    return p.full != nullptr;
}

uintptr_t workbufsAllocated() {
    WorkbufPool& p = pool();
    std::lock_guard<std::mutex> g(p.lock);
    return p.allocated;
}

void GcWork::put(uintptr_t obj) {
    if (!wbuf1) {
        wbuf1 = pool().getempty();
        wbuf2 = pool().getempty();
    }
    if (wbuf1->nobj == kWorkbufCap) {
        std::swap(wbuf1, wbuf2);
        if (wbuf1->nobj == kWorkbufCap) {
            pool().putfull(wbuf1);
            wbuf1 = pool().getempty();
        }
    }
    wbuf1->obj[wbuf1->nobj++] = obj;
}

uintptr_t GcWork::tryGet() {
    if (!wbuf1) return 0;
    if (wbuf1->nobj == 0) {
        std::swap(wbuf1, wbuf2);
        if (wbuf1->nobj == 0) {
            Workbuf* b = pool().trygetfull();
            if (!b) return 0;
            pool().putempty(wbuf1);
            wbuf1 = b;
        }
    }
    return wbuf1->obj[--wbuf1->nobj];
}

bool GcWork::empty() const { return !wbuf1 || (wbuf1->nobj == 0 && wbuf2->nobj == 0); }

void GcWork::dispose() {
    for (Workbuf** b : {&wbuf1, &wbuf2}) {
        if (!*b) continue;
        if ((*b)->nobj == 0) pool().putempty(*b);
        else pool().putfull(*b);
        *b = nullptr;
    }
}

}  // namespace gomini::rt
