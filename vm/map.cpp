// map.cpp — Go's hash map, the twin of runtime/map.go (read the two side by
// side: the names are Go's).
//
// Layout. A map is an Hmap* heap object: {count, flags, B, noverflow, hash0,
// buckets, oldbuckets, nevacuate, nextOverflow}. The table has 2^B buckets;
// a bucket (bmap) is
//     tophash[8] | keys[8] | elems[8] | overflow *bmap
// with keys and elems stored inline when they are at most 128 bytes, else as
// pointers to heap copies (indirectkey/indirectelem). tophash[i] holds the top
// byte of the key's hash (bumped above minTopHash) or one of the empty /
// evacuated markers. Each bucket chain holds entries whose low B hash bits
// select that bucket.
//
// Deviation from Go, on purpose: Go allocates the buckets of pointer-free
// maps as noscan objects and keeps their overflow buckets alive through
// hmap.extra.overflow. Here the overflow word is always a pointer in the
// bucket's TypeDesc, so overflow chains are kept alive by the collector
// directly and `extra` reduces to nextOverflow (the preallocated overflow
// buckets at the end of the bucket array).
//
// Growth. When count would exceed 6.5 entries per bucket (loadFactor 13/2) the
// table doubles; when there are too many overflow buckets for the table size
// (noverflow >= 2^min(B,15)) it is rebuilt at the same size (sameSizeGrow).
// Growth is incremental: hashGrow only allocates the new array and moves the
// old one to oldbuckets; every later assign or delete evacuates the old bucket
// it touches plus one more (growWork), and nevacuate tracks the prefix of old
// buckets already done. An old bucket's entries go to new bucket X (same
// index) or Y (index + 2^(B-1)) by the newly significant hash bit; NaN keys,
// whose hash is not repeatable, go by the low bit of their tophash.
//
// Iteration starts at a random bucket and a random slot offset (so the order
// differs between runs and between maps), walks the table the iterator saw at
// start (it.buckets) and, while a grow is in progress, reads unevacuated old
// buckets filtering the entries that belong to the current new bucket. An
// entry that was moved after the iteration started is re-looked-up in the
// live table (so deleted entries are skipped and updated values are seen).
//
// Invariants:
//   - Every allocation (bucket arrays, overflow buckets, indirect key/elem
//     boxes) happens at a point where everything already allocated is reachable
//     from the Hmap, and the collector scans buckets precisely; nothing reachable
//     only from C++ locals survives an allocation.
//   - emptyRest at slot i means slots after i in this bucket and all its
//     overflow buckets are empty; lookups stop there.
//   - count is the number of live entries; NaN keys are live entries that no
//     lookup can find.
//   - Deleted slots holding pointers are cleared so the collector does not
//     retain their referents.
//   - A Hiter holds heap pointers (key, elem, h, buckets, bptr): wherever the
//     VM keeps one (frame slots), those words must be in its pointer map —
//     it.buckets may be the only reference to a table the map has outgrown.
//   - Hashing happens before any state changes, so a panicking key (an
//     unhashable dynamic type) leaves the map untouched; once the hash is
//     computed no comparison can panic (a hashable value is comparable, and
//     values of different dynamic types compare unequal without panicking).
//     hashWriting is toggled around writes for the concurrent-write check
//     that arrives with goroutines; nothing reads it yet.
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/base.h"
#include "runtime/malloc.h"
#include "runtime/sizeclasses.h"
#include "vm/gostring.h"
#include "vm/map.h"
#include "vm/panic.h"

