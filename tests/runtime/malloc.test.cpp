// Tests of the allocator: size classes (against Go's own table), span
// allocation bits, mcache/mcentral refill, large objects, the tiny
// allocator, interior-pointer lookup, the heap bitmap, random allocation
// with a shadow map, and the statistics.
//
// Most tests build a private MHeap + MCache so that they see a fresh heap
// and cannot disturb (or be disturbed by) the process heap; the statistics
// test uses the process heap through mallocgc and compares deltas.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mcache.h"
#include "runtime/mcentral.h"
#include "runtime/mheap.h"
#include "runtime/mspan.h"
#include "runtime/sizeclasses.h"
#include "runtime/type.h"

using namespace gomini::rt;

namespace {

// --- parsing Go's sizeclasses.go ---

struct GoRow {
    uint64_t cls, bytes, spanBytes, objects, tailWaste, minAlign;
};

struct GoTable {
    std::vector<GoRow> rows;
    std::vector<uint64_t> classToSize, classToNPages, sizeToClass8, sizeToClass128, divMagicDivisors;
};

std::string readGoSizeClasses() {
    for (const char* p : {"/usr/share/go-1.19/src/runtime/sizeclasses.go",
                          "/usr/lib/go-1.19/src/runtime/sizeclasses.go", "/usr/lib/go/src/runtime/sizeclasses.go"}) {
        std::ifstream in(p);
        if (in) {
            std::stringstream ss;
            ss << in.rdbuf();
            return ss.str();
        }
    }
    return "";
}

// The numbers inside the braces of `var NAME = [...]T{...}`; for class_to_divmagic the divisors.
std::vector<uint64_t> goArray(const std::string& src, const std::string& name, bool divisors = false) {
    std::vector<uint64_t> out;
    size_t at = src.find("var " + name + " ");
    if (at == std::string::npos) return out;
    size_t open = src.find('{', at), close = src.find('}', open);
    std::string body = src.substr(open + 1, close - open - 1);
    std::stringstream ss(body);
    std::string item;
    while (std::getline(ss, item, ',')) {
        if (divisors) {
            size_t slash = item.find('/');
            out.push_back(slash == std::string::npos ? 0 : std::stoull(item.substr(slash + 1)));
        } else {
            out.push_back(std::stoull(item));
        }
    }
    return out;
}

GoTable parseGoTable(const std::string& src) {
    GoTable t;
    std::stringstream ss(src);
    std::string line;
    while (std::getline(ss, line)) {
        // "//     1          8        8192     1024           0     87.50%          8"
        if (line.rfind("//", 0) != 0 || line.find('%') == std::string::npos) continue;
        std::string rest = line.substr(2);
        for (char& ch : rest) if (ch == '%') ch = ' ';
        std::stringstream ls(rest);
        GoRow r{};
        double maxWaste;
        if (ls >> r.cls >> r.bytes >> r.spanBytes >> r.objects >> r.tailWaste >> maxWaste >> r.minAlign)
            t.rows.push_back(r);
    }
    t.classToSize = goArray(src, "class_to_size");
    t.classToNPages = goArray(src, "class_to_allocnpages");
    t.sizeToClass8 = goArray(src, "size_to_class8");
    t.sizeToClass128 = goArray(src, "size_to_class128");
    t.divMagicDivisors = goArray(src, "class_to_divmagic", true);
    return t;
}

// Largest power of two dividing n, capped at the page size (spans are page-aligned).
uintptr_t naturalAlign(uintptr_t n) {
    uintptr_t a = n & (~n + 1);
    return a > kPageSize ? kPageSize : a;
}

// A Go struct { p *T; n int; q *T } (24 bytes, pointer words 0 and 2).
const uint8_t kPIPBits[] = {0b101};
const TypeDesc kPIP{24, 8, 24, kPIPBits, "main.pip"};
// A Go struct { p *T; n, m int } (24 bytes, ptrdata 8).
const uint8_t kPBits[] = {0b1};
const TypeDesc kPII{24, 8, 8, kPBits, "main.pii"};
// Pointer-free types.
const TypeDesc kInt64{8, 8, 0, nullptr, "int64"};
const TypeDesc kByte{1, 1, 0, nullptr, "uint8"};
const TypeDesc kPtr{8, 8, 8, kPBits, "*int"};

bool allBytes(const uint8_t* p, uintptr_t n, uint8_t v) {
    return std::all_of(p, p + n, [v](uint8_t b) { return b == v; });
}

// A private heap and its P's cache.
struct TestHeap {
    MHeap heap;
    MCache cache{heap};
    void* alloc(size_t n, const TypeDesc* t = nullptr, bool zero = true) { return mallocgcOn(cache, n, t, zero); }
};

}  // namespace

