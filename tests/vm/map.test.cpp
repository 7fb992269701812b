// Tests for vm/map.cpp (Go's hash map) over hand-built RTypes: insert, lookup,
// delete and growth with 100k keys of several key kinds, NaN keys, iteration
// (every key exactly once, randomized order, deletion and insertion during
// iteration across growth), mapclear, indirect keys/elems, nil maps.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mgc.h"
#include "vm/gostring.h"
#include "vm/map.h"
#include "vm/panic.h"
#include "vm/rtype.h"

using namespace gomini::vm;

namespace {

const uint8_t kBits1[] = {1};
const uint8_t kBits3[] = {3};
const uint8_t kBits2[] = {2};

RType prim(Kind k, uint32_t size, const char* str, uintptr_t ptrdata = 0, const uint8_t* bits = nullptr) {
    RType t;
    t.kind = k;
    t.size = size;
    t.align = size >= 8 ? 8 : (size == 0 ? 1 : size);
    t.gc.size = size;
    t.gc.align = t.align;
    t.gc.ptrdata = ptrdata;
    t.gc.gcdata = bits;
    t.str = str;
    t.comparable = true;
    return t;
}

struct Types {
    RType i64 = prim(Kind::Int, 8, "int");
    RType i32 = prim(Kind::Int32, 4, "int32");
    RType f64 = prim(Kind::Float64, 8, "float64");
    RType str = prim(Kind::String, 16, "string", 8, kBits1);
    RType any = prim(Kind::Interface, 16, "interface {}", 16, kBits3);
    RType sliceInt = prim(Kind::Slice, 24, "[]int", 8, kBits1);
    RType keyStruct;  // struct{ a int32; s string } (4 bytes of padding after a)
    RType big200 = prim(Kind::Array, 200, "[200]uint8");
    RType big160 = prim(Kind::Array, 160, "[160]uint8");
    RType big2000 = prim(Kind::Array, 2000, "[2000]uint8");
    Itab intTab, strTab, sliceTab;
    std::vector<RType*> maps;
    Types() {
        sliceInt.comparable = false;
        keyStruct = prim(Kind::Struct, 24, "struct { a int32; s string }", 16, kBits2);
        keyStruct.fields = {{"a", &i32, 0}, {"s", &str, 8}};
        big200.elem = big160.elem = big2000.elem = nullptr;
        big200.len = 200;
        big160.len = 160;
        big2000.len = 2000;
        RType* u8 = new RType(prim(Kind::Uint8, 1, "uint8"));
        big200.elem = big160.elem = big2000.elem = u8;
        intTab.inter = strTab.inter = sliceTab.inter = &any;
        intTab.type = &i64;
        strTab.type = &str;
        sliceTab.type = &sliceInt;
    }
    // The MapType of map[k]e. RTypes live for the program's life (mapTypeInfo
    // caches by RType pointer), so these are never freed: see types().
    const MapType* mapOf(const RType* k, const RType* e) {
        auto* m = new RType(prim(Kind::Map, 8, "map[?]?", 8, kBits1));
        m->str = "map[" + k->str + "]" + e->str;
        m->key = k;
        m->elem = e;
        m->pointerShaped = true;
        m->comparable = false;
        maps.push_back(m);
        return mapTypeInfo(m);
    }
};

// One set of types for the whole test binary: like the loader's RTypes they
// must outlive every map (a freed RType's address could be reused by another
// type and hit mapTypeInfo's cache).
Types& types() {
    static Types* t = new Types();
    return *t;
}

std::string panicMessage(auto&& f) {
    try {
        f();
    } catch (const RuntimePanic& p) {
        return p.msg;
    }
    return "<no panic>";
}

GoString gs(const std::string& s) { return GoString{reinterpret_cast<const uint8_t*>(s.data()), int64_t(s.size())}; }

int64_t getInt(const MapType* t, Hmap* h, int64_t k, bool* ok) {
    return *static_cast<const int64_t*>(mapaccess(t, h, &k, ok));
}
void putInt(const MapType* t, Hmap* h, int64_t k, int64_t v) { *static_cast<int64_t*>(mapassign(t, h, &k)) = v; }

// All (key, elem) pairs of one full iteration, for int -> int maps.
std::vector<std::pair<int64_t, int64_t>> iterInts(const MapType* t, Hmap* h) {
    std::vector<std::pair<int64_t, int64_t>> out;
    Hiter it;
    for (mapiterinit(t, h, &it); it.key != nullptr; mapiternext(&it))
        out.emplace_back(*static_cast<const int64_t*>(it.key), *static_cast<const int64_t*>(it.elem));
    return out;
}

}  // namespace