namespace gomini::vm {

namespace {

constexpr int kBucketCntBits = 3;
constexpr int kBucketCnt = 1 << kBucketCntBits;
constexpr uint64_t kLoadFactorNum = 13, kLoadFactorDen = 2;
constexpr uint32_t kMaxKeySize = 128, kMaxElemSize = 128;
constexpr uintptr_t kDataOffset = 8;  // keys start after the 8 tophash bytes

// tophash markers
constexpr uint8_t emptyRest = 0, emptyOne = 1, evacuatedX = 2, evacuatedY = 3, evacuatedEmpty = 4,
                  minTopHash = 5;
// hmap.flags
constexpr uint8_t iteratorFlag = 1, oldIterator = 2, hashWriting = 4, sameSizeGrowFlag = 8;
constexpr uint64_t noCheck = ~uint64_t(0);

constexpr uint64_t kGoMaxAlloc = uint64_t(1) << 48;

// How keys are hashed and compared: fast paths for the common key shapes
// (Go's mapaccess1_fast64 / _fast32 / _faststr), the type algorithms otherwise.
enum class KeyClass : uint8_t { mem64, mem32, str, generic };

struct MapTypeImpl : MapType {
    KeyClass keyClass = KeyClass::generic;
    bool reflexiveKey = true;   // k == k for every key (no floats or interfaces inside)
    bool needKeyUpdate = false; // equal keys may differ in bits: overwrite the stored key on assign
    bool keyMayPanic = false;   // hashing may panic (interfaces inside the key)
    std::vector<uint8_t> bucketBits;
    std::string bucketName;
};

}  // namespace

// The map header (Go's hmap). Words 3, 4 and 6 are pointers (hmapDesc).
struct Hmap {
    int64_t count;        // live entries (len)
    uint8_t flags;
    uint8_t B;            // log2 of the number of buckets
    uint16_t noverflow;   // approximate number of overflow buckets
    uint32_t pad_;
    uint64_t hash0;       // the hash seed
    uint8_t* buckets;     // 2^B buckets (nullptr while count == 0 and B == 0)
    uint8_t* oldbuckets;  // the previous table while growing, else nullptr
    uint64_t nevacuate;   // old buckets below this index are evacuated
    uint8_t* nextOverflow;  // next free preallocated overflow bucket (Go's extra.nextOverflow)
};
static_assert(sizeof(Hmap) == 56);

namespace {

const uint8_t hmapBits[1] = {uint8_t((1 << 3) | (1 << 4) | (1 << 6))};
const rt::TypeDesc hmapDesc{sizeof(Hmap), 8, 7 * 8, hmapBits, "runtime.hmap"};

// Lazily allocated zero block for elements too big for zeroVal.
alignas(16) const uint8_t zeroVal[1024] = {};
std::mutex zeroMu;
const uint8_t* bigZero = nullptr;
uint64_t bigZeroSize = 0;

const void* bigZeroFor(const RType* elem) {
    std::lock_guard<std::mutex> lock(zeroMu);
    if (bigZeroSize < elem->size) {
        // Static, never freed (Go's zeroVal grows the same way at link time).
        bigZero = static_cast<const uint8_t*>(std::calloc(1, elem->size));
        GM_ASSERT(bigZero != nullptr, "map: cannot allocate a %u-byte zero value", elem->size);
        bigZeroSize = elem->size;
    }
    return bigZero;
}

inline const void* zeroFor(const RType* elem) {
    return elem->size <= sizeof zeroVal ? static_cast<const void*>(zeroVal) : bigZeroFor(elem);
}

// ---- type properties ----

bool isReflexive(const RType* t) {
    switch (t->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Complex64: case Kind::Complex128: case Kind::Interface:
        return false;
    case Kind::Array:
        return isReflexive(t->elem);
    case Kind::Struct:
        for (const StructField& f : t->fields)
            if (!isReflexive(f.type)) return false;
        return true;
    default:
        return true;
    }
}

bool needsKeyUpdate(const RType* t) {
    switch (t->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Complex64: case Kind::Complex128: case Kind::Interface:
    case Kind::String:
        return true;
    case Kind::Array:
        return needsKeyUpdate(t->elem);
    case Kind::Struct:
        for (const StructField& f : t->fields)
            if (needsKeyUpdate(f.type)) return true;
        return false;
    default:
        return false;
    }
}

bool hashMightPanic(const RType* t) {
    switch (t->kind) {
    case Kind::Interface:
        return true;
    case Kind::Array:
        return hashMightPanic(t->elem);
    case Kind::Struct:
        for (const StructField& f : t->fields)
            if (hashMightPanic(f.type)) return true;
        return false;
    default:
        return false;
    }
}

KeyClass classify(const RType* k) {
    switch (k->kind) {
    case Kind::Int: case Kind::Int64: case Kind::Uint: case Kind::Uint64: case Kind::Uintptr:
    case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
        return KeyClass::mem64;
    case Kind::Int32: case Kind::Uint32:
        return KeyClass::mem32;
    case Kind::String:
        return KeyClass::str;
    default:
        return KeyClass::generic;
    }
}

inline const MapTypeImpl* impl(const MapType* t) { return static_cast<const MapTypeImpl*>(t); }

// ---- hashing and equality by key class ----

inline uint64_t keyHash(const MapTypeImpl* t, const void* k, uint64_t seed) {
    switch (t->keyClass) {
    case KeyClass::mem64: {
        uint64_t x;
        std::memcpy(&x, k, 8);
        return memhash64(x, seed);
    }
    case KeyClass::mem32: {
        uint32_t x;
        std::memcpy(&x, k, 4);
        return memhash64(x, seed);
    }
    case KeyClass::str: {
        GoString s;
        std::memcpy(&s, k, sizeof s);
        return strhash(s, seed);
    }
    case KeyClass::generic:
        break;
    }
    return valueHash(t->key, k, seed);
}

// String equality with the short keys of typical maps compared inline:
// overlapping loads that stay inside both strings, no memcmp call.
inline bool strEqual(GoString x, GoString y) {
    if (x.len != y.len) return false;
    if (x.ptr == y.ptr) return true;
    const uint8_t* p = x.ptr;
    const uint8_t* q = y.ptr;
    int64_t n = x.len;
    if (n >= 8 && n <= 16) {
        uint64_t a0, a1, b0, b1;
        std::memcpy(&a0, p, 8);
        std::memcpy(&b0, q, 8);
        std::memcpy(&a1, p + n - 8, 8);
        std::memcpy(&b1, q + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4 && n < 8) {
        uint32_t a0, a1, b0, b1;
        std::memcpy(&a0, p, 4);
        std::memcpy(&b0, q, 4);
        std::memcpy(&a1, p + n - 4, 4);
        std::memcpy(&b1, q + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n < 4) {
        for (int64_t i = 0; i < n; i++)
            if (p[i] != q[i]) return false;
        return true;
    }
    return std::memcmp(p, q, size_t(n)) == 0;
}

inline bool keyEqual(const MapTypeImpl* t, const void* a, const void* b) {
    switch (t->keyClass) {
    case KeyClass::mem64: {
        uint64_t x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        return x == y;
    }
    case KeyClass::mem32: {
        uint32_t x, y;
        std::memcpy(&x, a, 4);
        std::memcpy(&y, b, 4);
        return x == y;
    }
    case KeyClass::str: {
        GoString x, y;
        std::memcpy(&x, a, sizeof x);
        std::memcpy(&y, b, sizeof y);
        return strEqual(x, y);
    }
    case KeyClass::generic:
        break;
    }
    return valuesEqual(t->key, a, b);
}

// ---- bucket accessors ----

inline uint8_t* bucketAt(const MapTypeImpl* t, uint8_t* base, uint64_t i) { return base + i * t->bucketsize; }
inline uint8_t* tophashOf(uint8_t* b) { return b; }
inline uint8_t* keySlot(const MapTypeImpl* t, uint8_t* b, int i) { return b + kDataOffset + uintptr_t(i) * t->keysize; }
inline uint8_t* elemSlot(const MapTypeImpl* t, uint8_t* b, int i) {
    return b + kDataOffset + kBucketCnt * uintptr_t(t->keysize) + uintptr_t(i) * t->elemsize;
}
inline uint8_t** overflowSlot(const MapTypeImpl* t, uint8_t* b) {
    return reinterpret_cast<uint8_t**>(b + t->bucketsize - 8);
}
inline uint8_t* overflowOf(const MapTypeImpl* t, uint8_t* b) { return *overflowSlot(t, b); }
inline void* deref(void* slot) { return *static_cast<void**>(slot); }
inline uint8_t* keyPtr(const MapTypeImpl* t, uint8_t* b, int i) {
    uint8_t* k = keySlot(t, b, i);
    return t->indirectkey ? static_cast<uint8_t*>(deref(k)) : k;
}
inline uint8_t* elemPtr(const MapTypeImpl* t, uint8_t* b, int i) {
    uint8_t* e = elemSlot(t, b, i);
    return t->indirectelem ? static_cast<uint8_t*>(deref(e)) : e;
}

inline bool isEmpty(uint8_t x) { return x <= emptyOne; }
inline bool evacuated(uint8_t* b) {
    uint8_t h = tophashOf(b)[0];
    return h > emptyOne && h < minTopHash;
}
inline uint8_t tophash(uint64_t hash) {
    uint8_t top = uint8_t(hash >> 56);
    if (top < minTopHash) top += minTopHash;
    return top;
}
inline uint64_t bucketShift(uint8_t b) { return uint64_t(1) << (b & 63); }
inline uint64_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }

inline bool overLoadFactor(int64_t count, uint8_t B) {
    return count > kBucketCnt && uint64_t(count) > kLoadFactorNum * (bucketShift(B) / kLoadFactorDen);
}
inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
    if (B > 15) B = 15;
    return noverflow >= uint16_t(1) << (B & 15);
}
inline bool growing(const Hmap* h) { return h->oldbuckets != nullptr; }
inline bool sameSizeGrow(const Hmap* h) { return (h->flags & sameSizeGrowFlag) != 0; }
inline uint64_t noldbuckets(const Hmap* h) {
    uint8_t oldB = h->B;
    if (!sameSizeGrow(h)) oldB--;
    return bucketShift(oldB);
}
inline uint64_t oldbucketmask(const Hmap* h) { return noldbuckets(h) - 1; }

void incrnoverflow(Hmap* h) {
    // Exact below 2^16 buckets; beyond that, incremented with probability
    // 1/(1<<(B-15)) so that it approximates the real count.
    if (h->B < 16) {
        h->noverflow++;
        return;
    }
    uint64_t mask = (uint64_t(1) << (h->B - 15)) - 1;
    if ((fastrand64() & mask) == 0) h->noverflow++;
}

// The bucket array for 2^b buckets, with some preallocated overflow buckets
// after them when b >= 4. If dirty is non-null it is reused (cleared).
uint8_t* makeBucketArray(const MapTypeImpl* t, uint8_t b, uint8_t* dirty, uint8_t** nextOverflow) {
    uint64_t base = bucketShift(b);
    uint64_t nbuckets = base;
    if (b >= 4) {
        nbuckets += bucketShift(b - 4);
        uint64_t sz = t->bucketsize * nbuckets;
        uint64_t up = rt::roundupsize(sz);
        if (up != sz) nbuckets = up / t->bucketsize;
    }
    uint8_t* buckets;
    if (dirty == nullptr) {
        if (nbuckets * t->bucketsize > kGoMaxAlloc) rt::fatal("out of memory");
        buckets = static_cast<uint8_t*>(rt::mallocgc(nbuckets * t->bucketsize, &t->bucketDesc, true));
    } else {
        // Reuse: the world is stopped whenever the collector runs, so a plain
        // clear is a complete typed clear.
        buckets = dirty;
        std::memset(buckets, 0, nbuckets * t->bucketsize);
    }
    *nextOverflow = nullptr;
    if (base != nbuckets) {
        // The last preallocated overflow bucket's overflow pointer is set to the
        // array itself as an end marker (any non-nil value works; this one
        // points into the same object).
        *nextOverflow = bucketAt(t, buckets, base);
        uint8_t* last = bucketAt(t, buckets, nbuckets - 1);
        *overflowSlot(t, last) = buckets;
    }
    return buckets;
}

uint8_t* newoverflow(const MapTypeImpl* t, Hmap* h, uint8_t* b) {
    uint8_t* ovf;
    if (h->nextOverflow != nullptr) {
        ovf = h->nextOverflow;
        if (overflowOf(t, ovf) == nullptr) {
            h->nextOverflow = ovf + t->bucketsize;
        } else {
            *overflowSlot(t, ovf) = nullptr;  // the end marker: no more preallocated buckets
            h->nextOverflow = nullptr;
        }
    } else {
        ovf = static_cast<uint8_t*>(rt::mallocgc(t->bucketsize, &t->bucketDesc, true));
    }
    incrnoverflow(h);
    *overflowSlot(t, b) = ovf;
    return ovf;
}

void* newKeyOrElem(const RType* r) {
    return rt::mallocgc(r->size, r->gc.ptrdata != 0 ? &r->gc : nullptr, true);
}

// Copies a key or element of type r (memmove: the collector is stop-the-world,
// so no write barrier is needed yet).
inline void typedmemmove(const RType* r, void* dst, const void* src) {
    if (r->size != 0 && dst != src) std::memmove(dst, src, r->size);
}

// ---- growth ----

void hashGrow(const MapTypeImpl* t, Hmap* h) {
    uint8_t bigger = 1;
    if (!overLoadFactor(h->count + 1, h->B)) {
        bigger = 0;
        h->flags |= sameSizeGrowFlag;
    }
    uint8_t* next = nullptr;
    uint8_t* newbuckets = makeBucketArray(t, uint8_t(h->B + bigger), nullptr, &next);
    // No allocation from here on: newbuckets is reachable only from C++ until stored.
    uint8_t flags = h->flags & ~(iteratorFlag | oldIterator);
    if (h->flags & iteratorFlag) flags |= oldIterator;
    h->B += bigger;
    h->flags = flags;
    h->oldbuckets = h->buckets;
    h->buckets = newbuckets;
    h->nevacuate = 0;
    h->noverflow = 0;
    h->nextOverflow = next;
}

bool bucketEvacuated(const MapTypeImpl* t, const Hmap* h, uint64_t bucket) {
    return evacuated(bucketAt(t, h->oldbuckets, bucket));
}

void advanceEvacuationMark(const MapTypeImpl* t, Hmap* h, uint64_t newbit) {
    h->nevacuate++;
    // Look at no more than 1024 buckets, to bound the work of one assign.
    uint64_t stop = h->nevacuate + 1024;
    if (stop > newbit) stop = newbit;
    while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate)) h->nevacuate++;
    if (h->nevacuate == newbit) {
        // Growing is done: the old array is garbage (unless an iterator holds it).
        h->oldbuckets = nullptr;
        h->flags &= ~sameSizeGrowFlag;
    }
}

