// Tests of the collector (mgc*.cpp): marking a hand-built object graph
// precisely (typed pointer words, linked lists, cycles, interior pointers,
// large objects, tiny blocks, root bitmaps), sweeping it (exact frees,
// reuse of freed slots, empty spans back to mheap), the pacer (GOGC goal,
// GOGC=off, setGCPercent), gcstress requests, the gctrace line in Go's
// format, and a 100k-node list that must not need a deep stack.
//
// Graph tests collect a private MHeap with gcCollectHeap, so their counts
// are exact; the pacing/statistics/gctrace tests use the process heap and
// chain whatever root scanner was registered before (restored after).
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "runtime/debug.h"
#include "runtime/malloc.h"
#include "runtime/mcache.h"
#include "runtime/mgc.h"
#include "runtime/mgcwork.h"
#include "runtime/mheap.h"

using namespace gomini::rt;

namespace {

// type node struct { next *node; val int64 }
const uint8_t kNodeBits[] = {0b01};
const TypeDesc kNode{16, 8, 8, kNodeBits, "main.node"};
// type pip struct { a *T; x uintptr; b *T }
const uint8_t kPIPBits[] = {0b101};
const TypeDesc kPIP{24, 8, 24, kPIPBits, "main.pip"};
// type big struct { p *T; x, y uintptr } — allocated as large arrays
const uint8_t kPBits[] = {0b1};
const TypeDesc kPXY{24, 8, 8, kPBits, "main.pxy"};
const TypeDesc kInt64{8, 8, 0, nullptr, "int64"};

struct Node {
    Node* next;
    int64_t val;
};
struct PIP {
    void* a;
    uintptr_t x;
    void* b;
};
struct PXY {
    void* p;
    uintptr_t x, y;
};

// Roots for a test: single pointers (markRoot) and blocks with a bitmap (scanBlock/scanStack).
struct TestRoots {
    std::vector<const void*> ptrs;
    struct Block {
        const void* base;
        size_t nwords;
        const uint8_t* bitmap;
        bool stack;
    };
    std::vector<Block> blocks;
    RootScanner chain = nullptr;  // the previously registered scanner (process-heap tests)
    void* chainCtx = nullptr;
};

void scanTestRoots(GcWork& w, void* ctx) {
    auto* r = static_cast<TestRoots*>(ctx);
    for (const void* p : r->ptrs) markRoot(w, p);
    for (auto& b : r->blocks) {
        if (b.stack) scanStack(w, b.base, b.nwords, b.bitmap);
        else scanBlock(w, b.base, b.nwords, b.bitmap);
    }
    if (r->chain) r->chain(w, r->chainCtx);
}

// A private heap, its P's cache and a root set.
struct GcHeap {
    MHeap heap;
    MCache cache{heap};
    TestRoots roots;

    template <class T = void>
    T* alloc(size_t n, const TypeDesc* t) {
        return static_cast<T*>(mallocgcOn(cache, n, t, true));
    }
    Node* node(int64_t v, Node* next = nullptr) {
        Node* n = alloc<Node>(sizeof(Node), &kNode);
        n->val = v;
        n->next = next;
        return n;
    }
    GcCycleStats collect() {
        MCache* c = &cache;
        return gcCollectHeap(heap, &c, 1, scanTestRoots, &roots);
    }
    // Whether p points into an allocated object.
    bool live(const void* p) {
        MSpan* s;
        uintptr_t idx;
        if (heap.findObject(reinterpret_cast<uintptr_t>(p), &s, &idx) == 0) return false;
        return !s->isFree(idx);
    }
};

// Builds a list of n nodes with values base..base+n-1; returns the head.
Node* list(GcHeap& h, int n, int64_t base) {
    Node* head = nullptr;
    for (int i = n - 1; i >= 0; i--) head = h.node(base + i, head);
    return head;
}

bool listIntact(Node* head, int n, int64_t base) {
    for (int i = 0; i < n; i++, head = head->next) {
        if (!head || head->val != base + i) return false;
    }
    return head == nullptr;
}

// Registers a chained test scanner on the process heap for the test's lifetime, with
// gcstress off and GOGC=100 (the tests count requests exactly whatever GODEBUG and GOGC say).
struct ProcessRoots {
    TestRoots roots;
    RootScanner saved;
    void* savedCtx;
    int32_t savedStress;
    int32_t savedPct;
    ProcessRoots() {
        saved = rootScanner(&savedCtx);
        roots.chain = saved;
        roots.chainCtx = savedCtx;
        setRootScanner(scanTestRoots, &roots);
        savedStress = debugGCStress.load();
        setGCDebug(-1, 0);
        savedPct = setGCPercent(100);
    }
    ~ProcessRoots() {
        setGCPercent(savedPct);
        setGCDebug(-1, savedStress);
        setRootScanner(saved, savedCtx);
    }
};

}  // namespace

