// sizeclasses.h — Go's 68 size classes, computed at compile time (the twin of
// Go's runtime/sizeclasses.go, which Go generates with mksizeclasses.go).
//
// Design
//
// Small objects (≤ 32 KB) are rounded up to one of 67 object sizes ("size
// classes"; class 0 means "large object, its own span"). Every span of a
// class is class_to_allocnpages[c] pages long and is carved into equal slots
// of class_to_size[c] bytes. The classes are chosen so that:
//   1. the slot size keeps the object's natural alignment: multiples of 8
//      below 32 bytes, 16 up to 128, size/8 between 128 and 2048, 256 above
//      (a power-of-two size is always aligned to itself, up to 8 KB);
//   2. the tail of a span (bytes that no slot fits in) is at most 1/8 of the
//      span, so the waste per span is at most 12.5 %;
//   3. two neighbouring sizes that would give the same pages-per-span and the
//      same objects-per-span are merged into the larger one;
//   4. finally each size grows to the largest multiple of 128 that still
//      fits the same number of objects in the same pages.
// Rather than typing Go's table in, sizeClassTable() runs those four rules
// as a constexpr function; tests/runtime/malloc.test.cpp parses Go's own
// sizeclasses.go (when installed) and checks every row, and static_asserts
// below pin a few rows so a wrong rule cannot even compile.
//
// Lookup: sizeToClass(n) indexes size_to_class8 (n ≤ 1024, step 8) or
// size_to_class128 (n ≤ 32 KB, step 128), both computed from the table.
// divMul: the byte offset of a pointer inside a span divided by the slot size
// is (off * divMul) >> 32 with divMul = ⌈2^32 / size⌉ — exact for every
// offset inside a span of the class (tested exhaustively).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace gomini::rt {

inline constexpr uintptr_t kPageShift = 13;
inline constexpr uintptr_t kPageSize = uintptr_t(1) << kPageShift;  // 8 KB
inline constexpr uintptr_t kPageMask = kPageSize - 1;
inline constexpr uintptr_t kMaxSmallSize = 32768;
inline constexpr uintptr_t kSmallSizeDiv = 8;
inline constexpr uintptr_t kSmallSizeMax = 1024;
inline constexpr uintptr_t kLargeSizeDiv = 128;
inline constexpr int kNumSizeClasses = 68;
inline constexpr uintptr_t kMaxTinySize = 16;  // the tiny allocator's block size
inline constexpr int kTinySizeClass = 2;       // class of a 16-byte block
// Most objects in a span: 8 KB of 8-byte objects.
inline constexpr uintptr_t kMaxObjsPerSpan = kPageSize / 8;