struct EvacDst {
    uint8_t* b;  // current destination bucket
    int i;       // next free slot in b
};

void evacuate(const MapTypeImpl* t, Hmap* h, uint64_t oldbucket) {
    uint8_t* b = bucketAt(t, h->oldbuckets, oldbucket);
    uint64_t newbit = noldbuckets(h);
    if (!evacuated(b)) {
        EvacDst xy[2];
        xy[0] = {bucketAt(t, h->buckets, oldbucket), 0};
        xy[1] = {nullptr, 0};
        if (!sameSizeGrow(h)) xy[1] = {bucketAt(t, h->buckets, oldbucket + newbit), 0};
        for (uint8_t* cur = b; cur != nullptr; cur = overflowOf(t, cur)) {
            for (int i = 0; i < kBucketCnt; i++) {
                uint8_t top = tophashOf(cur)[i];
                if (isEmpty(top)) {
                    tophashOf(cur)[i] = evacuatedEmpty;
                    continue;
                }
                GM_ASSERT(top >= minTopHash, "map: bad map state (tophash %u in an unevacuated bucket)", top);
                const uint8_t* k2 = keyPtr(t, cur, i);
                int useY = 0;
                if (!sameSizeGrow(h)) {
                    uint64_t hash = keyHash(t, k2, h->hash0);
                    if ((h->flags & iteratorFlag) && !t->reflexiveKey && !keyEqual(t, k2, k2)) {
                        // NaN: the hash is not repeatable. Send it by the low bit of
                        // its tophash (which the iterator can reproduce) and give it
                        // a fresh tophash.
                        useY = top & 1;
                        top = tophash(hash);
                    } else if (hash & newbit) {
                        useY = 1;
                    }
                }
                tophashOf(cur)[i] = uint8_t(evacuatedX + useY);
                EvacDst& dst = xy[useY];
                if (dst.i == kBucketCnt) {
                    dst.b = newoverflow(t, h, dst.b);
                    dst.i = 0;
                }
                tophashOf(dst.b)[dst.i] = top;
                // Indirect keys and elems move by pointer.
                std::memcpy(keySlot(t, dst.b, dst.i), keySlot(t, cur, i), t->keysize);
                std::memcpy(elemSlot(t, dst.b, dst.i), elemSlot(t, cur, i), t->elemsize);
                dst.i++;
            }
        }
        // Drop the old bucket's references so the collector can free what only
        // it held — unless an iterator may still be reading the old table.
        if (!(h->flags & oldIterator) && t->bucketDesc.ptrdata != 0) {
            // Keep the tophash bytes (they mark the bucket evacuated).
            std::memset(b + kDataOffset, 0, t->bucketsize - kDataOffset);
        }
    }
    if (oldbucket == h->nevacuate) advanceEvacuationMark(t, h, newbit);
}

