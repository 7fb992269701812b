// map.h — Go's map: the twin of runtime/map.go (hmap, bmap buckets of 8
// slots with tophash bytes, overflow buckets, incremental doubling and
// same-size growth, evacuation, randomized iteration start).
//
// A map value is an `Hmap*` (nullptr = nil map). Keys and elements are
// stored inline in buckets when they are at most 128 bytes (Go's
// maxKeySize/maxElemSize), else by pointer to a heap copy. Buckets are heap
// objects allocated with mallocgc and a bucket TypeDesc built from the key
// and element types, so the collector scans them precisely; the Hmap itself
// is a heap object too (its `buckets`/`oldbuckets`/`extra` words are pointers).
//
// Hashing and equality come from vm/rtype.h (valueHash, valuesEqual) with a
// per-map random seed (hash0), so iteration order differs from run to run as
// in Go. NaN keys: every NaN hashes randomly and is never equal to itself,
// so m[NaN] = v adds a new entry each time, lookups never find it, and
// iteration returns them all.
//
// Errors are Go's run-time panics, thrown as vm::RuntimePanic (vm/panic.h):
// assigning to a nil map ("assignment to entry in nil map"), an unhashable
// dynamic key type inside an interface ("hash of unhashable type []int").
// Concurrent map writes are detected later (hashWriting flag: "fatal error:
// concurrent map writes").
#pragma once

#include <cstdint>

#include "runtime/type.h"
#include "vm/rtype.h"

namespace gomini::vm {

struct Hmap;  // opaque outside map.cpp

// Per map type data, built once per map RType by mapTypeInfo() and cached.
struct MapType {
    const RType* type = nullptr;  // the map type (kind Map)
    const RType* key = nullptr;
    const RType* elem = nullptr;
    uint32_t keysize = 0, elemsize = 0;   // bytes stored in the bucket (8 when indirect)
    bool indirectkey = false, indirectelem = false;
    uint32_t bucketsize = 0;
    rt::TypeDesc bucketDesc;  // the bmap layout for the collector
};
const MapType* mapTypeInfo(const RType* mapType);

// make(map[K]V, hint). A negative or huge hint is only a hint (Go 1.19 does not panic).
Hmap* makemap(const MapType* t, int64_t hint);
int64_t maplen(const Hmap* h);  // len(m); 0 for nil

// v := m[k]: pointer to the element, or to a zeroed value of the element type
// (never null) if absent. *ok (when non-null) reports presence. The pointer
// is valid until the next map write.
const void* mapaccess(const MapType* t, const Hmap* h, const void* key, bool* ok = nullptr);
// m[k] = ...: the element's slot (inserting a zeroed one if absent); the caller
// stores the value into it. Panics on a nil map.
void* mapassign(const MapType* t, Hmap* h, const void* key);
void mapdelete(const MapType* t, Hmap* h, const void* key);  // no-op on nil map or absent key
void mapclear(const MapType* t, Hmap* h);                   // clear(m)

// Iteration (for k, v := range m) with Go's semantics: random start bucket
// and offset; entries deleted during iteration are not returned; entries
// added may or may not be; works across growth.
struct Hiter {
    const void* key = nullptr;   // nullptr when the iteration is over
    const void* elem = nullptr;
    // private state (Go's hiter fields)
    const MapType* t = nullptr;
    Hmap* h = nullptr;
    void* buckets = nullptr;
    void* bptr = nullptr;
    uint64_t startBucket = 0, bucket = 0, checkBucket = 0;
    uint8_t offset = 0, B = 0, i = 0;
    bool wrapped = false;
};
void mapiterinit(const MapType* t, Hmap* h, Hiter* it);
void mapiternext(Hiter* it);

// For the collector's tests and gctrace: the number of buckets (2^B).
uint64_t mapBucketCount(const Hmap* h);

}  // namespace gomini::vm
