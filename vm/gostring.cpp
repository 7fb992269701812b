// gostring.cpp — Go's string runtime (runtime/string.go, runtime/utf8.go).
//
// Invariants:
//   - String bytes live in noscan heap objects (rt::mallocgc with a null
//     TypeDesc) or static data; a GoString never points into a VM frame.
//   - Each function makes at most one allocation and reads its arguments
//     (which the caller keeps reachable) only after it, so no pointer is ever
//     held only by C++ across a collection.
//   - UTF-8 decoding and encoding are Go's: invalid input decodes as U+FFFD of
//     width 1; invalid runes (negative, surrogates, > U+10FFFF) encode as U+FFFD.
//   - []byte(s) and []rune(s) get cap = the allocation's size class, as Go's
//     rawbyteslice/rawruneslice (the heap case; Go's stack buffers for
//     non-escaping results are not modelled).
#include "vm/gostring.h"

#include <cstring>

#include "runtime/base.h"
#include "runtime/malloc.h"
#include "runtime/sizeclasses.h"
#include "vm/panic.h"

namespace gomini::vm {

namespace {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int32_t kSurrogateMin = 0xD800, kSurrogateMax = 0xDFFF;
constexpr uint64_t kGoMaxAlloc = uint64_t(1) << 48;

inline bool isCont(uint8_t b) { return b >= 0x80 && b <= 0xBF; }

// Non-ASCII decode of s[k:] (k < s.len); returns the rune and sets *width.
inline int32_t decodeSlow(const uint8_t* p, int64_t avail, int* width) {
    uint8_t c = p[0];
    if (c >= 0xC0 && c < 0xE0) {
        if (avail > 1 && isCont(p[1])) {
            int32_t r = int32_t(c & 0x1F) << 6 | int32_t(p[1] & 0x3F);
            if (r > 0x7F) {
                *width = 2;
                return r;
            }
        }
    } else if (c >= 0xE0 && c < 0xF0) {
        if (avail > 2 && isCont(p[1]) && isCont(p[2])) {
            int32_t r = int32_t(c & 0x0F) << 12 | int32_t(p[1] & 0x3F) << 6 | int32_t(p[2] & 0x3F);
            if (r > 0x7FF && !(r >= kSurrogateMin && r <= kSurrogateMax)) {
                *width = 3;
                return r;
            }
        }
    } else if (c >= 0xF0 && c < 0xF8) {
        if (avail > 3 && isCont(p[1]) && isCont(p[2]) && isCont(p[3])) {
            int32_t r = int32_t(c & 0x07) << 18 | int32_t(p[1] & 0x3F) << 12 | int32_t(p[2] & 0x3F) << 6 |
                        int32_t(p[3] & 0x3F);
            if (r > 0xFFFF && r <= kMaxRune) {
                *width = 4;
                return r;
            }
        }
    }
    *width = 1;
    return kRuneError;
}

}  // namespace

int runeLen(int32_t r) {
    uint32_t u = uint32_t(r);
    if (u <= 0x7F) return 1;
    if (u <= 0x7FF) return 2;
    if (u > uint32_t(kMaxRune) || (u >= uint32_t(kSurrogateMin) && u <= uint32_t(kSurrogateMax))) return 3;
    if (u <= 0xFFFF) return 3;
    return 4;
}

int encoderune(uint8_t* p, int32_t r) {
    uint32_t u = uint32_t(r);
    if (u <= 0x7F) {
        p[0] = uint8_t(u);
        return 1;
    }
    if (u <= 0x7FF) {
        p[0] = uint8_t(0xC0 | (u >> 6));
        p[1] = uint8_t(0x80 | (u & 0x3F));
        return 2;
    }
    if (u > uint32_t(kMaxRune) || (u >= uint32_t(kSurrogateMin) && u <= uint32_t(kSurrogateMax))) u = kRuneError;
    if (u <= 0xFFFF) {
        p[0] = uint8_t(0xE0 | (u >> 12));
        p[1] = uint8_t(0x80 | ((u >> 6) & 0x3F));
        p[2] = uint8_t(0x80 | (u & 0x3F));
        return 3;
    }
    p[0] = uint8_t(0xF0 | (u >> 18));
    p[1] = uint8_t(0x80 | ((u >> 12) & 0x3F));
    p[2] = uint8_t(0x80 | ((u >> 6) & 0x3F));
    p[3] = uint8_t(0x80 | (u & 0x3F));
    return 4;
}

GoString rawstring(int64_t n, uint8_t** bytes) {
    GM_ASSERT(n >= 0, "rawstring: negative length %lld", (long long)n);
    if (uint64_t(n) > kGoMaxAlloc) rt::fatal("out of memory");
    auto* p = static_cast<uint8_t*>(rt::mallocgc(size_t(n), nullptr, false));
    *bytes = p;
    return GoString{p, n};
}

GoString concatstrings(const GoString* parts, int n) {
    int64_t total = 0;
    int count = 0, idx = 0;
    for (int i = 0; i < n; i++) {
        int64_t l = parts[i].len;
        if (l == 0) continue;
        if (total + l < total) rt::fatal("string concatenation too long");
        total += l;
        count++;
        idx = i;
    }
    if (count == 0) return GoString{nullptr, 0};
    if (count == 1) return parts[idx];
    uint8_t* b = nullptr;
    GoString s = rawstring(total, &b);
    for (int i = 0; i < n; i++) {
        if (parts[i].len == 0) continue;
        std::memcpy(b, parts[i].ptr, size_t(parts[i].len));
        b += parts[i].len;
    }
    return s;
}

GoString slicebytetostring(const uint8_t* p, int64_t n) {
    if (n == 0) return GoString{nullptr, 0};
    uint8_t* b = nullptr;
    GoString s = rawstring(n, &b);
    std::memcpy(b, p, size_t(n));
    return s;
}

GoSlice stringtoslicebyte(GoString s, uint8_t* buf, int64_t bufCap) {
    if (buf && s.len <= bufCap) {
        if (s.len > 0) std::memcpy(buf, s.ptr, size_t(s.len));
        std::memset(buf + s.len, 0, size_t(bufCap - s.len));
        return GoSlice{buf, s.len, bufCap};
    }
    uint64_t cap = rt::roundupsize(uint64_t(s.len));
    auto* p = static_cast<uint8_t*>(rt::mallocgc(cap, nullptr, false));
    if (s.len > 0) std::memcpy(p, s.ptr, size_t(s.len));
    if (cap > uint64_t(s.len)) std::memset(p + s.len, 0, cap - uint64_t(s.len));
    return GoSlice{p, s.len, int64_t(cap)};
}

GoSlice stringtoslicerune(GoString s, int32_t* buf, int64_t bufCap) {
    int64_t n = 0;
    for (int64_t k = 0; k < s.len; n++) {
        if (s.ptr[k] < 0x80) {
            k++;
        } else {
            decoderune(s, k, &k);
        }
    }
    if (buf && n <= bufCap) {
        int64_t i = 0;
        for (int64_t k = 0; k < s.len; i++) buf[i] = decoderune(s, k, &k);
        std::memset(buf + n, 0, size_t(bufCap - n) * 4);
        return GoSlice{buf, n, bufCap};
    }
    uint64_t mem = rt::roundupsize(uint64_t(n) * 4);
    auto* a = static_cast<int32_t*>(rt::mallocgc(mem, nullptr, false));
    int64_t i = 0;
    for (int64_t k = 0; k < s.len; i++) a[i] = decoderune(s, k, &k);
    if (mem > uint64_t(n) * 4) std::memset(a + n, 0, mem - uint64_t(n) * 4);
    return GoSlice{a, n, int64_t(mem / 4)};
}

GoString slicerunetostring(const int32_t* p, int64_t n) {
    int64_t size = 0;
    for (int64_t i = 0; i < n; i++) size += runeLen(p[i]);
    if (size == 0) return GoString{nullptr, 0};
    uint8_t* b = nullptr;
    GoString s = rawstring(size, &b);
    int64_t off = 0;
    for (int64_t i = 0; i < n; i++) off += encoderune(b + off, p[i]);
    return s;
}

GoString intstring(int64_t v) {
    int32_t r = int64_t(int32_t(v)) == v ? int32_t(v) : kRuneError;
    uint8_t buf[4];
    int n = encoderune(buf, r);
    uint8_t* b = nullptr;
    GoString s = rawstring(n, &b);
    std::memcpy(b, buf, size_t(n));
    return s;
}

int32_t decoderune(GoString s, int64_t k, int64_t* next) {
    if (k >= s.len) {
        *next = k + 1;
        return kRuneError;
    }
    uint8_t c = s.ptr[k];
    if (c < 0x80) {
        *next = k + 1;
        return c;
    }
    int w = 1;
    int32_t r = decodeSlow(s.ptr + k, s.len - k, &w);
    *next = k + w;
    return r;
}

int cmpstring(GoString a, GoString b) {
    int64_t l = a.len < b.len ? a.len : b.len;
    if (l > 0 && a.ptr != b.ptr) {
        int c = std::memcmp(a.ptr, b.ptr, size_t(l));
        if (c != 0) return c < 0 ? -1 : 1;
    }
    if (a.len < b.len) return -1;
    if (a.len > b.len) return 1;
    return 0;
}

bool eqstring(GoString a, GoString b) {
    if (a.len != b.len) return false;
    if (a.ptr == b.ptr || a.len == 0) return true;
    return std::memcmp(a.ptr, b.ptr, size_t(a.len)) == 0;
}

}  // namespace gomini::vm