void growWork(const MapTypeImpl* t, Hmap* h, uint64_t bucket) {
    // Evacuate the old bucket this operation is about to use, then one more to
    // make progress.
    evacuate(t, h, bucket & oldbucketmask(h));
    if (growing(h)) evacuate(t, h, h->nevacuate);
}

// Lookup shared by mapaccess and the iterator: the key and elem pointers, or
// false when absent.
bool mapaccessK(const MapTypeImpl* t, const Hmap* h, const void* key, uint8_t** kout, uint8_t** eout) {
    if (h == nullptr || h->count == 0) return false;
    uint64_t hash = keyHash(t, key, h->hash0);
    uint64_t m = bucketMask(h->B);
    uint8_t* b = bucketAt(t, h->buckets, hash & m);
    if (h->oldbuckets != nullptr) {
        uint64_t om = m;
        if (!sameSizeGrow(h)) om >>= 1;  // there used to be half as many buckets
        uint8_t* oldb = bucketAt(t, h->oldbuckets, hash & om);
        if (!evacuated(oldb)) b = oldb;
    }
    uint8_t top = tophash(hash);
    for (; b != nullptr; b = overflowOf(t, b)) {
        for (int i = 0; i < kBucketCnt; i++) {
            uint8_t th = tophashOf(b)[i];
            if (th != top) {
                if (th == emptyRest) return false;
                continue;
            }
            uint8_t* k = keyPtr(t, b, i);
            if (keyEqual(t, key, k)) {
                *kout = k;
                *eout = elemPtr(t, b, i);
                return true;
            }
        }
    }
    return false;
}

}  // namespace