TEST_SUITE("runtime.mgc") {

TEST_CASE("mark a hand-built graph precisely; sweep frees exactly the rest") {
    GcHeap h;
    // Rooted list, unrooted list, unrooted cycle, cycle rooted by an interior pointer.
    Node* a = list(h, 10, 100);
    Node* b = list(h, 10, 200);
    Node* c = list(h, 5, 300);
    c->next->next->next->next->next = c;  // 5-cycle
    Node* d = list(h, 5, 400);
    d->next->next->next->next->next = d;
    h.roots.ptrs.push_back(a);
    h.roots.ptrs.push_back(&d->next->next->val);  // interior pointer into the third node of d

    // A noscan object holding the address of f: f is not kept alive by it.
    Node* f = h.node(500);
    auto* e = h.alloc<uintptr_t>(64, &kInt64);
    for (int i = 0; i < 8; i++) e[i] = reinterpret_cast<uintptr_t>(f);
    h.roots.ptrs.push_back(e);

    // A pip whose scalar word holds the address of hh (not followed) and whose pointer words hold i1, i2.
    Node* hh = h.node(600);
    Node* i1 = h.node(601);
    Node* i2 = h.node(602);
    PIP* g = h.alloc<PIP>(sizeof(PIP), &kPIP);
    g->a = i1;
    g->x = reinterpret_cast<uintptr_t>(hh);
    g->b = &i2->val;  // interior
    h.roots.ptrs.push_back(g);

    // A large scan array of pxy: pointer words keep j alive, scalar words holding k's address do not.
    const size_t nbig = 2000;  // 48000 bytes: large
    PXY* big = h.alloc<PXY>(nbig * sizeof(PXY), &kPXY);
    Node* j = h.node(700);
    Node* k = h.node(701);
    big[nbig - 1].p = j;
    big[5].x = reinterpret_cast<uintptr_t>(k);
    big[6].y = reinterpret_cast<uintptr_t>(k);
    h.roots.ptrs.push_back(&big[1000]);  // interior pointer into the large object
    // Large noscan objects: one rooted, one not. A large object unrooted but pointing at a node.
    auto* lnoscan = h.alloc<uint8_t>(100000, &kInt64);
    std::memset(lnoscan, 0x5A, 100000);
    auto* lgarbage = h.alloc<uint8_t>(70000, nullptr);
    PXY* bigGarbage = h.alloc<PXY>(nbig * sizeof(PXY), &kPXY);
    Node* onlyFromGarbage = h.node(800);
    bigGarbage[0].p = onlyFromGarbage;
    h.roots.ptrs.push_back(lnoscan + 99999);  // pointer to the last byte

    // Tiny objects: t1, t2, t3 share a block (rooted through t2 only); t4 starts another, unrooted.
    auto* t1 = h.alloc<uint8_t>(4, nullptr);
    auto* t2 = h.alloc<uint8_t>(4, nullptr);
    auto* t3 = h.alloc<uint8_t>(8, nullptr);
    REQUIRE(reinterpret_cast<uintptr_t>(t2) == reinterpret_cast<uintptr_t>(t1) + 4);
    REQUIRE(reinterpret_cast<uintptr_t>(t3) == reinterpret_cast<uintptr_t>(t1) + 8);
    std::memcpy(t1, "abcd", 4);
    std::memcpy(t2, "efgh", 4);
    std::memcpy(t3, "ijklmnop", 8);
    auto* t4 = h.alloc<uint8_t>(12, nullptr);  // does not fit after t3: a new block
    h.roots.ptrs.push_back(t2 + 3);
    REQUIRE(h.cache.tiny != 0);

    // Roots that are not heap pointers, or point at nothing allocated, are ignored.
    int local = 0;
    h.roots.ptrs.push_back(&local);
    h.roots.ptrs.push_back(nullptr);
    h.roots.ptrs.push_back(reinterpret_cast<void*>(uintptr_t(0xFFFF'0000'0000'0000)));

    uint64_t nfreeBefore = h.heap.stats().nfree;
    GcCycleStats st = h.collect();

    // Reachable: a (10), d (5), e, g, i1, i2, big, j, lnoscan, the t1/t2 block = 23 objects.
    CHECK(st.objectsMarked == 23);
    CHECK(listIntact(a, 10, 100));
    for (Node* n = a; n; n = n->next) CHECK(h.live(n));
    Node* dn = d;
    for (int i = 0; i < 5; i++, dn = dn->next) {
        CHECK(h.live(dn));
        CHECK(dn->val == 400 + i);
    }
    CHECK(dn == d);
    CHECK(h.live(e));
    for (int i = 0; i < 8; i++) CHECK(e[i] == reinterpret_cast<uintptr_t>(f));
    CHECK((h.live(g) && g->a == i1 && g->b == &i2->val && g->x == reinterpret_cast<uintptr_t>(hh)));
    CHECK((h.live(i1) && i1->val == 601 && h.live(i2) && i2->val == 602));
    CHECK((h.live(big) && h.live(j) && j->val == 700));
    CHECK(h.live(lnoscan));
    CHECK((lnoscan[0] == 0x5A && lnoscan[99999] == 0x5A));
    CHECK((h.live(t1) && h.live(t2) && h.live(t3)));
    CHECK(std::memcmp(t1, "abcdefghijklmnop", 16) == 0);

    // Unreachable: b (10), c (5), f, hh, k, lgarbage, bigGarbage, onlyFromGarbage, t4's tiny block = 22.
    for (Node* n = b; n; n = n->next) CHECK_FALSE(h.live(n));
    for (void* p : {(void*)c, (void*)f, (void*)hh, (void*)k, (void*)lgarbage, (void*)bigGarbage,
                    (void*)onlyFromGarbage, (void*)t4})
        CHECK_FALSE(h.live(p));
    CHECK(st.objectsFreed == 22);
    CHECK(h.heap.stats().nfree - nfreeBefore == 22);
    CHECK(st.heap0 - st.bytesFreed == st.heapMarked);
    CHECK(h.cache.tiny == 0);  // the tiny block is dropped at flush

    // A second cycle with the same roots frees nothing and marks the same.
    GcCycleStats st2 = h.collect();
    CHECK(st2.objectsFreed == 0);
    CHECK(st2.objectsMarked == 23);
    CHECK(st2.heapMarked == st.heapMarked);
    CHECK(listIntact(a, 10, 100));

    // Dropping the roots frees everything; every span goes back to mheap and the pages coalesce.
    h.roots.ptrs.clear();
    GcCycleStats st3 = h.collect();
    CHECK(st3.objectsFreed == 23);
    CHECK(st3.heapMarked == 0);
    CHECK(h.heap.stats().spansInuse == 0);
    CHECK(h.heap.stats().heapInuse == 0);
    CHECK(h.heap.freeRunCount() == 1);
    CHECK(h.heap.freePageCount() == kPagesPerArena);
}

TEST_CASE("freed slots are reused, zeroed, and live ones never handed out") {
    GcHeap h;
    std::vector<Node*> all;
    for (int i = 0; i < 2048; i++) all.push_back(h.node(i));  // 512 nodes per span: exactly 4 spans
    // Keep every other node through a root block of words (conservative: bitmap null).
    std::vector<Node*> kept;
    for (int i = 0; i < 2048; i += 2) kept.push_back(all[i]);
    h.roots.blocks.push_back({kept.data(), kept.size(), nullptr, false});
    std::set<uintptr_t> freed, live;
    for (int i = 0; i < 2048; i++) (i % 2 ? freed : live).insert(reinterpret_cast<uintptr_t>(all[i]));
    for (Node* n : all) n->next = reinterpret_cast<Node*>(0);  // no pointers between them
    GcCycleStats st = h.collect();
    CHECK(st.objectsFreed == 1024);
    CHECK(st.objectsMarked == 1024);
    CHECK(st.globalsScan == 1024 * 8);
    for (uintptr_t p : freed) CHECK_FALSE(h.live(reinterpret_cast<void*>(p)));
    // Dirty the freed slots: reallocation must clear them.
    for (uintptr_t p : freed) std::memset(reinterpret_cast<void*>(p), 0xEE, sizeof(Node));
    // The next 1024 allocations of the class take exactly the freed slots, zeroed.
    std::set<uintptr_t> got;
    for (int i = 0; i < 1024; i++) {
        Node* n = h.alloc<Node>(sizeof(Node), &kNode);
        uintptr_t x = reinterpret_cast<uintptr_t>(n);
        REQUIRE(live.count(x) == 0);
        CHECK((n->next == nullptr && n->val == 0));
        got.insert(x);
    }
    CHECK(got == freed);
    for (size_t i = 0; i < kept.size(); i++) CHECK(kept[i]->val == int64_t(2 * i));
}

TEST_CASE("root bitmaps: scalar root words are not followed") {
    GcHeap h;
    Node* x = h.node(1);
    Node* y = h.node(2);
    Node* z = h.node(3);
    Node* w = h.node(4);
    uintptr_t frame[4] = {reinterpret_cast<uintptr_t>(x), reinterpret_cast<uintptr_t>(y),
                          reinterpret_cast<uintptr_t>(z), reinterpret_cast<uintptr_t>(w)};
    const uint8_t bitmap[] = {0b0101};  // words 0 and 2 are pointers
    h.roots.blocks.push_back({frame, 4, bitmap, true});
    GcCycleStats st = h.collect();
    CHECK((h.live(x) && h.live(z)));
    CHECK_FALSE(h.live(y));
    CHECK_FALSE(h.live(w));
    CHECK(st.stackScan == 32);
    CHECK(st.globalsScan == 0);
    CHECK(st.objectsFreed == 2);
}

TEST_CASE("pointers to free slots, tail waste and past-the-end are ignored") {
    GcHeap h;
    Node* n = h.node(1);  // slot 0 of a fresh span; slots 1.. are free
    MSpan* s = h.heap.spanOf(reinterpret_cast<uintptr_t>(n));
    REQUIRE(s != nullptr);
    uintptr_t base = s->base();
    // A 48-byte class span has 170 slots and 32 bytes of tail waste in its page.
    auto* q = h.alloc<uint8_t>(48, &kInt64);
    MSpan* qs = h.heap.spanOf(reinterpret_cast<uintptr_t>(q));
    REQUIRE(qs->elemsize == 48);
    auto* large = h.alloc<uint8_t>(40000, &kInt64);
    h.roots.ptrs = {reinterpret_cast<void*>(base + 5 * 16),       // free slot of n's span
                    reinterpret_cast<void*>(base + 16 * 511 + 8),  // last free slot
                    reinterpret_cast<void*>(qs->base() + 170 * 48 + 8),  // tail waste
                    large + 40000,                                 // one past the large object
                    reinterpret_cast<void*>(base + kPageSize)};    // past n's span (free pages or another span)
    GcCycleStats st = h.collect();
    // Only whatever happens to live at base+kPageSize could be marked; it is one of ours or nothing.
    CHECK(st.objectsMarked <= 1);
    CHECK_FALSE(h.live(n));
    CHECK(st.objectsFreed + st.objectsMarked == 3);
    // The freed memory is reusable; the next node lands in a (re)used slot and works.
    Node* m = h.node(2);
    CHECK(h.live(m));
}

TEST_CASE("a 100k-node list and a 100k-wide fan-out mark without deep stacks") {
    GcHeap h;
    uintptr_t bufsBefore = workbufsAllocated();
    Node* head = list(h, 100000, 0);
    h.roots.ptrs.push_back(head);
    GcCycleStats st = h.collect();
    CHECK(st.objectsMarked == 100000);
    CHECK(st.objectsFreed == 0);
    CHECK(listIntact(head, 100000, 0));
    // A list is walked depth-first: the queue never holds more than one object, so no pool growth.
    CHECK(workbufsAllocated() - bufsBefore <= 32);

    // Fan-out: a large array of 100k pointers to fresh nodes (all queued at once).
    const size_t n = 100000;
    static const TypeDesc kNodePtr{8, 8, 8, kPBits, "*main.node"};
    auto** fan = h.alloc<Node*>(n * sizeof(Node*), &kNodePtr);
    for (size_t i = 0; i < n; i++) fan[i] = h.node(int64_t(i), i % 2 ? nullptr : fan[i ? i - 1 : 0]);
    h.roots.ptrs = {fan};
    GcCycleStats st2 = h.collect();
    CHECK(st2.objectsMarked == n + 1);
    CHECK(st2.objectsFreed == 100000);  // the first list
    for (size_t i = 0; i < n; i++) REQUIRE((h.live(fan[i]) && fan[i]->val == int64_t(i)));
    CHECK_FALSE(workbufPoolHasFull());

    h.roots.ptrs.clear();
    GcCycleStats st3 = h.collect();
    CHECK(st3.objectsFreed == n + 1);
    CHECK(h.heap.stats().spansInuse == 0);
}

TEST_CASE("a cycle through large objects and small ones is freed as a whole") {
    GcHeap h;
    PXY* l1 = h.alloc<PXY>(1500 * sizeof(PXY), &kPXY);
    PXY* l2 = h.alloc<PXY>(1500 * sizeof(PXY), &kPXY);
    PIP* p = h.alloc<PIP>(sizeof(PIP), &kPIP);
    l1[1499].p = l2;
    l2[0].p = p;
    p->b = &l1[700];  // interior pointer back into l1
    h.roots.ptrs = {p};
    GcCycleStats st = h.collect();
    CHECK(st.objectsMarked == 3);
    CHECK((h.live(l1) && h.live(l2) && h.live(p)));
    CHECK(l1[1499].p == l2);
    h.roots.ptrs.clear();
    GcCycleStats st2 = h.collect();
    CHECK(st2.objectsFreed == 3);
    CHECK(st2.spansFreed == 3);
    CHECK(h.heap.stats().spansInuse == 0);
}

TEST_CASE("random object graphs: exactly the reachable objects survive, contents intact (model check)") {
    GcHeap h;
    std::mt19937_64 rng(20261126);
    static const TypeDesc kNodeElem{16, 8, 8, kNodeBits, "main.node"};
    enum Kind { kNodeK, kPipK, kLargeK, kNoscanK, kTinyK, kNodeArrK };
    struct Obj {
        Kind kind;
        uintptr_t size;
        std::vector<uintptr_t> words;  // expected contents, word by word (tiny: bytes in words[0..])
    };
    std::map<uintptr_t, Obj> model;  // address → object (all live as of the last cycle + new ones)
    auto pick = [&]() -> uintptr_t {  // a random address inside a random live object (0 if none)
        if (model.empty()) return 0;
        auto it = model.lower_bound(rng() % (uintptr_t(1) << 47));
        if (it == model.end()) it = model.begin();
        uintptr_t off = it->second.size > 1 ? rng() % it->second.size : 0;
        return it->first + (rng() % 4 == 0 ? off : 0);
    };
    // Pointer words of an object of each kind (word indexes).
    auto isPtrWord = [](const Obj& o, uintptr_t w) {
        switch (o.kind) {
            case kNodeK: return w == 0;
            case kPipK: return w == 0 || w == 2;
            case kLargeK: return w % 3 == 0;
            case kNodeArrK: return w % 2 == 0;
            default: return false;
        }
    };
    auto owner = [&](uintptr_t p) -> std::map<uintptr_t, Obj>::iterator {
        auto it = model.upper_bound(p);
        if (it == model.begin()) return model.end();
        --it;
        return p < it->first + it->second.size ? it : model.end();
    };
    uint64_t totalFreed = 0;
    for (int round = 0; round < 6; round++) {
        CAPTURE(round);
        // Allocate new objects, pointing at random live (old or new) objects.
        for (int i = 0; i < 3000; i++) {
            Obj o;
            uint64_t r = rng() % 100;
            o.kind = r < 35 ? kNodeK : r < 55 ? kPipK : r < 57 ? kLargeK : r < 72 ? kNoscanK : r < 90 ? kTinyK : kNodeArrK;
            const TypeDesc* t = nullptr;
            switch (o.kind) {
                case kNodeK: o.size = 16; t = &kNode; break;
                case kPipK: o.size = 24; t = &kPIP; break;
                case kLargeK: o.size = 24 * (1400 + rng() % 2000); t = &kPXY; break;
                case kNoscanK: o.size = 8 * (2 + rng() % 40); t = &kInt64; break;
                case kTinyK: o.size = 1 + rng() % 15; t = nullptr; break;
                case kNodeArrK: o.size = 16 * (2 + rng() % 7); t = &kNodeElem; break;
            }
            auto* mem = static_cast<uintptr_t*>(mallocgcOn(h.cache, o.size, t, true));
            uintptr_t x = reinterpret_cast<uintptr_t>(mem);
            if (o.kind == kTinyK) {
                auto* b = reinterpret_cast<uint8_t*>(mem);
                for (uintptr_t k = 0; k < o.size; k++) {
                    b[k] = uint8_t(rng());
                    o.words.push_back(b[k]);
                }
            } else {
                for (uintptr_t w = 0; w < o.size / 8; w++) {
                    uintptr_t v;
                    if (isPtrWord(o, w)) v = rng() % 3 == 0 ? pick() : 0;  // pointer (maybe nil)
                    else v = rng() % 2 ? pick() : uintptr_t(rng());       // scalar: often a heap address
                    if (o.kind == kLargeK && w > 60 && w < o.size / 8 - 60 && rng() % 8) v = 0;  // keep it sparse
                    mem[w] = v;
                    o.words.push_back(v);
                }
            }
            model.emplace(x, std::move(o));
        }
        // Mutate some old pointer words.
        for (int i = 0; i < 500 && !model.empty(); i++) {
            auto it = owner(pick());
            if (it == model.end() || it->second.kind == kTinyK) continue;
            Obj& o = it->second;
            uintptr_t w = rng() % (o.size / 8);
            uintptr_t v = rng() % 2 ? pick() : 0;
            reinterpret_cast<uintptr_t*>(it->first)[w] = v;
            o.words[w] = v;
        }
        // Roots: a few random interior pointers.
        h.roots.ptrs.clear();
        for (int i = 0; i < 40; i++) h.roots.ptrs.push_back(reinterpret_cast<void*>(pick()));

        // The model's reachability: BFS over pointer words; a tiny object reaches its whole block.
        std::set<uintptr_t> reached;
        std::set<uintptr_t> liveBlocks;
        std::vector<uintptr_t> queue;
        auto reach = [&](uintptr_t p) {
            auto it = owner(p);
            if (it == model.end()) return;
            if (it->second.kind == kTinyK) {
                liveBlocks.insert(it->first & ~uintptr_t(15));
                return;
            }
            if (reached.insert(it->first).second) queue.push_back(it->first);
        };
        for (const void* p : h.roots.ptrs) reach(reinterpret_cast<uintptr_t>(p));
        while (!queue.empty()) {
            uintptr_t x = queue.back();
            queue.pop_back();
            const Obj& o = model.at(x);
            for (uintptr_t w = 0; w < o.words.size(); w++)
                if (isPtrWord(o, w) && o.words[w]) reach(o.words[w]);
        }
        uint64_t expectFreed = 0;
        std::set<uintptr_t> deadBlocks;
        for (auto& [x, o] : model) {
            if (o.kind == kTinyK) {
                if (!liveBlocks.count(x & ~uintptr_t(15))) deadBlocks.insert(x & ~uintptr_t(15));
            } else if (!reached.count(x)) {
                expectFreed++;
            }
        }
        expectFreed += deadBlocks.size();

        GcCycleStats st = h.collect();
        CHECK(st.objectsFreed == expectFreed);
        CHECK(st.objectsMarked == reached.size() + liveBlocks.size());
        totalFreed += st.objectsFreed;
        // Survivors are allocated and intact; the dead are free. Drop the dead from the model.
        for (auto it = model.begin(); it != model.end();) {
            uintptr_t x = it->first;
            const Obj& o = it->second;
            bool alive = o.kind == kTinyK ? liveBlocks.count(x & ~uintptr_t(15)) > 0 : reached.count(x) > 0;
            REQUIRE(h.live(reinterpret_cast<void*>(x)) == alive);
            if (!alive) {
                it = model.erase(it);
                continue;
            }
            if (o.kind == kTinyK) {
                for (uintptr_t k = 0; k < o.size; k++) REQUIRE(reinterpret_cast<uint8_t*>(x)[k] == o.words[k]);
            } else {
                for (uintptr_t w = 0; w < o.words.size(); w++) REQUIRE(reinterpret_cast<uintptr_t*>(x)[w] == o.words[w]);
            }
            ++it;
        }
        // A dead object's words may now be stale addresses in live scalar words: harmless, never followed.
    }
    CHECK(totalFreed > 1000);
    CHECK(h.heap.stats().nfree == totalFreed);
    h.roots.ptrs.clear();
    h.collect();
    CHECK(h.heap.stats().spansInuse == 0);
}

TEST_CASE("scavenger: free runs go back to the OS, reallocation takes them back zeroed") {
    GcHeap h;
    std::vector<uint8_t*> big;
    for (int i = 0; i < 20; i++) {
        big.push_back(h.alloc<uint8_t>(1 << 20, nullptr));  // 128 pages each
        std::memset(big.back(), 0x77, 1 << 20);
    }
    h.collect();  // no roots: all freed, the arena is one free run
    REQUIRE(h.heap.freeRunCount() == 1);
    HeapStats s0 = h.heap.stats();
    CHECK(s0.heapReleased == 0);
    // A retain target above the mapped heap releases nothing.
    CHECK(h.heap.scavenge(s0.heapSys, 8) == 0);
    // Retain 0: the whole free run is released.
    CHECK(h.heap.scavenge(0, 8) == s0.heapSys);
    CHECK(h.heap.stats().heapReleased == s0.heapSys);
    CHECK(h.heap.scavenge(0, 8) == 0);  // nothing left to release
    // Reallocating released pages: counted back, zero, usable.
    auto* p = h.alloc<uint8_t>(1 << 20, nullptr);
    CHECK(p == big[0]);
    CHECK(h.heap.stats().heapReleased == s0.heapSys - (1 << 20));
    CHECK(std::all_of(p, p + (1 << 20), [](uint8_t b) { return b == 0; }));
    std::memset(p, 0x11, 1 << 20);
    // Split a released range: three spans, free the middle one, release, then take 4 of its pages.
    auto* a = h.alloc<uint8_t>(16 * kPageSize, nullptr);
    auto* b = h.alloc<uint8_t>(16 * kPageSize, nullptr);
    auto* c = h.alloc<uint8_t>(16 * kPageSize, nullptr);
    h.roots.ptrs = {p, a, c};
    h.collect();
    CHECK_FALSE(h.live(b));
    uint64_t rel0 = h.heap.stats().heapReleased;
    h.heap.scavenge(0, 8);
    uint64_t rel1 = h.heap.stats().heapReleased;
    CHECK(rel1 == rel0 + 16 * kPageSize);  // b's run (the big tail run was released already)
    auto* d = h.alloc<uint8_t>(4 * kPageSize, nullptr);  // best fit: the 16-page hole
    CHECK(d == b);
    CHECK(h.heap.stats().heapReleased == rel1 - 4 * kPageSize);
    auto* e = h.alloc<uint8_t>(12 * kPageSize, nullptr);
    CHECK(e == b + 4 * kPageSize);
    CHECK(h.heap.stats().heapReleased == rel1 - 16 * kPageSize);
    CHECK(std::all_of(e, e + 12 * kPageSize, [](uint8_t x) { return x == 0; }));
    // Everything freed again: the runs coalesce and one scavenge releases all of it.
    h.roots.ptrs.clear();
    h.collect();
    CHECK(h.heap.freeRunCount() == 1);
    h.heap.scavenge(0, 8);
    CHECK(h.heap.stats().heapReleased == h.heap.stats().heapSys);
    // Short runs are left alone.
    MHeap h2;
    MSpan* s1 = h2.alloc(4, SpanClass::make(0, true));
    MSpan* s2 = h2.alloc(4, SpanClass::make(0, true));
    h2.freeSpan(s1);
    uint64_t before = h2.stats().heapReleased;
    h2.scavenge(0, 8);
    CHECK(h2.stats().heapReleased - before == h2.stats().heapSys - 8 * kPageSize);  // only the tail run
    (void)s2;
}

TEST_CASE("process heap: runtime.GC statistics, exact frees, pacing, GOGC=off, setGCPercent") {
    ProcessRoots pr;
    int32_t oldPct = setGCPercent(100);
    gcCollect(gcReason::forced);
    CHECK_FALSE(gcRequested());
    MemStats m0 = readMemStats();
    CHECK(m0.NumGC >= 1);
    CHECK(m0.NumForcedGC >= 1);
    CHECK(m0.LastGC > 0);
    CHECK(m0.NextGC == gcHeapGoal());
    CHECK(m0.NextGC >= (4u << 20));
    CHECK(m0.HeapAlloc == gcController().heapMarked.load());

    // 300 unrooted objects, 200 rooted: the next cycle frees exactly the 300.
    std::vector<void*> kept;
    for (int i = 0; i < 500; i++) {
        void* p = mallocgc(sizeof(Node), &kNode, true);
        if (i % 5 < 2) kept.push_back(p);
    }
    pr.roots.blocks.push_back({kept.data(), kept.size(), nullptr, false});
    MemStats m1 = readMemStats();
    CHECK(m1.Mallocs - m0.Mallocs == 500);
    CHECK(m1.HeapObjects - m0.HeapObjects == 500);
    gcCollect(gcReason::heap);
    MemStats m2 = readMemStats();
    CHECK(m2.NumGC == m0.NumGC + 1);
    CHECK(m2.NumForcedGC == m0.NumForcedGC);
    CHECK(m2.Frees - m1.Frees == 300);
    CHECK(m2.HeapObjects - m0.HeapObjects == 200);
    CHECK(m2.HeapAlloc - m0.HeapAlloc == 200 * 16);
    CHECK(m2.PauseTotalNs > m0.PauseTotalNs);
    CHECK(m2.LastGC >= m0.LastGC);
    // Go's goal: marked + (marked + stacks + globals) * GOGC/100, at least 4 MB.
    CHECK(gcController().globalsScan.load() >= 200 * 8);
    uint64_t marked = m2.HeapAlloc;
    uint64_t want = 2 * marked + gcController().lastStackScan.load() + gcController().globalsScan.load();
    CHECK(m2.NextGC == std::max<uint64_t>(want, 4u << 20));

    // Pacing: garbage of 64 KB objects; the request comes exactly when HeapAlloc reaches the goal.
    uint64_t goal = gcHeapGoal();
    bool requested = false;
    int n = 0;
    while (!requested && n < 1000) {
        mallocgc(64 << 10, nullptr, true);
        n++;
        uint64_t live = readMemStats().HeapAlloc;
        requested = gcRequested();
        REQUIRE(requested == (live >= goal));
    }
    CHECK(requested);
    MemStats m3 = readMemStats();
    CHECK(m3.HeapAlloc >= goal);
    CHECK(m3.HeapAlloc < goal + (64 << 10) + kPageSize);
    gcCollect(gcReason::heap);
    CHECK_FALSE(gcRequested());
    MemStats m4 = readMemStats();
    CHECK(m4.Frees - m3.Frees == uint64_t(n));
    CHECK(m4.HeapAlloc == m2.HeapAlloc);

    // A 6 MB live object moves the goal to twice the live heap.
    auto* live6 = static_cast<uint8_t*>(mallocgc(6 << 20, nullptr, true));
    pr.roots.ptrs.push_back(live6);
    gcCollect(gcReason::heap);
    MemStats m5 = readMemStats();
    CHECK(m5.HeapAlloc >= (6u << 20));
    CHECK(m5.NextGC >= 2 * m5.HeapAlloc);
    CHECK(m5.NextGC <= 2 * m5.HeapAlloc + (1 << 20));

    // GOGC=50: goal = 1.5 × live; the minimum is 2 MB.
    CHECK(setGCPercent(50) == 100);
    CHECK(gcHeapGoal() >= m5.HeapAlloc + m5.HeapAlloc / 2);
    CHECK(gcHeapGoal() < m5.HeapAlloc + m5.HeapAlloc / 2 + (1 << 20));
    pr.roots.ptrs.clear();
    gcCollect(gcReason::heap);
    CHECK(gcHeapGoal() == std::max<uint64_t>(gcHeapGoal(), 2u << 20));
    CHECK(gcHeapGoal() < (4u << 20));

    // GOGC=off: no amount of allocation requests a cycle; runtime.GC still collects.
    CHECK(setGCPercent(-1) == 50);
    CHECK(gcHeapGoal() == uint64_t(INT64_MAX));
    CHECK(readMemStats().NextGC == uint64_t(INT64_MAX));
    for (int i = 0; i < 200; i++) {
        mallocgc(64 << 10, nullptr, true);
        REQUIRE_FALSE(gcRequested());
    }
    CHECK_FALSE(gcTrigger{gcTriggerKind::heap}.test());
    CHECK_FALSE(gcTrigger{gcTriggerKind::time}.test());
    MemStats m6 = readMemStats();
    gcCollect(gcReason::forced);
    MemStats m7 = readMemStats();
    CHECK(m7.Frees - m6.Frees == 200);
    CHECK(m7.NumForcedGC == m6.NumForcedGC + 1);
    CHECK(setGCPercent(oldPct) == -1);
    CHECK((gcHeapGoal() == uint64_t(INT64_MAX)) == (oldPct < 0));  // the environment's GOGC is back
}

TEST_CASE("gcstress requests a cycle after (nearly) every allocation") {
    ProcessRoots pr;  // restores the GODEBUG setting at the end
    for (int32_t mode : {1, 2}) {
        CAPTURE(mode);
        setGCDebug(-1, mode);
        gcCollect(gcReason::stress);
        CHECK_FALSE(gcRequested());
        // A small live heap: tiny, small, large, scan allocations each request a cycle.
        for (size_t size : {size_t(3), size_t(3), size_t(100), size_t(5000), size_t(50000)}) {
            CHECK_FALSE(gcRequested());
            mallocgc(size, nullptr, true);
            CHECK(gcRequested());
            gcCollect(gcReason::stress);
        }
        CHECK_FALSE(gcRequested());
        mallocgc(sizeof(Node), &kNode, true);
        CHECK(gcRequested());
        gcCollect(gcReason::stress);
    }
    // A live heap of 3000 objects: gcstress=1 requests every 3000/64 = 46th allocation (bounded
    // marking work per allocation), gcstress=2 still every one.
    std::vector<void*> live;
    for (int i = 0; i < 3000; i++) live.push_back(mallocgc(sizeof(Node), &kNode, true));
    pr.roots.blocks.push_back({live.data(), live.size(), nullptr, false});
    setGCDebug(-1, 1);
    gcCollect(gcReason::stress);
    uint64_t period = readMemStats().HeapObjects / kStressBudget;  // the marked objects / budget
    CHECK(period >= 3000 / kStressBudget);
    for (int round = 0; round < 3; round++) {
        for (uint64_t i = 1; i < period; i++) {
            mallocgc(sizeof(Node), &kNode, true);
            REQUIRE_FALSE(gcRequested());
        }
        mallocgc(sizeof(Node), &kNode, true);
        CHECK(gcRequested());
        gcCollect(gcReason::stress);
    }
    setGCDebug(-1, 2);
    mallocgc(sizeof(Node), &kNode, true);
    CHECK(gcRequested());
    gcCollect(gcReason::stress);
    // Off: no requests.
    setGCDebug(-1, 0);
    mallocgc(sizeof(Node), &kNode, true);
    CHECK_FALSE(gcRequested());
    pr.roots.blocks.clear();
}

TEST_CASE("gctrace prints Go's line on stderr, one per cycle") {
    ProcessRoots pr;
    int32_t oldTrace = debugGCTrace.load();
    char path[] = "/tmp/gomini-gctrace-XXXXXX";
    int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    std::fflush(stderr);
    int saved = dup(2);
    REQUIRE(saved >= 0);
    dup2(fd, 2);
    int32_t oldPct = setGCPercent(100);
    setGCDebug(1, -1);
    uint32_t n0 = readMemStats().NumGC;
    gcCollect(gcReason::forced);
    auto* keep = static_cast<uint8_t*>(mallocgc(3 << 20, nullptr, true));  // 3 MB live: "3->3->3 MB"
    pr.roots.ptrs.push_back(keep);
    gcCollect(gcReason::heap);
    setGCDebug(0, -1);
    gcCollect(gcReason::heap);  // no line
    std::fflush(stderr);
    dup2(saved, 2);
    close(saved);
    std::string out;
    char buf[4096];
    lseek(fd, 0, SEEK_SET);
    for (ssize_t r; (r = read(fd, buf, sizeof buf)) > 0;) out.append(buf, size_t(r));
    close(fd);
    unlink(path);
    setGCDebug(oldTrace, -1);
    setGCPercent(oldPct);

    std::vector<std::string> lines;
    for (size_t at = 0; at < out.size();) {
        size_t nl = out.find('\n', at);
        REQUIRE(nl != std::string::npos);
        lines.push_back(out.substr(at, nl - at));
        at = nl + 1;
    }
    REQUIRE(lines.size() == 2);
    // Go 1.19's format (mgc.go gcMarkTermination).
    const std::string ms = R"(([0-9]+(?:\.[0-9]{1,3})?))";
    const std::regex re("gc ([0-9]+) @([0-9]+\\.[0-9]{3})s ([0-9]+)%: " + ms + "\\+" + ms + "\\+" + ms +
                        " ms clock, " + ms + "\\+" + ms + "/" + ms + "/" + ms + "\\+" + ms +
                        " ms cpu, ([0-9]+)->([0-9]+)->([0-9]+) MB, ([0-9]+) MB goal, ([0-9]+) MB stacks, ([0-9]+) MB "
                        "globals, ([0-9]+) P( \\(forced\\))?");
    std::smatch m1, m2;
    REQUIRE(std::regex_match(lines[0], m1, re));
    REQUIRE(std::regex_match(lines[1], m2, re));
    CHECK(std::stoul(m1[1]) == n0 + 1);
    CHECK(std::stoul(m2[1]) == n0 + 2);
    CHECK(m1[19] == " (forced)");
    CHECK(m2[19] == "");
    CHECK(std::stoul(m2[14]) >= 3);  // the 3 MB object is marked
    CHECK(m2[12] == m2[13]);         // the world is stopped: nothing allocated during mark
    CHECK(std::stoul(m2[15]) >= 4);  // goal ≥ the 4 MB minimum
    CHECK(m2[18] == "1");
    CHECK(std::stod(m2[2].str()) >= std::stod(m1[2].str()));
}

TEST_CASE("setGCPercent from another thread while the P allocates and collects (TSan)") {
    ProcessRoots pr;
    int32_t old = setGCPercent(100);
    std::atomic<bool> done{false};
    std::thread other([&] {
        for (int i = 0; !done.load(); i++) {
            setGCPercent(i % 2 ? 100 : 300);
            (void)gcHeapGoal();
            (void)gcRequested();
        }
    });
    uint32_t n0 = readMemStats().NumGC;
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < 40; i++) mallocgc(64 << 10, nullptr, true);
        if (gcRequested()) gcCollect(gcReason::heap);
    }
    gcCollect(gcReason::forced);
    done.store(true);
    other.join();
    CHECK(readMemStats().NumGC > n0);
    setGCPercent(old);
}

}  // TEST_SUITE