TEST_SUITE("runtime.malloc") {

TEST_CASE("size classes match Go's sizeclasses.go row by row") {
    std::string src = readGoSizeClasses();
    if (src.empty()) {
        // Go not installed: check rows copied from Go 1.19's table.
        CHECK(classToSize(5) == 48);
        CHECK(classToSize(43) == 3456);
        CHECK(classToNPages(43) == 3);
        CHECK(classToSize(60) == 18432);
        CHECK(classToNPages(60) == 9);
        CHECK(classToSize(65) == 27264);
        CHECK(classToNPages(65) == 10);
        return;
    }
    GoTable go = parseGoTable(src);
    REQUIRE(go.rows.size() == kNumSizeClasses - 1);
    REQUIRE(go.classToSize.size() == size_t(kNumSizeClasses));
    REQUIRE(go.classToNPages.size() == size_t(kNumSizeClasses));
    REQUIRE(go.sizeToClass8.size() == kSizeClasses.toClass8.size());
    REQUIRE(go.sizeToClass128.size() == kSizeClasses.toClass128.size());
    REQUIRE(go.divMagicDivisors.size() == size_t(kNumSizeClasses));
    for (const GoRow& r : go.rows) {
        CAPTURE(r.cls);
        int c = int(r.cls);
        CHECK(classToSize(c) == r.bytes);
        CHECK(classToNPages(c) * kPageSize == r.spanBytes);
        CHECK(classToNPages(c) * kPageSize / classToSize(c) == r.objects);
        CHECK(classToNPages(c) * kPageSize % classToSize(c) == r.tailWaste);
        CHECK(naturalAlign(classToSize(c)) == r.minAlign);
    }
    for (int c = 0; c < kNumSizeClasses; c++) {
        CAPTURE(c);
        CHECK(classToSize(c) == go.classToSize[c]);
        CHECK(classToNPages(c) == go.classToNPages[c]);
        uint32_t want = go.divMagicDivisors[c] == 0 ? 0 : uint32_t(~uint32_t(0) / go.divMagicDivisors[c] + 1);
        CHECK(kSizeClasses.divMul[c] == want);
    }
    for (size_t i = 0; i < go.sizeToClass8.size(); i++) {
        CAPTURE(i);
        CHECK(kSizeClasses.toClass8[i] == go.sizeToClass8[i]);
    }
    for (size_t i = 0; i < go.sizeToClass128.size(); i++) {
        CAPTURE(i);
        CHECK(kSizeClasses.toClass128[i] == go.sizeToClass128[i]);
    }
}

TEST_CASE("sizeToClass picks the smallest class that fits; roundupsize") {
    for (uintptr_t n = 1; n <= kMaxSmallSize; n++) {
        int c = sizeToClass(n);
        if (!(c >= 1 && c < kNumSizeClasses && classToSize(c) >= n && classToSize(c - 1) < n)) {
            FAIL("size " << n << " -> class " << c);
        }
    }
    CHECK(roundupsize(1) == 8);
    CHECK(roundupsize(17) == 24);
    CHECK(roundupsize(1025) == 1152);
    CHECK(roundupsize(32768) == 32768);
    CHECK(roundupsize(32769) == 40960);
}

TEST_CASE("divMul divides every offset of every span exactly") {
    for (int c = 1; c < kNumSizeClasses; c++) {
        uintptr_t size = classToSize(c), span = classToNPages(c) * kPageSize;
        for (uintptr_t off = 0; off < span; off++) {
            uintptr_t q = uintptr_t((uint64_t(off) * kSizeClasses.divMul[c]) >> 32);
            if (q != off / size) FAIL("class " << c << " offset " << off << ": " << q << " != " << off / size);
        }
    }
}

TEST_CASE("span alloc bits, allocCache and freeindex") {
    MHeap h;
    MSpan* s = h.alloc(1, SpanClass::make(1, true));  // 1024 slots of 8 bytes
    REQUIRE(s->nelems == 1024);
    CHECK(s->elemsize == 8);
    CHECK(s->limit == s->base() + kPageSize);
    CHECK(s->freeindex == 0);
    CHECK_FALSE(s->needzero);  // fresh pages

    // Pretend a sweep left these slots allocated: every third slot, all of 128..255, and 1000..1023.
    std::vector<bool> used(1024, false);
    for (int i = 0; i < 1024; i += 3) used[i] = true;
    for (int i = 128; i < 256; i++) used[i] = true;
    for (int i = 1000; i < 1024; i++) used[i] = true;
    for (int i = 0; i < 1024; i++)
        if (used[i]) s->allocBits[i / 8] |= uint8_t(1u << (i % 8));
    s->primeAllocCache();

    // The fast path and the slow path together must return exactly the free slots, in order.
    std::vector<uintptr_t> got;
    for (int k = 0;; k++) {
        uintptr_t before = s->freeindex;
        uintptr_t idx;
        if (k % 2 == 0) {
            uintptr_t p = nextFreeFast(s);
            if (p != 0) {
                idx = (p - s->base()) / 8;
                got.push_back(idx);
                CHECK(s->freeindex == idx + 1);
                continue;
            }
        }
        idx = s->nextFreeIndex();
        if (idx == s->nelems) break;
        s->allocCount++;
        CHECK(idx >= before);
        CHECK(s->freeindex == idx + 1);
        got.push_back(idx);
    }
    std::vector<uintptr_t> want;
    for (uintptr_t i = 0; i < 1024; i++)
        if (!used[i]) want.push_back(i);
    CHECK(got == want);
    CHECK(s->freeindex == 1024);
    CHECK(s->allocCount == want.size());
    CHECK(nextFreeFast(s) == 0);
    // Everything is allocated now: below freeindex, or marked in allocBits.
    for (uintptr_t i = 0; i < 1024; i++) CHECK_FALSE(s->isFree(i));

    // A span resumed in the middle (freeindex 70) sees only slots ≥ 70.
    MSpan* t = h.alloc(1, SpanClass::make(1, true));
    t->freeindex = 70;
    t->allocBits[71 / 8] |= uint8_t(1u << (71 % 8));
    t->primeAllocCache();
    CHECK(t->isFree(70));
    CHECK_FALSE(t->isFree(69));
    CHECK_FALSE(t->isFree(71));
    CHECK(nextFreeFast(t) == t->base() + 70 * 8);
    CHECK(nextFreeFast(t) == t->base() + 72 * 8);
    CHECK(t->freeindex == 73);
}

TEST_CASE("mcache refills from mcentral when its span fills") {
    TestHeap th;
    SpanClass spc = SpanClass::make(sizeToClass(48), true);
    CHECK(th.cache.span(spc) == emptymspan());

    void* first = th.alloc(48);
    MSpan* s1 = th.cache.span(spc);
    REQUIRE(s1 != emptymspan());
    CHECK(s1->nelems == 170);
    CHECK(s1->sweepgen == th.heap.sweepgen + 3);  // cached
    CHECK(first == reinterpret_cast<void*>(s1->base()));
    CHECK(th.cache.stats.gcTriggerChecks == 1);  // the first refill reached the GC hook

    for (int i = 1; i < 170; i++) th.alloc(48);
    CHECK(th.cache.span(spc) == s1);
    CHECK(s1->allocCount == 170);
    CHECK(th.cache.stats.gcTriggerChecks == 1);

    // The 171st object needs a new span; the full one goes to mcentral's full list.
    void* p = th.alloc(48);
    MSpan* s2 = th.cache.span(spc);
    CHECK(s2 != s1);
    CHECK(p == reinterpret_cast<void*>(s2->base()));
    CHECK(th.cache.stats.gcTriggerChecks == 2);
    MCentral& mc = th.heap.central(spc);
    CHECK(s1->list == &mc.fullSwept(th.heap.sweepgen));
    CHECK(s1->sweepgen == th.heap.sweepgen);
    CHECK(s2->list == nullptr);

    // releaseAll files the partial span; the next allocation takes it back and continues after p.
    th.cache.releaseAll();
    CHECK(th.cache.span(spc) == emptymspan());
    CHECK(s2->list == &mc.partialSwept(th.heap.sweepgen));
    void* q = th.alloc(48);
    CHECK(th.cache.span(spc) == s2);
    CHECK(q == reinterpret_cast<void*>(s2->base() + 48));
    CHECK(s2->list == nullptr);

    // Scan and noscan objects of one size class live in different spans.
    void* sp = th.alloc(48, &kPtr);  // [6]*int
    MSpan* ss = th.heap.spanOf(reinterpret_cast<uintptr_t>(sp));
    REQUIRE(ss != nullptr);
    CHECK_FALSE(ss->spanclass.noscan());
    CHECK(ss->spanclass.sizeclass() == spc.sizeclass());
    CHECK(ss->largeType == nullptr);  // small spans keep their types in the heap bitmap
}

TEST_CASE("large objects get their own span") {
    TestHeap th;
    const uintptr_t size = 100 * 1024 + 3;
    auto* p = static_cast<uint8_t*>(th.alloc(size));
    uintptr_t x = reinterpret_cast<uintptr_t>(p);
    CHECK(x % kPageSize == 0);
    MSpan* s = th.heap.spanOf(x);
    REQUIRE(s != nullptr);
    CHECK(s->spanclass.sizeclass() == 0);
    CHECK(s->spanclass.noscan());
    CHECK(s->npages == 13);
    CHECK(s->nelems == 1);
    CHECK(s->elemsize == 13 * kPageSize);
    CHECK(s->allocCount == 1);
    CHECK_FALSE(s->isFree(0));
    CHECK(s->list == &th.heap.central(s->spanclass).fullSwept(th.heap.sweepgen));
    CHECK(th.cache.stats.largeAllocs == 1);
    CHECK(th.cache.stats.allocBytes == 13 * kPageSize);
    // Interior pointers, including the last byte, find the object; past its end nothing.
    CHECK(th.heap.findObject(x + 12345) == x);
    CHECK(th.heap.findObject(x + size - 1) == x);
    CHECK(th.heap.findObject(x + size) == 0);
    CHECK(allBytes(p, size, 0));
    std::memset(p, 0xAB, size);

    // A second large object does not overlap; a span exactly 32 KB + 1 takes 5 pages.
    uintptr_t y = reinterpret_cast<uintptr_t>(th.alloc(32769));
    CHECK((y >= x + 13 * kPageSize || y + 5 * kPageSize <= x));
    CHECK(th.heap.spanOf(y)->npages == 5);

    // Free the first span (the sweeper's job later): its pages return and are reused zeroed.
    uintptr_t pagesBefore = th.heap.freePageCount();
    {
        MCentral& mc = th.heap.central(s->spanclass);
        std::lock_guard<std::mutex> g(mc.lock);
        mc.fullSwept(th.heap.sweepgen).remove(s);
    }
    th.heap.freeSpan(s);
    CHECK(th.heap.spanOf(x) == nullptr);
    CHECK(th.heap.findObject(x) == 0);
    CHECK(th.heap.freePageCount() == pagesBefore + 13);
    auto* p2 = static_cast<uint8_t*>(th.alloc(size));
    CHECK(p2 == p);  // best fit: the 13-page hole
    CHECK(th.heap.spanOf(x)->needzero);
    CHECK(allBytes(p2, size, 0));

    // Dirty the pages again and free them: small spans carved from them clear each slot they hand out.
    MSpan* s2 = th.heap.spanOf(x);
    std::memset(p2, 0xCD, size);
    {
        MCentral& mc = th.heap.central(s2->spanclass);
        std::lock_guard<std::mutex> g(mc.lock);
        mc.fullSwept(th.heap.sweepgen).remove(s2);
    }
    th.heap.freeSpan(s2);
    for (int i = 0; i < 64 * 13; i++) {
        auto* q = static_cast<uint8_t*>(th.alloc(128, &kPtr));
        MSpan* qs = th.heap.spanOf(reinterpret_cast<uintptr_t>(q));
        REQUIRE(qs->base() >= x);
        REQUIRE(qs->end() <= x + 13 * kPageSize);  // best fit keeps using the 13-page hole
        REQUIRE(qs->needzero);
        REQUIRE(allBytes(q, 128, 0));
    }
}

TEST_CASE("page allocator coalesces freed runs") {
    MHeap h;
    std::vector<MSpan*> spans;
    std::mt19937 rng(7);
    for (int i = 0; i < 200; i++) spans.push_back(h.alloc(1 + rng() % 20, SpanClass::make(0, true)));
    HeapStats st = h.stats();
    CHECK(st.arenas == 1);
    CHECK(st.spansInuse == 200);
    // Spans never overlap and every page maps to its span.
    std::vector<std::pair<uintptr_t, uintptr_t>> ranges;
    for (MSpan* s : spans) ranges.push_back({s->base(), s->end()});
    std::sort(ranges.begin(), ranges.end());
    for (size_t i = 1; i < ranges.size(); i++) CHECK(ranges[i - 1].second <= ranges[i].first);
    for (MSpan* s : spans)
        for (uintptr_t p = s->base(); p < s->end(); p += kPageSize) REQUIRE(h.spanOf(p + 17) == s);
    std::shuffle(spans.begin(), spans.end(), rng);
    for (MSpan* s : spans) h.freeSpan(s);
    CHECK(h.freeRunCount() == 1);
    CHECK(h.freePageCount() == kPagesPerArena);
    CHECK(h.stats().heapInuse == 0);
    // A span bigger than an arena gets consecutive arenas of its own.
    MSpan* big = h.alloc(kPagesPerArena + 1, SpanClass::make(0, true));
    CHECK(big->npages == kPagesPerArena + 1);
    CHECK(h.stats().arenas == 3);
    CHECK(h.spanOf(big->base() + big->npages * kPageSize - 1) == big);
    CHECK(h.spanOf(big->end()) == nullptr);
}

TEST_CASE("tiny allocator packs pointer-free objects with natural alignment") {
    TestHeap th;
    auto at = [&](size_t n) { return reinterpret_cast<uintptr_t>(th.alloc(n)); };
    uintptr_t a = at(1);
    CHECK(a % 16 == 0);  // a fresh 16-byte block
    CHECK(th.cache.span(kTinySpanClass)->spanclass == kTinySpanClass);
    uintptr_t b = at(2);
    CHECK(b == a + 2);  // 2-aligned
    uintptr_t c = at(4);
    CHECK(c == a + 4);  // 4-aligned
    uintptr_t d = at(3);
    CHECK(d == a + 8);  // odd size: no alignment
    uintptr_t e = at(1);
    CHECK(e == a + 11);
    uintptr_t f = at(4);
    CHECK(f == a + 12);
    CHECK(th.cache.tinyoffset == 16);
    CHECK(th.cache.stats.tinyAllocs == 5);
    // Full block: the next tiny object starts a new one.
    uintptr_t g = at(8);
    CHECK(g % 16 == 0);
    CHECK(g != a);
    CHECK(th.cache.tiny == g);
    uintptr_t i = at(8);
    CHECK(i == g + 8);
    // 12 bytes do not fit after offset 16: a new block; the old one (no room) is replaced.
    uintptr_t j = at(12);
    CHECK(j % 16 == 0);
    CHECK(th.cache.tiny == j);
    CHECK(th.cache.tinyoffset == 12);
    // A 9-byte object does not fit in the 4 bytes left; the new block has 7 left, more than 4: it wins.
    uintptr_t k = at(9);
    CHECK(th.cache.tiny == k);
    CHECK(th.cache.tinyoffset == 9);
    // Zeroed, even though the tiny class's span memory may be reused later.
    for (int q = 0; q < 9; q++) CHECK(reinterpret_cast<uint8_t*>(k)[q] == 0);
    // Objects of 16 bytes or with pointers are not tiny.
    uintptr_t big = at(16);
    CHECK(big != th.cache.tiny);
    uintptr_t ptr = reinterpret_cast<uintptr_t>(th.alloc(8, &kPtr));
    CHECK_FALSE(th.heap.spanOf(ptr)->spanclass.noscan());
    CHECK(th.cache.tiny == k);
    // Mallocs count tiny objects; TotalAlloc counts blocks.
    CHECK(th.cache.stats.nmalloc == 12);
    CHECK(th.cache.stats.tinyAllocs == 6);
    CHECK(th.cache.stats.allocBytes == 4 * 16 + 16 + 8);  // blocks a, g, j, k; the 16-byte object; the pointer
}

TEST_CASE("interior pointers find their object in every size class") {
    TestHeap th;
    for (int c = 1; c < kNumSizeClasses; c++) {
        uintptr_t size = classToSize(c);
        for (int k = 0; k < 3; k++) {
            uintptr_t x = reinterpret_cast<uintptr_t>(th.alloc(size, &kPtr));  // scan: never tiny
            CAPTURE(c);
            MSpan* s = nullptr;
            uintptr_t idx = 0;
            CHECK(th.heap.findObject(x, &s, &idx) == x);
            REQUIRE(s != nullptr);
            CHECK(s->spanclass == SpanClass::make(c, false));
            CHECK(s->base() + idx * size == x);
            CHECK(th.heap.findObject(x + size / 2) == x);
            CHECK(th.heap.findObject(x + size - 1) == x);
            // Every class's slots keep the alignment its size implies (Go's "min align").
            CHECK(x % naturalAlign(size) == 0);
        }
    }
    // Not heap memory: nothing.
    int local = 0;
    CHECK(th.heap.findObject(reinterpret_cast<uintptr_t>(&local)) == 0);
    CHECK(th.heap.spanOf(reinterpret_cast<uintptr_t>(&local)) == nullptr);
    CHECK(th.heap.findObject(0) == 0);
}

TEST_CASE("heap bitmap records pointer words from the type") {
    TestHeap th;
    // [3]pip: 72 bytes in an 80-byte slot; pointers at words 0,2,3,5,6,8.
    uintptr_t x = reinterpret_cast<uintptr_t>(th.alloc(72, &kPIP));
    MSpan* s = th.heap.spanOf(x);
    CHECK(s->elemsize == 80);
    CHECK_FALSE(s->spanclass.noscan());
    const bool want[10] = {1, 0, 1, 1, 0, 1, 1, 0, 1, 0};
    for (int w = 0; w < 10; w++) {
        CAPTURE(w);
        CHECK(th.heap.isPointerWord(x + 8 * w) == want[w]);
    }
    // The next slot of the same span, a different type: its own bits.
    static const TypeDesc p80{80, 8, 8, kPBits, "p80"};
    uintptr_t y = reinterpret_cast<uintptr_t>(th.alloc(80, &p80));
    CHECK(y == x + 80);
    for (int w = 0; w < 10; w++) CHECK(th.heap.isPointerWord(y + 8 * w) == (w == 0));
    // Noscan objects have no pointer words.
    uintptr_t z = reinterpret_cast<uintptr_t>(th.alloc(72, &kInt64));
    for (int w = 0; w < 9; w++) CHECK_FALSE(th.heap.isPointerWord(z + 8 * w));
    // A large array of pii: the span keeps the element type.
    uintptr_t l = reinterpret_cast<uintptr_t>(th.alloc(24 * 2000, &kPII));
    MSpan* ls = th.heap.spanOf(l);
    CHECK(ls->largeType == &kPII);
    for (int w = 0; w < 6000; w++) REQUIRE(th.heap.isPointerWord(l + 8 * w) == (w % 3 == 0));
    CHECK_FALSE(th.heap.isPointerWord(l + 24 * 2000));
}

TEST_CASE("a small span straddling two arenas keeps exact heap bits") {
    TestHeap th;
    // A 2-arena chunk, freed whole, then filled up to one page before the arena boundary:
    // the next 3-page span (class 3072) starts 8 KB before the boundary.
    MSpan* big = th.heap.alloc(kPagesPerArena + 1, SpanClass::make(0, true));
    uintptr_t a = big->base();
    REQUIRE(a % kHeapArenaBytes == 0);
    th.heap.freeSpan(big);
    MSpan* filler = th.heap.alloc(kPagesPerArena - 1, SpanClass::make(0, true));
    CHECK(filler->base() == a);
    std::vector<uintptr_t> objs;
    for (int i = 0; i < 3; i++) objs.push_back(reinterpret_cast<uintptr_t>(th.alloc(3072, &kPIP)));
    MSpan* s = th.heap.spanOf(objs[0]);
    REQUIRE(s != nullptr);
    CHECK(s->base() == a + kHeapArenaBytes - kPageSize);
    CHECK(s->end() > a + kHeapArenaBytes);
    CHECK(objs[2] < a + kHeapArenaBytes);
    CHECK(objs[2] + 3072 > a + kHeapArenaBytes);  // this object straddles the boundary
    for (uintptr_t x : objs) {
        for (int w = 0; w < 384; w++) REQUIRE(th.heap.isPointerWord(x + 8 * w) == (w % 3 != 1));
        CHECK(th.heap.findObject(x + 3071) == x);
    }
    CHECK(th.heap.spanOf(a + kHeapArenaBytes) == s);
}

TEST_CASE("random allocations never overlap (shadow map)") {
    TestHeap th;
    std::mt19937_64 rng(12345);
    struct Obj {
        uintptr_t size;
        uint8_t fill;
        bool tiny;
        const TypeDesc* type;
    };
    std::map<uintptr_t, Obj> shadow;  // address → object
    const TypeDesc* types[] = {nullptr, &kInt64, &kByte, &kPtr, &kPIP};
    uint64_t expectMallocs = 0;
    for (int i = 0; i < 30000; i++) {
        uint64_t r = rng();
        uintptr_t size;
        switch (r % 10) {
            case 0: size = 1 + (r >> 8) % 15; break;           // tiny candidates
            case 1: size = 1 + (r >> 8) % (40 * 1024); break;   // up to large
            case 2: if ((r >> 8) % 50 == 0) { size = 1 + (r >> 16) % (300 * 1024); break; } [[fallthrough]];
            default: size = 1 + (r >> 8) % 512; break;
        }
        const TypeDesc* t = types[(r >> 40) % 5];
        if (t == &kInt64) size = (size + 7) & ~uintptr_t(7);
        if (t == &kPtr) size = ((size + 7) / 8) * 8;
        if (t == &kPIP) size = ((size + 23) / 24) * 24;
        uintptr_t x = reinterpret_cast<uintptr_t>(th.alloc(size, t));
        expectMallocs++;
        bool tiny = (t == nullptr || !t->hasPointers()) && size < 16;
        // Alignment: 8 for every non-tiny object; tiny objects at their natural alignment.
        uintptr_t wantAlign = tiny ? std::min<uintptr_t>(naturalAlign(size), 8) : 8;
        REQUIRE(x % wantAlign == 0);
        // No overlap with the neighbours in the shadow map.
        auto next = shadow.lower_bound(x);
        if (next != shadow.end()) REQUIRE(x + size <= next->first);
        if (next != shadow.begin()) {
            auto prev = std::prev(next);
            REQUIRE(prev->first + prev->second.size <= x);
        }
        if (!tiny) {
            uintptr_t base = th.heap.findObject(x + size - 1);
            REQUIRE(base == x);
        }
        // Fresh memory is zero; then mark it with a pattern to catch overlapping writers.
        auto* p = reinterpret_cast<uint8_t*>(x);
        REQUIRE(allBytes(p, size, 0));
        uint8_t fill = uint8_t(1 + i % 251);
        std::memset(p, fill, size);
        shadow.emplace(x, Obj{size, fill, tiny, t});
    }
    for (auto& [x, o] : shadow) {
        auto* p = reinterpret_cast<uint8_t*>(x);
        REQUIRE(allBytes(p, o.size, o.fill));
        // The heap bitmap still describes each object's own type (neighbours did not clobber it).
        for (uintptr_t w = 0; w < o.size / 8; w++) {
            bool want = o.type && o.type->hasPointers() && o.type->isPointerWord(w % (o.type->size / 8));
            REQUIRE(th.heap.isPointerWord(x + 8 * w) == want);
        }
    }
    CHECK(th.cache.stats.nmalloc == expectMallocs);
}

TEST_CASE("mallocgc statistics") {
    MemStats before = readMemStats();
    const int n = 1000;
    std::vector<void*> objs;
    for (int i = 0; i < n; i++) objs.push_back(mallocgc(24, &kPIP, true));
    MemStats mid = readMemStats();
    CHECK(mid.Mallocs - before.Mallocs == n);
    CHECK(mid.TotalAlloc - before.TotalAlloc == n * 24);
    CHECK(mid.HeapAlloc - before.HeapAlloc == n * 24);
    CHECK(mid.HeapObjects - before.HeapObjects == n);
    CHECK(mid.Frees == before.Frees);
    // Size-class rounding: 25 bytes cost a 32-byte slot.
    mallocgc(25, nullptr, true);
    // Large: whole pages.
    void* big = mallocgc(40000, nullptr, true);
    CHECK(reinterpret_cast<uintptr_t>(big) % kPageSize == 0);
    MemStats after = readMemStats();
    CHECK(after.Mallocs - mid.Mallocs == 2);
    CHECK(after.TotalAlloc - mid.TotalAlloc == 32 + 5 * kPageSize);
    CHECK(after.Alloc == after.HeapAlloc);
    CHECK(after.HeapObjects == after.Mallocs - after.Frees);
    CHECK(after.HeapSys >= after.HeapInuse);
    CHECK(after.HeapIdle == after.HeapSys - after.HeapInuse);
    CHECK(after.HeapInuse >= 5 * kPageSize);
    CHECK(after.Sys >= after.HeapSys);
    CHECK(after.HeapReleased <= after.HeapIdle);  // the scavenger (after a GC) may have released idle pages
    CHECK(after.NumGC == before.NumGC);
    // Zero-size allocations share zerobase and count nothing.
    CHECK(mallocgc(0, nullptr, true) == zerobase());
    CHECK(mallocgc(0, &kPIP, true) == zerobase());
    CHECK(readMemStats().Mallocs == after.Mallocs);
    // The sweeper's hook (on a private heap: fake frees on the process heap would break the
    // collector's "allocated - freed == marked" check). Real frees are tested in mgc.test.cpp.
    MHeap h;
    h.recordFree(3, 72);
    CHECK(h.stats().nfree == 3);
    CHECK(h.stats().freeBytes == 72);
}

TEST_CASE("gcTrigger: a cycle trigger holds until that cycle completed") {
    // The heap trigger and the pacer are tested in mgc.test.cpp.
    MemStats m = readMemStats();
    CHECK(gcTrigger{gcTriggerKind::cycle, m.NumGC + 1}.test());
    CHECK_FALSE(gcTrigger{gcTriggerKind::cycle, m.NumGC}.test());
}

}  // TEST_SUITE