// ---- public API ----

namespace {

// mapTypeInfo's cache: an open-addressed table read without locking (an
// entry, once published, never changes), written under mapTypeMu; types
// beyond half its capacity go to a locked overflow map.
constexpr size_t kMapTypeSlots = 4096;
std::atomic<const MapTypeImpl*> mapTypeTable[kMapTypeSlots];
std::mutex mapTypeMu;
size_t mapTypeTableCount = 0;
std::unordered_map<const RType*, const MapTypeImpl*>* mapTypeOverflow = nullptr;

inline size_t mapTypeSlot(const RType* mt) {
    return size_t(hashMix(reinterpret_cast<uintptr_t>(mt), kHashK1)) & (kMapTypeSlots - 1);
}

}  // namespace

const MapType* mapTypeInfo(const RType* mt) {
    for (size_t i = mapTypeSlot(mt);; i = (i + 1) & (kMapTypeSlots - 1)) {
        const MapTypeImpl* e = mapTypeTable[i].load(std::memory_order_acquire);
        if (e == nullptr) break;
        if (e->type == mt) return e;
    }
    std::lock_guard<std::mutex> lock(mapTypeMu);
    for (size_t i = mapTypeSlot(mt);; i = (i + 1) & (kMapTypeSlots - 1)) {
        const MapTypeImpl* e = mapTypeTable[i].load(std::memory_order_relaxed);
        if (e == nullptr) break;
        if (e->type == mt) return e;
    }
    if (mapTypeOverflow) {
        auto it = mapTypeOverflow->find(mt);
        if (it != mapTypeOverflow->end()) return it->second;
    }
    GM_ASSERT(mt->kind == Kind::Map && mt->key && mt->elem, "mapTypeInfo: %s is not a map type", mt->str.c_str());
    auto* t = new MapTypeImpl();  // lives for the program, like the RType
    t->type = mt;
    t->key = mt->key;
    t->elem = mt->elem;
    t->indirectkey = mt->key->size > kMaxKeySize;
    t->indirectelem = mt->elem->size > kMaxElemSize;
    t->keysize = t->indirectkey ? 8 : mt->key->size;
    t->elemsize = t->indirectelem ? 8 : mt->elem->size;
    t->bucketsize = uint32_t(kDataOffset + kBucketCnt * (t->keysize + t->elemsize) + 8);
    t->keyClass = classify(mt->key);
    t->reflexiveKey = isReflexive(mt->key);
    t->needKeyUpdate = needsKeyUpdate(mt->key);
    t->keyMayPanic = hashMightPanic(mt->key);

    // The bucket's pointer bitmap: keys, elems (or their indirection
    // pointers), and the overflow pointer, which is always the last word.
    uint32_t words = t->bucketsize / 8;
    t->bucketBits.assign((words + 7) / 8, 0);
    auto set = [&](uint64_t byteOff) {
        GM_ASSERT(byteOff % 8 == 0, "map %s: pointer at unaligned bucket offset %llu", mt->str.c_str(),
                  (unsigned long long)byteOff);
        uint64_t w = byteOff / 8;
        t->bucketBits[w / 8] |= uint8_t(1u << (w % 8));
    };
    auto markSlots = [&](const RType* r, bool indirect, uint64_t start, uint32_t slotSize) {
        for (int i = 0; i < kBucketCnt; i++) {
            uint64_t off = start + uint64_t(i) * slotSize;
            if (indirect) {
                set(off);
                continue;
            }
            for (uint64_t w = 0; w < r->gc.ptrdata / 8; w++)
                if (r->gc.isPointerWord(w)) set(off + w * 8);
        }
    };
    markSlots(mt->key, t->indirectkey, kDataOffset, t->keysize);
    markSlots(mt->elem, t->indirectelem, kDataOffset + kBucketCnt * uint64_t(t->keysize), t->elemsize);
    set(t->bucketsize - 8);
    t->bucketName = "map.bucket[" + mt->key->str + "]" + mt->elem->str;
    t->bucketDesc.size = t->bucketsize;
    t->bucketDesc.align = 8;
    t->bucketDesc.ptrdata = t->bucketsize;  // the overflow pointer is the last word
    t->bucketDesc.gcdata = t->bucketBits.data();
    t->bucketDesc.name = t->bucketName.c_str();
    if (mapTypeTableCount < kMapTypeSlots / 2) {
        size_t i = mapTypeSlot(mt);
        while (mapTypeTable[i].load(std::memory_order_relaxed) != nullptr) i = (i + 1) & (kMapTypeSlots - 1);
        mapTypeTable[i].store(t, std::memory_order_release);
        mapTypeTableCount++;
    } else {
        if (!mapTypeOverflow) mapTypeOverflow = new std::unordered_map<const RType*, const MapTypeImpl*>();
        mapTypeOverflow->emplace(mt, t);
    }
    return t;
}