TEST_CASE("map: int keys, 100k inserts, lookups, deletes, growth") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    CHECK(t->bucketsize == 8 + 64 + 64 + 8);
    CHECK(t->bucketDesc.ptrdata == t->bucketsize);
    Hmap* h = makemap(t, 0);
    const int N = 100000;
    for (int64_t i = 0; i < N; i++) putInt(t, h, i * 7919, i);
    CHECK(maplen(h) == N);
    // Go's load factor 6.5: 100k entries fit in 2^14 buckets (growth at 13*2^13/2 + 1).
    CHECK(mapBucketCount(h) == 16384);
    bool ok = false;
    for (int64_t i = 0; i < N; i++) {
        REQUIRE(getInt(t, h, i * 7919, &ok) == i);
        REQUIRE(ok);
    }
    CHECK(getInt(t, h, 1, &ok) == 0);
    CHECK_FALSE(ok);
    for (int64_t i = 0; i < N; i += 2) {
        int64_t k = i * 7919;
        mapdelete(t, h, &k);
    }
    CHECK(maplen(h) == N / 2);
    for (int64_t i = 0; i < N; i++) {
        int64_t v = getInt(t, h, i * 7919, &ok);
        REQUIRE(ok == (i % 2 == 1));
        REQUIRE(v == (i % 2 == 1 ? i : 0));
    }
    int64_t absent = -5;
    mapdelete(t, h, &absent);  // no-op
    CHECK(maplen(h) == N / 2);
    // Overwrite keeps the count.
    putInt(t, h, 7919, -1);
    CHECK(getInt(t, h, 7919, &ok) == -1);
    CHECK(maplen(h) == N / 2);
    // Re-insert the deleted ones (reusing emptied slots).
    for (int64_t i = 0; i < N; i += 2) putInt(t, h, i * 7919, i);
    CHECK(maplen(h) == N);
    CHECK(iterInts(t, h).size() == size_t(N));
}

TEST_CASE("map: make(map, hint) sizes the table as Go; negative hint is 0") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    CHECK(mapBucketCount(makemap(t, 0)) == 1);
    CHECK(mapBucketCount(makemap(t, 8)) == 1);
    CHECK(mapBucketCount(makemap(t, 9)) == 2);
    CHECK(mapBucketCount(makemap(t, 100)) == 16);  // 100 <= 13*16/2
    CHECK(mapBucketCount(makemap(t, 105)) == 32);
    CHECK(mapBucketCount(makemap(t, -1)) == 1);  // Go 1.19: make(map[int]int, n) with n = -1 does not panic
    Hmap* h = makemap(t, 1000);
    uint64_t nb = mapBucketCount(h);
    for (int64_t i = 0; i < 1000; i++) putInt(t, h, i, i);
    CHECK(mapBucketCount(h) == nb);  // the hint avoided every grow
}

TEST_CASE("map: string keys, 100k") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.str, &T.i64);
    std::vector<std::string> keys;
    for (int i = 0; i < 100000; i++) keys.push_back("key-" + std::to_string(i) + (i % 3 ? "" : "-with-a-longer-tail"));
    Hmap* h = makemap(t, 0);
    for (size_t i = 0; i < keys.size(); i++) {
        GoString k = gs(keys[i]);
        *static_cast<int64_t*>(mapassign(t, h, &k)) = int64_t(i);
    }
    CHECK(maplen(h) == 100000);
    bool ok = false;
    for (size_t i = 0; i < keys.size(); i++) {
        std::string copy = keys[i];  // different pointer, same content
        GoString k = gs(copy);
        REQUIRE(*static_cast<const int64_t*>(mapaccess(t, h, &k, &ok)) == int64_t(i));
        REQUIRE(ok);
    }
    std::string miss = "key-100000";
    GoString mk = gs(miss);
    mapaccess(t, h, &mk, &ok);
    CHECK_FALSE(ok);
    std::set<std::string> seen;
    Hiter it;
    for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
        auto* k = static_cast<const GoString*>(it.key);
        seen.insert(std::string(reinterpret_cast<const char*>(k->ptr), size_t(k->len)));
    }
    CHECK(seen.size() == keys.size());
}