struct SizeClassTable {
    std::array<uint32_t, kNumSizeClasses> size{};      // class_to_size
    std::array<uint8_t, kNumSizeClasses> npages{};     // class_to_allocnpages
    std::array<uint32_t, kNumSizeClasses> divMul{};    // ⌈2^32 / size⌉ (0 for class 0)
    std::array<uint8_t, kSmallSizeMax / kSmallSizeDiv + 1> toClass8{};
    std::array<uint8_t, (kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1> toClass128{};
    int count = 0;  // number of classes produced, including the dummy class 0
};

namespace detail {

constexpr bool isPow2(uintptr_t x) { return x != 0 && (x & (x - 1)) == 0; }

constexpr SizeClassTable makeSizeClassTable() {
    SizeClassTable t{};
    uintptr_t sizes[kNumSizeClasses + 8]{};
    uintptr_t pages[kNumSizeClasses + 8]{};
    int n = 1;  // class 0 is the "large object" marker
    uintptr_t align = 8;
    for (uintptr_t size = align; size <= kMaxSmallSize; size += align) {
        // Rule 1: widen the step at powers of two.
        if (isPow2(size)) {
            if (size >= 2048) align = 256;
            else if (size >= 128) align = size / 8;
            else if (size >= 32) align = 16;
        }
        // Rule 2: grow the span until the unusable tail is at most 1/8 of it.
        uintptr_t span = kPageSize;
        while (span % size > span / 8) span += kPageSize;
        uintptr_t np = span / kPageSize;
        // Rule 3: same pages and same object count as the previous class: merge upward.
        if (n > 1 && pages[n - 1] == np && span / sizes[n - 1] == span / size) {
            sizes[n - 1] = size;
            continue;
        }
        if (n >= kNumSizeClasses + 8) return t;  // count check below fails the build
        sizes[n] = size;
        pages[n] = np;
        n++;
    }
    // Rule 4: stretch each class to the largest 128-multiple with the same object count.
    for (int i = 1; i < n; i++) {
        uintptr_t span = pages[i] * kPageSize;
        uintptr_t stretched = (span / (span / sizes[i])) & ~(kLargeSizeDiv - 1);
        if (stretched > sizes[i]) sizes[i] = stretched;
    }
    t.count = n;
    if (n != kNumSizeClasses) return t;
    for (int i = 0; i < n; i++) {
        t.size[i] = uint32_t(sizes[i]);
        t.npages[i] = uint8_t(pages[i]);
        t.divMul[i] = sizes[i] == 0 ? 0 : uint32_t(~uint32_t(0) / uint32_t(sizes[i]) + 1);
    }
    // Lookup tables: the smallest class whose size is ≥ the rounded request.
    int c = 1;
    for (uintptr_t i = 0; i < t.toClass8.size(); i++) {
        uintptr_t want = i * kSmallSizeDiv;
        while (c < n && sizes[c] < want) c++;
        t.toClass8[i] = uint8_t(i == 0 ? 0 : c);
    }
    c = 1;
    for (uintptr_t i = 0; i < t.toClass128.size(); i++) {
        uintptr_t want = kSmallSizeMax + i * kLargeSizeDiv;
        while (c < n && sizes[c] < want) c++;
        t.toClass128[i] = uint8_t(c);
    }
    return t;
}

}  // namespace detail

inline constexpr SizeClassTable kSizeClasses = detail::makeSizeClassTable();

static_assert(kSizeClasses.count == kNumSizeClasses, "size-class rules must produce Go's 68 classes");
static_assert(kSizeClasses.size[1] == 8 && kSizeClasses.size[2] == 16 && kSizeClasses.size[3] == 24);
static_assert(kSizeClasses.size[35] == 1408 && kSizeClasses.npages[35] == 2);
static_assert(kSizeClasses.size[52] == 9472 && kSizeClasses.npages[52] == 7);
static_assert(kSizeClasses.size[67] == 32768 && kSizeClasses.npages[67] == 4);
static_assert(kSizeClasses.size[kTinySizeClass] == kMaxTinySize);

inline constexpr uintptr_t classToSize(int sizeclass) { return kSizeClasses.size[sizeclass]; }
inline constexpr uintptr_t classToNPages(int sizeclass) { return kSizeClasses.npages[sizeclass]; }

// The size class for an allocation of n bytes, 0 < n ≤ kMaxSmallSize.
inline constexpr int sizeToClass(uintptr_t n) {
    if (n <= kSmallSizeMax - 8) return kSizeClasses.toClass8[(n + kSmallSizeDiv - 1) / kSmallSizeDiv];
    return kSizeClasses.toClass128[(n - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv];
}

// roundupsize: the bytes mallocgc really hands out for a request of n bytes
// (a size class, or whole pages for a large object). Go's msize.go.
inline constexpr uintptr_t roundupsize(uintptr_t n) {
    if (n <= kMaxSmallSize) return n == 0 ? 0 : classToSize(sizeToClass(n));
    if (n + kPageSize < n) return n;  // overflow: the caller's size check reports it
    return (n + kPageMask) & ~kPageMask;
}

}  // namespace gomini::rt