Hmap* makemap(const MapType* mt, int64_t hint) {
    const MapTypeImpl* t = impl(mt);
    // Go 1.19: a negative or absurd hint is treated as 0 (no panic).
    uint64_t mem = 0;
    if (hint < 0 || __builtin_mul_overflow(uint64_t(hint), uint64_t(t->bucketsize), &mem) || mem > kGoMaxAlloc)
        hint = 0;
    auto* h = static_cast<Hmap*>(rt::mallocgc(sizeof(Hmap), &hmapDesc, true));
    h->hash0 = fastrand64();
    uint8_t B = 0;
    while (overLoadFactor(hint, B)) B++;
    h->B = B;
    if (B != 0) {
        uint8_t* next = nullptr;
        uint8_t* buckets = makeBucketArray(t, B, nullptr, &next);  // h is reachable from the caller
        h->buckets = buckets;
        h->nextOverflow = next;
    }
    return h;
}

int64_t maplen(const Hmap* h) { return h == nullptr ? 0 : h->count; }

uint64_t mapBucketCount(const Hmap* h) { return h == nullptr ? 0 : bucketShift(h->B); }

const void* mapaccess(const MapType* mt, const Hmap* h, const void* key, bool* ok) {
    const MapTypeImpl* t = impl(mt);
    if (h == nullptr || h->count == 0) {
        // Go still hashes the key so that an unhashable interface key panics.
        if (t->keyMayPanic) (void)valueHash(t->key, key, 0);
        if (ok) *ok = false;
        return zeroFor(t->elem);
    }
    uint8_t* k = nullptr;
    uint8_t* e = nullptr;
    if (mapaccessK(t, h, key, &k, &e)) {
        if (ok) *ok = true;
        return e;
    }
    if (ok) *ok = false;
    return zeroFor(t->elem);
}