TEST_CASE("map: struct keys compare field-wise, ignoring padding") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.keyStruct, &T.i64);
    struct K {
        int32_t a;
        int32_t pad;
        GoString s;
    };
    std::vector<std::string> names;
    for (int i = 0; i < 1000; i++) names.push_back("n" + std::to_string(i % 100));
    Hmap* h = makemap(t, 0);
    for (int i = 0; i < 1000; i++) {
        K k{int32_t(i / 100), 0x1111, gs(names[i])};
        *static_cast<int64_t*>(mapassign(t, h, &k)) = i;
    }
    CHECK(maplen(h) == 1000);
    bool ok = false;
    for (int i = 0; i < 1000; i++) {
        std::string copy = names[i];
        K k{int32_t(i / 100), 0x7777 + i, gs(copy)};  // different padding bytes
        REQUIRE(*static_cast<const int64_t*>(mapaccess(t, h, &k, &ok)) == i);
        REQUIRE(ok);
    }
}

TEST_CASE("map: interface keys; unhashable dynamic types panic as Go") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.any, &T.i64);
    std::vector<int64_t> ints(20000);
    std::vector<std::string> strs(20000);
    std::vector<GoString> boxes(20000);
    Hmap* h = makemap(t, 0);
    for (int i = 0; i < 20000; i++) {
        ints[i] = i;
        strs[i] = std::to_string(i);
        boxes[i] = gs(strs[i]);
        Iface ki{&T.intTab, &ints[i]}, ks{&T.strTab, &boxes[i]};
        *static_cast<int64_t*>(mapassign(t, h, &ki)) = i;
        *static_cast<int64_t*>(mapassign(t, h, &ks)) = -i;
    }
    CHECK(maplen(h) == 40000);  // int 5 and string "5" are different keys
    bool ok = false;
    for (int i = 0; i < 20000; i += 7) {
        int64_t v = i;
        Iface ki{&T.intTab, &v};
        REQUIRE(*static_cast<const int64_t*>(mapaccess(t, h, &ki, &ok)) == i);
        std::string s = std::to_string(i);
        GoString g = gs(s);
        Iface ks{&T.strTab, &g};
        REQUIRE(*static_cast<const int64_t*>(mapaccess(t, h, &ks, &ok)) == -i);
    }
    Iface nilKey{nullptr, nullptr};
    *static_cast<int64_t*>(mapassign(t, h, &nilKey)) = 99;
    CHECK(*static_cast<const int64_t*>(mapaccess(t, h, &nilKey, &ok)) == 99);
    CHECK(maplen(h) == 40001);

    GoSlice sl{nullptr, 0, 0};
    Iface bad{&T.sliceTab, &sl};
    // m[[]int{1}] = 1, _ = m[[]int{1}], and on an empty map too: all "hash of unhashable type []int".
    CHECK(panicMessage([&] { mapassign(t, h, &bad); }) == "hash of unhashable type []int");
    CHECK(panicMessage([&] { mapaccess(t, h, &bad); }) == "hash of unhashable type []int");
    CHECK(panicMessage([&] { mapaccess(t, makemap(t, 0), &bad); }) == "hash of unhashable type []int");
    CHECK(panicMessage([&] { mapaccess(t, nullptr, &bad); }) == "hash of unhashable type []int");
    CHECK(panicMessage([&] { mapdelete(t, h, &bad); }) == "hash of unhashable type []int");
    CHECK(maplen(h) == 40001);  // the failed assign changed nothing
}

