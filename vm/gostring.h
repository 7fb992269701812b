// gostring.h — Go string operations (the twin of Go's runtime/string.go and
// utf8.go): concatenation, conversions between strings, []byte and []rune,
// string(rune), the range-over-string decoder, comparison.
//
// A string is GoString {ptr, len} (vm/rtype.h); its bytes are immutable and
// live in noscan heap objects from rt::mallocgc (or in static data). Every
// function here allocates at most once, so no intermediate result is ever
// held only by C++ across a possible collection.
//
// UTF-8 follows Go exactly: an invalid or truncated sequence, a surrogate
// half or a value above U+10FFFF decodes as U+FFFD with width 1; encoding an
// invalid rune produces "\uFFFD".
#pragma once

#include <cstdint>

#include "vm/rtype.h"

namespace gomini::vm {

// a + b + ...: one allocation; none when the result equals one of the parts
// (all others empty).
GoString concatstrings(const GoString* parts, int n);
GoString slicebytetostring(const uint8_t* p, int64_t n);  // string(b): copies
// []byte(s), []rune(s), as Go's stringtoslicebyte/stringtoslicerune: when a
// buffer is given (a non-escaping result: the compiler's frame buffer of
// bufCap elements, 32 for a variable string) and the result fits, it is
// buf[:n] with cap bufCap; otherwise a fresh heap copy whose cap is what the
// allocation's size class holds (rawbyteslice: cap([]byte(s)) == 8 for a
// 5-byte s that escapes). Elements past the length are zero.
GoSlice stringtoslicebyte(GoString s, uint8_t* buf = nullptr, int64_t bufCap = 0);
GoSlice stringtoslicerune(GoString s, int32_t* buf = nullptr, int64_t bufCap = 0);
GoString slicerunetostring(const int32_t* p, int64_t n);   // string(r)
// string(x) for an integer x of any width (widened to int64): a value that is
// not a valid rune — negative, a surrogate, > U+10FFFF, outside int32 — gives "\uFFFD".
GoString intstring(int64_t r);
// for i, r := range s: the rune at byte index k (0 <= k < s.len) and, in *next,
// the index after it. Invalid encodings give 0xFFFD and width 1.
int32_t decoderune(GoString s, int64_t k, int64_t* next);
int cmpstring(GoString a, GoString b);  // <0, 0, >0 comparing bytes as unsigned
bool eqstring(GoString a, GoString b);
// An uninitialised string of n bytes (noscan); *bytes receives the writable
// pointer. The caller fills every byte before the next allocation.
GoString rawstring(int64_t n, uint8_t** bytes);

// UTF-8 helpers shared with the stdlib natives (unicode/utf8's rules).
int encoderune(uint8_t* p, int32_t r);  // writes 1..4 bytes (0xFFFD for invalid r); returns the count
int runeLen(int32_t r);                 // bytes encoderune writes for r

}  // namespace gomini::vm

// Hashing primitives (Go's alg.go: memhash, strhash, memhash64, fastrand),
// shared by vm/typealg.cpp and vm/map.cpp. A wyhash-style 64-bit mix; every
// map passes its own random seed.
namespace gomini::vm {

inline uint64_t hashMix(uint64_t a, uint64_t b) {
    __uint128_t r = static_cast<__uint128_t>(a) * b;
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
inline constexpr uint64_t kHashK0 = 0xa0761d6478bd642fULL, kHashK1 = 0xe7037ed1a0b428dbULL,
                          kHashK2 = 0x8ebc6af09c88c6e3ULL, kHashK3 = 0x589965cc75374cc3ULL;
// Hash of an 8-byte (or smaller, zero-extended) value.
inline uint64_t memhash64(uint64_t x, uint64_t seed) {
    return hashMix(hashMix(x ^ kHashK0, seed ^ kHashK1), kHashK2 ^ 8);
}
uint64_t memhash(const void* p, uintptr_t n, uint64_t seed);
inline uint64_t strhash(GoString s, uint64_t seed) { return memhash(s.ptr, uintptr_t(s.len), seed); }
// A per-thread pseudo-random source seeded from the OS (map seeds, iteration
// starts, NaN hashes). Never returns the same sequence in two runs.
uint64_t fastrand64();

}  // namespace gomini::vm