void* mapassign(const MapType* mt, Hmap* h, const void* key) {
    const MapTypeImpl* t = impl(mt);
    if (h == nullptr) throw RuntimePanic{RuntimePanic::Kind::plainError, "assignment to entry in nil map", {}};
    uint64_t hash = keyHash(t, key, h->hash0);  // may panic: before any state changes
    h->flags ^= hashWriting;
    if (h->buckets == nullptr) {
        uint8_t* next = nullptr;
        h->buckets = makeBucketArray(t, 0, nullptr, &next);
    }
    for (;;) {
        uint64_t bucket = hash & bucketMask(h->B);
        if (growing(h)) growWork(t, h, bucket);
        uint8_t* b = bucketAt(t, h->buckets, bucket);
        uint8_t top = tophash(hash);
        uint8_t* insertb = nullptr;
        int inserti = 0;
        for (;;) {
            bool stop = false;
            for (int i = 0; i < kBucketCnt; i++) {
                uint8_t th = tophashOf(b)[i];
                if (th != top) {
                    if (isEmpty(th) && insertb == nullptr) {
                        insertb = b;
                        inserti = i;
                    }
                    if (th == emptyRest) {
                        stop = true;
                        break;
                    }
                    continue;
                }
                uint8_t* k = keyPtr(t, b, i);
                if (!keyEqual(t, key, k)) continue;
                // Already present: update the key if equal keys can differ in bits (+0/-0).
                if (t->needKeyUpdate) typedmemmove(t->key, k, key);
                h->flags ^= hashWriting;
                return elemPtr(t, b, i);
            }
            if (stop) break;
            uint8_t* ovf = overflowOf(t, b);
            if (ovf == nullptr) break;
            b = ovf;
        }
        // Not found. If we hit the load factor or have too many overflow
        // buckets and are not already growing, start growing and retry (the
        // table changed under us).
        if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
            hashGrow(t, h);
            continue;
        }
        if (insertb == nullptr) {
            insertb = newoverflow(t, h, b);  // all current buckets are full
            inserti = 0;
        }
        // Each allocation below is stored into the (reachable) bucket at once.
        uint8_t* kdst = keySlot(t, insertb, inserti);
        if (t->indirectkey) {
            void* kmem = newKeyOrElem(t->key);
            *reinterpret_cast<void**>(kdst) = kmem;
            kdst = static_cast<uint8_t*>(kmem);
        }
        uint8_t* edst = elemSlot(t, insertb, inserti);
        if (t->indirectelem) {
            void* emem = newKeyOrElem(t->elem);
            *reinterpret_cast<void**>(edst) = emem;
            edst = static_cast<uint8_t*>(emem);
        }
        typedmemmove(t->key, kdst, key);
        tophashOf(insertb)[inserti] = top;
        h->count++;
        h->flags ^= hashWriting;
        return edst;
    }
}

void mapdelete(const MapType* mt, Hmap* h, const void* key) {
    const MapTypeImpl* t = impl(mt);
    if (h == nullptr || h->count == 0) {
        if (t->keyMayPanic) (void)valueHash(t->key, key, 0);
        return;
    }
    uint64_t hash = keyHash(t, key, h->hash0);
    h->flags ^= hashWriting;
    uint64_t bucket = hash & bucketMask(h->B);
    if (growing(h)) growWork(t, h, bucket);
    uint8_t* borig = bucketAt(t, h->buckets, bucket);
    uint8_t top = tophash(hash);
    for (uint8_t* b = borig; b != nullptr; b = overflowOf(t, b)) {
        for (int i = 0; i < kBucketCnt; i++) {
            uint8_t th = tophashOf(b)[i];
            if (th != top) {
                if (th == emptyRest) goto done;
                continue;
            }
            uint8_t* kslot = keySlot(t, b, i);
            uint8_t* k = t->indirectkey ? static_cast<uint8_t*>(deref(kslot)) : kslot;
            if (!keyEqual(t, key, k)) continue;
            // Clear what the collector could otherwise retain.
            if (t->indirectkey) {
                *reinterpret_cast<void**>(kslot) = nullptr;
            } else if (t->key->gc.ptrdata != 0) {
                std::memset(k, 0, t->key->size);
            }
            uint8_t* eslot = elemSlot(t, b, i);
            if (t->indirectelem) {
                *reinterpret_cast<void**>(eslot) = nullptr;
            } else if (t->elem->gc.ptrdata != 0) {
                std::memset(eslot, 0, t->elem->size);
            }
            tophashOf(b)[i] = emptyOne;
            // If the bucket now ends in a run of empty slots, turn them into
            // emptyRest, walking backwards across the chain.
            bool endsEmpty;
            if (i == kBucketCnt - 1) {
                uint8_t* ovf = overflowOf(t, b);
                endsEmpty = ovf == nullptr || tophashOf(ovf)[0] == emptyRest;
            } else {
                endsEmpty = tophashOf(b)[i + 1] == emptyRest;
            }
            if (endsEmpty) {
                uint8_t* cur = b;
                int j = i;
                for (;;) {
                    tophashOf(cur)[j] = emptyRest;
                    if (j == 0) {
                        if (cur == borig) break;  // beginning of the chain
                        // Find the previous bucket in the chain.
                        uint8_t* prev = borig;
                        while (overflowOf(t, prev) != cur) prev = overflowOf(t, prev);
                        cur = prev;
                        j = kBucketCnt - 1;
                    } else {
                        j--;
                    }
                    if (tophashOf(cur)[j] != emptyOne) break;
                }
            }
            h->count--;
            // Reset the seed when the map empties, so that an attacker cannot
            // keep building collisions by deleting and re-inserting.
            if (h->count == 0) h->hash0 = fastrand64();
            goto done;
        }
    }
done:
    h->flags ^= hashWriting;
}