TEST_CASE("map: NaN keys are never found, each assign adds one, iteration returns all; +0/-0 is one key") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.f64, &T.i64);
    Hmap* h = makemap(t, 0);
    double nan = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < 3; i++) *static_cast<int64_t*>(mapassign(t, h, &nan)) = i;
    for (int i = 0; i < 1000; i++) {
        double k = i;
        *static_cast<int64_t*>(mapassign(t, h, &k)) = i;
    }
    CHECK(maplen(h) == 1003);
    bool ok = true;
    mapaccess(t, h, &nan, &ok);
    CHECK_FALSE(ok);
    mapdelete(t, h, &nan);  // removes nothing
    CHECK(maplen(h) == 1003);
    int nans = 0, total = 0;
    Hiter it;
    for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
        double k = *static_cast<const double*>(it.key);
        nans += std::isnan(k);
        total++;
    }
    CHECK(nans == 3);
    CHECK(total == 1003);

    // m[0.0] = 1; m[-0.0] = 2  →  Go prints map[-0:2]: one entry, key updated.
    Hmap* z = makemap(t, 0);
    double pz = 0.0, nz = -0.0;
    *static_cast<int64_t*>(mapassign(t, z, &pz)) = 1;
    *static_cast<int64_t*>(mapassign(t, z, &nz)) = 2;
    CHECK(maplen(z) == 1);
    mapiterinit(t, z, &it);
    REQUIRE(it.key != nullptr);
    CHECK(std::signbit(*static_cast<const double*>(it.key)));
    CHECK(*static_cast<const int64_t*>(it.elem) == 2);

    // clear(m) removes NaN keys too.
    mapclear(t, h);
    CHECK(maplen(h) == 0);
    mapiterinit(t, h, &it);
    CHECK(it.key == nullptr);
}

TEST_CASE("map: iteration sees every key once; order is randomized") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    Hmap* a = makemap(t, 0);
    Hmap* b = makemap(t, 0);
    for (int64_t i = 0; i < 1000; i++) {
        putInt(t, a, i, i * 3);
        putInt(t, b, i, i * 3);
    }
    auto ia = iterInts(t, a);
    auto ib = iterInts(t, b);
    REQUIRE(ia.size() == 1000);
    std::set<int64_t> keys;
    for (auto& [k, v] : ia) {
        CHECK(v == k * 3);
        keys.insert(k);
    }
    CHECK(keys.size() == 1000);
    CHECK(ia != ib);               // two maps, same keys: different orders
    CHECK(iterInts(t, a) != ia);   // the same map twice: different start
    // Small maps (one bucket) are randomized too (random offset within the bucket).
    std::set<int64_t> firsts;
    for (int round = 0; round < 200; round++) {
        Hmap* s = makemap(t, 0);
        for (int64_t i = 0; i < 5; i++) putInt(t, s, i, i);
        firsts.insert(iterInts(t, s)[0].first);
    }
    CHECK(firsts.size() >= 4);
}

TEST_CASE("map: deleting during iteration; deleted entries are not returned") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    Hmap* h = makemap(t, 0);
    const int N = 5000;
    for (int64_t i = 0; i < N; i++) putInt(t, h, i, i);
    std::set<int64_t> seen, deleted;
    Hiter it;
    for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
        int64_t k = *static_cast<const int64_t*>(it.key);
        CHECK(seen.count(k) == 0);
        CHECK(deleted.count(k) == 0);
        seen.insert(k);
        // Delete the current key and a not-yet-seen partner.
        mapdelete(t, h, &k);
        int64_t partner = (k + N / 2) % N;
        if (!seen.count(partner)) {
            mapdelete(t, h, &partner);
            deleted.insert(partner);
        }
    }
    CHECK(seen.size() + deleted.size() == size_t(N));
    CHECK(maplen(h) == 0);
}

TEST_CASE("map: inserting during iteration across growth returns every old key exactly once") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    for (int round = 0; round < 20; round++) {
        Hmap* h = makemap(t, 0);
        const int N = 1000;
        for (int64_t i = 0; i < N; i++) putInt(t, h, i, i);
        std::map<int64_t, int> count;
        int64_t next = N;
        Hiter it;
        int steps = 0;
        for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
            int64_t k = *static_cast<const int64_t*>(it.key);
            int64_t v = *static_cast<const int64_t*>(it.elem);
            REQUIRE(v == k);
            count[k]++;
            // Grow the map while iterating (several doublings over the iteration).
            for (int j = 0; j < 10; j++, next++) putInt(t, h, next, next);
            if (++steps == 100) {
                // Update an unseen old key: the iterator must see the new value.
                for (int64_t u = 0; u < N; u++)
                    if (!count.count(u)) putInt(t, h, u, u);
            }
        }
        for (int64_t i = 0; i < N; i++) REQUIRE(count[i] == 1);
        for (auto& [k, c] : count) REQUIRE(c == 1);
        CHECK(maplen(h) == next);
    }
}

TEST_CASE("map: a grow started before the iteration (oldbuckets being evacuated)") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.f64, &T.i64);
    double nan = std::numeric_limits<double>::quiet_NaN();
    for (int round = 0; round < 30; round++) {
        Hmap* h = makemap(t, 0);
        // 53 entries = 13*8/2 + 1: the 53rd assign at B=3 starts a grow that stays in progress.
        for (int i = 0; i < 50; i++) {
            double k = i;
            *static_cast<int64_t*>(mapassign(t, h, &k)) = i;
        }
        for (int i = 0; i < 3; i++) *static_cast<int64_t*>(mapassign(t, h, &nan)) = 100 + i;
        int total = 0, nans = 0;
        std::set<double> seen;
        Hiter it;
        for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
            double k = *static_cast<const double*>(it.key);
            total++;
            if (std::isnan(k)) {
                nans++;
            } else {
                CHECK(seen.insert(k).second);
            }
            // Keep growing while iterating: evacuations happen under the iterator.
            double extra = 1000 + total;
            *static_cast<int64_t*>(mapassign(t, h, &extra)) = 0;
        }
        CHECK(nans == 3);
        for (int i = 0; i < 50; i++) CHECK(seen.count(double(i)) == 1);
    }
}

TEST_CASE("map: mapclear empties in place; the map stays usable") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    Hmap* h = makemap(t, 0);
    for (int64_t i = 0; i < 10000; i++) putInt(t, h, i, i);
    uint64_t nb = mapBucketCount(h);
    mapclear(t, h);
    CHECK(maplen(h) == 0);
    CHECK(mapBucketCount(h) == nb);  // Go keeps the table
    bool ok = true;
    for (int64_t i = 0; i < 10000; i += 97) {
        getInt(t, h, i, &ok);
        REQUIRE_FALSE(ok);
    }
    CHECK(iterInts(t, h).empty());
    for (int64_t i = 0; i < 20000; i++) putInt(t, h, i, -i);
    CHECK(maplen(h) == 20000);
    CHECK(getInt(t, h, 19999, &ok) == -19999);
    mapclear(t, nullptr);  // clear(nil map) is a no-op
}

TEST_CASE("map: churn keeps a small map small (same-size grow) and correct") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    Hmap* h = makemap(t, 0);
    // A live window of 200 keys sliding over 300k inserts and deletes.
    for (int64_t i = 0; i < 300000; i++) {
        putInt(t, h, i, i);
        if (i >= 200) {
            int64_t old = i - 200;
            mapdelete(t, h, &old);
        }
    }
    CHECK(maplen(h) == 200);
    CHECK(mapBucketCount(h) <= 64);
    bool ok = false;
    for (int64_t i = 300000 - 200; i < 300000; i++) {
        REQUIRE(getInt(t, h, i, &ok) == i);
        REQUIRE(ok);
    }
    CHECK(iterInts(t, h).size() == 200);
}

TEST_CASE("map: keys and elems over 128 bytes are stored indirectly") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.big200, &T.big160);
    CHECK(t->indirectkey);
    CHECK(t->indirectelem);
    CHECK(t->keysize == 8);
    CHECK(t->elemsize == 8);
    // tophash | 8 key pointers | 8 elem pointers | overflow: all 17 words after the first are pointers.
    CHECK(t->bucketsize == 8 + 64 + 64 + 8);
    for (uint64_t w = 1; w < t->bucketsize / 8; w++) CHECK(t->bucketDesc.isPointerWord(w));
    CHECK_FALSE(t->bucketDesc.isPointerWord(0));
    Hmap* h = makemap(t, 0);
    for (int i = 0; i < 500; i++) {
        uint8_t k[200] = {};
        k[0] = uint8_t(i);
        k[199] = uint8_t(i >> 8);
        auto* e = static_cast<uint8_t*>(mapassign(t, h, k));
        std::memset(e, i & 0xFF, 160);
    }
    CHECK(maplen(h) == 500);
    bool ok = false;
    for (int i = 0; i < 500; i++) {
        uint8_t k[200] = {};
        k[0] = uint8_t(i);
        k[199] = uint8_t(i >> 8);
        auto* e = static_cast<const uint8_t*>(mapaccess(t, h, k, &ok));
        REQUIRE(ok);
        REQUIRE(e[0] == uint8_t(i));
        REQUIRE(e[159] == uint8_t(i));
    }
    uint8_t missing[200];
    std::memset(missing, 0xEE, 200);
    auto* z = static_cast<const uint8_t*>(mapaccess(t, h, missing, &ok));
    CHECK_FALSE(ok);
    for (int i = 0; i < 160; i++) REQUIRE(z[i] == 0);
}