void mapclear(const MapType* mt, Hmap* h) {
    const MapTypeImpl* t = impl(mt);
    if (h == nullptr || h->count == 0) return;
    h->flags ^= hashWriting;
    // Mark every slot of both tables (overflow chains included) empty first,
    // so that an iteration in progress — which may be reading the old table or
    // sitting in an overflow bucket that the clear below unlinks — returns
    // nothing more (Go 1.21, issue 59411).
    auto markBucketsEmpty = [&](uint8_t* base, uint64_t n) {
        for (uint64_t i = 0; i < n; i++) {
            for (uint8_t* b = bucketAt(t, base, i); b != nullptr; b = overflowOf(t, b))
                std::memset(tophashOf(b), emptyRest, kBucketCnt);
        }
    };
    markBucketsEmpty(h->buckets, bucketShift(h->B));
    if (h->oldbuckets != nullptr) markBucketsEmpty(h->oldbuckets, noldbuckets(h));
    h->flags &= ~sameSizeGrowFlag;
    h->oldbuckets = nullptr;
    h->nevacuate = 0;
    h->noverflow = 0;
    h->count = 0;
    h->hash0 = fastrand64();
    // Clear the array in place (overflow buckets become garbage).
    uint8_t* next = nullptr;
    makeBucketArray(t, h->B, h->buckets, &next);
    h->nextOverflow = next;
    h->flags ^= hashWriting;
}

void mapiterinit(const MapType* mt, Hmap* h, Hiter* it) {
    *it = Hiter{};
    it->t = mt;
    if (h == nullptr || h->count == 0) return;
    it->h = h;
    it->B = h->B;
    it->buckets = h->buckets;
    uint64_t r = fastrand64();
    it->startBucket = r & bucketMask(h->B);
    it->offset = uint8_t((r >> h->B) & (kBucketCnt - 1));
    it->bucket = it->startBucket;
    // Remember we have an iterator (the evacuation keeps old buckets intact).
    h->flags |= iteratorFlag | oldIterator;
    mapiternext(it);
}

void mapiternext(Hiter* it) {
    Hmap* h = it->h;
    if (h == nullptr) {
        it->key = it->elem = nullptr;
        return;
    }
    const MapTypeImpl* t = impl(it->t);
    uint64_t bucket = it->bucket;
    auto* b = static_cast<uint8_t*>(it->bptr);
    int i = it->i;
    uint64_t checkBucket = it->checkBucket;
    for (;;) {
        if (b == nullptr) {
            if (bucket == it->startBucket && it->wrapped) {
                it->key = it->elem = nullptr;  // end of iteration
                return;
            }
            if (growing(h) && it->B == h->B) {
                // Started during a grow that is not finished: read the old bucket
                // if it is not evacuated yet, keeping only entries bound for
                // this new bucket.
                uint64_t oldbucket = bucket & oldbucketmask(h);
                b = bucketAt(t, h->oldbuckets, oldbucket);
                if (!evacuated(b)) {
                    checkBucket = bucket;
                } else {
                    b = bucketAt(t, static_cast<uint8_t*>(it->buckets), bucket);
                    checkBucket = noCheck;
                }
            } else {
                b = bucketAt(t, static_cast<uint8_t*>(it->buckets), bucket);
                checkBucket = noCheck;
            }
            bucket++;
            if (bucket == bucketShift(it->B)) {
                bucket = 0;
                it->wrapped = true;
            }
            i = 0;
        }
        for (; i < kBucketCnt; i++) {
            int offi = (i + it->offset) & (kBucketCnt - 1);
            uint8_t th = tophashOf(b)[offi];
            if (isEmpty(th) || th == evacuatedEmpty) continue;
            uint8_t* k = keyPtr(t, b, offi);
            if (checkBucket != noCheck && !sameSizeGrow(h)) {
                if (t->reflexiveKey || keyEqual(t, k, k)) {
                    uint64_t hash = keyHash(t, k, h->hash0);
                    if ((hash & bucketMask(it->B)) != checkBucket) continue;
                } else {
                    // NaN: evacuation sends it by the low tophash bit.
                    if ((checkBucket >> (it->B - 1)) != uint64_t(th & 1)) continue;
                }
            }
            if ((th != evacuatedX && th != evacuatedY) || !(t->reflexiveKey || keyEqual(t, k, k))) {
                // The golden data (or a NaN key, which cannot be updated or
                // deleted): return it as is.
                it->key = k;
                it->elem = elemPtr(t, b, offi);
            } else {
                // The table grew since the iteration started: the entry lives
                // elsewhere now; look it up (it may have been deleted or updated).
                uint8_t* rk = nullptr;
                uint8_t* re = nullptr;
                if (!mapaccessK(t, h, k, &rk, &re)) continue;
                it->key = rk;
                it->elem = re;
            }
            it->bucket = bucket;
            if (it->bptr != b) it->bptr = b;
            it->i = uint8_t(i + 1);
            it->checkBucket = checkBucket;
            return;
        }
        b = overflowOf(t, b);
        i = 0;
    }
}

}  // namespace gomini::vm