TEST_CASE("map: bucket TypeDesc marks exactly the pointer words") {
    Types& T = types();
    // map[string]int: tophash, 8 strings (ptr, len), 8 ints, overflow.
    const MapType* t = T.mapOf(&T.str, &T.i64);
    CHECK(t->bucketsize == 8 + 128 + 64 + 8);
    for (uint64_t w = 0; w < t->bucketsize / 8; w++) {
        bool want = (w >= 1 && w <= 16 && (w - 1) % 2 == 0) || w == t->bucketsize / 8 - 1;
        CHECK(t->bucketDesc.isPointerWord(w) == want);
    }
    CHECK(mapTypeInfo(t->type) == t);  // cached per map RType
    // Thousands of map types (beyond the lock-free table's half capacity): each cached once.
    std::vector<const MapType*> many;
    for (int i = 0; i < 3000; i++) many.push_back(T.mapOf(i % 2 ? &T.str : &T.i64, &T.i64));
    for (const MapType* m : many) {
        REQUIRE(mapTypeInfo(m->type) == m);
        REQUIRE(m->type->kind == Kind::Map);
    }
    std::set<const MapType*> distinct(many.begin(), many.end());
    CHECK(distinct.size() == many.size());
}

TEST_CASE("map: nil map reads, deletes and iterates; assignment panics") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.big2000);
    int64_t k = 3;
    bool ok = true;
    auto* z = static_cast<const uint8_t*>(mapaccess(t, nullptr, &k, &ok));
    CHECK_FALSE(ok);
    for (int i = 0; i < 2000; i++) REQUIRE(z[i] == 0);  // elems above 1024 bytes get their own zero block
    CHECK(maplen(nullptr) == 0);
    mapdelete(t, nullptr, &k);
    Hiter it;
    mapiterinit(t, nullptr, &it);
    CHECK(it.key == nullptr);
    RuntimePanic::Kind kind = RuntimePanic::Kind::value;
    std::string msg;
    try {
        mapassign(t, nullptr, &k);
    } catch (const RuntimePanic& p) {
        kind = p.kind;
        msg = p.msg;
    }
    CHECK(msg == "assignment to entry in nil map");
    CHECK(kind == RuntimePanic::Kind::plainError);  // Go: plainError, printed without "runtime error: "
}

namespace {

struct GcRoots {
    Hmap* maps[2];
};
void scanTestRoots(gomini::rt::GcWork& w, void* ctx) {
    for (Hmap* h : static_cast<GcRoots*>(ctx)->maps) gomini::rt::markRoot(w, h);
}

GoString heapString(const std::string& s) { return slicebytetostring(reinterpret_cast<const uint8_t*>(s.data()), int64_t(s.size())); }
std::string str(GoString s) { return std::string(reinterpret_cast<const char*>(s.ptr), size_t(s.len)); }

}  // namespace

TEST_CASE("map: buckets, overflow chains and indirect elems survive a collection (precise bucket TypeDescs)") {
    Types& T = types();
    static const uint8_t k20Bits[5] = {0x55, 0x55, 0x55, 0x55, 0x55};
    static RType* arr20 = [&] {
        auto* a = new RType(prim(Kind::Array, 320, "[20]string", 312, k20Bits));
        a->len = 20;
        a->elem = &T.str;
        return a;
    }();
    const MapType* ts = T.mapOf(&T.str, &T.str);
    const MapType* ta = T.mapOf(&T.i64, arr20);
    REQUIRE(ta->indirectelem);
    void* oldCtx = nullptr;
    gomini::rt::RootScanner oldFn = gomini::rt::rootScanner(&oldCtx);
    GcRoots roots{{makemap(ts, 0), makemap(ta, 0)}};
    gomini::rt::setRootScanner(scanTestRoots, &roots);
    // Everything below is reachable only through the two Hmaps.
    for (int i = 0; i < 3000; i++) {
        GoString k = heapString("key-longer-than-tiny-" + std::to_string(i));  // >= 16 bytes: own slot
        GoString v = heapString("value-longer-than-tiny-" + std::to_string(i * 3));
        *static_cast<GoString*>(mapassign(ts, roots.maps[0], &k)) = v;
    }
    for (int64_t i = 0; i < 500; i++) {
        auto* e = static_cast<GoString*>(mapassign(ta, roots.maps[1], &i));
        for (int j = 0; j < 20; j++) e[j] = heapString(std::to_string(i) + "/" + std::to_string(j) + "/not-tiny-either");
    }
    // Garbage the collector must free.
    for (int i = 0; i < 20000; i++) heapString("garbage" + std::to_string(i));
    uint64_t freesBefore = gomini::rt::readMemStats().Frees;
    gomini::rt::gcCollect(gomini::rt::gcReason::forced);
    uint64_t freed = gomini::rt::readMemStats().Frees - freesBefore;
    gomini::rt::setRootScanner(oldFn, oldCtx);
    CHECK(freed >= 20000);
    // Reuse freed memory: anything wrongly freed gets overwritten here.
    for (int i = 0; i < 60000; i++) {
        uint8_t* b = nullptr;
        rawstring(16 + i % 32, &b);
        std::memset(b, '#', size_t(16 + i % 32));
    }
    for (int i = 0; i < 2000; i++) {
        auto* junk = static_cast<uint8_t*>(gomini::rt::mallocgc(ts->bucketsize, nullptr, true));
        std::memset(junk, 0x5A, ts->bucketsize);
        auto* junk2 = static_cast<uint8_t*>(gomini::rt::mallocgc(320, nullptr, true));
        std::memset(junk2, 0x5A, 320);
    }
    CHECK(maplen(roots.maps[0]) == 3000);
    bool ok = false;
    for (int i = 0; i < 3000; i++) {
        std::string key = "key-longer-than-tiny-" + std::to_string(i);
        GoString k{reinterpret_cast<const uint8_t*>(key.data()), int64_t(key.size())};
        auto* v = static_cast<const GoString*>(mapaccess(ts, roots.maps[0], &k, &ok));
        REQUIRE(ok);
        REQUIRE(str(*v) == "value-longer-than-tiny-" + std::to_string(i * 3));
    }
    for (int64_t i = 0; i < 500; i++) {
        auto* e = static_cast<const GoString*>(mapaccess(ta, roots.maps[1], &i, &ok));
        REQUIRE(ok);
        for (int j = 0; j < 20; j++)
            REQUIRE(str(e[j]) == std::to_string(i) + "/" + std::to_string(j) + "/not-tiny-either");
    }
    Hiter it;
    int n = 0;
    for (mapiterinit(ts, roots.maps[0], &it); it.key; mapiternext(&it)) {
        auto* k = static_cast<const GoString*>(it.key);
        REQUIRE(str(*k).rfind("key", 0) == 0);
        n++;
    }
    CHECK(n == 3000);
}

TEST_CASE("map: clear during iteration ends it, also mid-grow (Go 1.21 semantics)") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    for (int round = 0; round < 50; round++) {
        for (int size : {53, 1000, 7000}) {
            Hmap* h = makemap(t, 0);
            for (int64_t i = 0; i < size; i++) putInt(t, h, i, i);
            int n = 0;
            Hiter it;
            for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
                if (++n == 3) mapclear(t, h);
            }
            REQUIRE(n == 3);
            CHECK(maplen(h) == 0);
            // The cleared map is fully usable (including a new grow).
            for (int64_t i = 0; i < 200; i++) putInt(t, h, i * 3, i);
            CHECK(iterInts(t, h).size() == 200);
        }
    }
}

TEST_CASE("map: string keys differing in any one byte, lengths 0..40") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.str, &T.i64);
    std::vector<std::string> keys;
    for (int len = 0; len <= 40; len++) {
        keys.push_back(std::string(size_t(len), 'a'));
        for (int pos = 0; pos < len; pos++) {
            std::string k(size_t(len), 'a');
            k[size_t(pos)] = 'b';
            keys.push_back(k);
        }
    }
    Hmap* h = makemap(t, 0);
    for (size_t i = 0; i < keys.size(); i++) {
        GoString k = gs(keys[i]);
        *static_cast<int64_t*>(mapassign(t, h, &k)) = int64_t(i);
    }
    CHECK(maplen(h) == int64_t(keys.size()));
    bool ok = false;
    for (size_t i = 0; i < keys.size(); i++) {
        std::string copy = keys[i];
        GoString k = gs(copy);
        REQUIRE(*static_cast<const int64_t*>(mapaccess(t, h, &k, &ok)) == int64_t(i));
        REQUIRE(ok);
        if (copy.empty()) continue;
        copy.back() = 'c';  // same length, last byte changed: absent
        GoString other = gs(copy);
        mapaccess(t, h, &other, &ok);
        REQUIRE_FALSE(ok);
    }
}

TEST_CASE("map: iterating while churning (same-size grows under the iterator)") {
    Types& T = types();
    const MapType* t = T.mapOf(&T.i64, &T.i64);
    for (int round = 0; round < 20; round++) {
        Hmap* h = makemap(t, 0);
        int64_t lo = 0, hi = 0;  // live keys are [lo, hi)
        for (; hi < 200; hi++) putInt(t, h, hi, hi);
        // Churn first so that overflow buckets pile up.
        for (int i = 0; i < 5000; i++, hi++, lo++) {
            putInt(t, h, hi, hi);
            mapdelete(t, h, &lo);
        }
        const int64_t startLo = lo, startHi = hi;
        std::map<int64_t, int> seen;
        std::set<int64_t> deletedUnseen;
        Hiter it;
        for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
            int64_t k = *static_cast<const int64_t*>(it.key);
            REQUIRE(*static_cast<const int64_t*>(it.elem) == k);
            REQUIRE(++seen[k] == 1);
            REQUIRE(deletedUnseen.count(k) == 0);
            for (int j = 0; j < 20; j++, hi++, lo++) {
                putInt(t, h, hi, hi);
                if (!seen.count(lo)) deletedUnseen.insert(lo);
                mapdelete(t, h, &lo);
            }
        }
        // Every key live at the start and never deleted was returned exactly once.
        for (int64_t k = startLo; k < startHi; k++)
            if (k >= lo) REQUIRE(seen[k] == 1);
        CHECK(maplen(h) == 200);
    }
}

TEST_CASE("map: zero-sized keys and elems (map[struct{}]int, map[int]struct{})") {
    Types& T = types();
    static RType* empty = [] {
        auto* e = new RType(prim(Kind::Struct, 0, "struct {}"));
        return e;
    }();
    const MapType* ke = T.mapOf(empty, &T.i64);
    Hmap* h = makemap(ke, 0);
    uint8_t dummy = 0;
    *static_cast<int64_t*>(mapassign(ke, h, &dummy)) = 5;
    *static_cast<int64_t*>(mapassign(ke, h, &dummy)) = 6;  // the one key again
    CHECK(maplen(h) == 1);
    bool ok = false;
    CHECK(*static_cast<const int64_t*>(mapaccess(ke, h, &dummy, &ok)) == 6);
    CHECK(ok);
    mapdelete(ke, h, &dummy);
    CHECK(maplen(h) == 0);

    const MapType* set = T.mapOf(&T.i64, empty);
    Hmap* s = makemap(set, 0);
    for (int64_t i = 0; i < 10000; i++) mapassign(set, s, &i);
    CHECK(maplen(s) == 10000);
    int64_t k = 9999;
    mapaccess(set, s, &k, &ok);
    CHECK(ok);
    k = 10000;
    mapaccess(set, s, &k, &ok);
    CHECK_FALSE(ok);
    int n = 0;
    Hiter it;
    for (mapiterinit(set, s, &it); it.key; mapiternext(&it)) n++;
    CHECK(n == 10000);
}
