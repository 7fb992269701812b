// internal.h — helpers shared by the native implementations (not an API).
//
// Slot access follows vm/native.h: every parameter and result occupies
// ceil(size/8) 8-byte slots; scalars narrower than 8 bytes are widened.
// A native reads all its parameters before writing any result.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "stdlib/natives.h"
#include "vm/native.h"
#include "vm/panic.h"
#include "vm/rtype.h"

namespace gomini::stdlib::natives {

using vm::GoSlice;
using vm::GoString;
using vm::Iface;
using vm::NativeCtx;
using vm::RType;

inline int64_t argInt(const uint64_t* s, int i) { return static_cast<int64_t>(s[i]); }
inline uint64_t argUint(const uint64_t* s, int i) { return s[i]; }
inline bool argBool(const uint64_t* s, int i) { return (s[i] & 0xff) != 0; }
inline double argF64(const uint64_t* s, int i) {
    double d;
    std::memcpy(&d, &s[i], 8);
    return d;
}
inline float argF32(const uint64_t* s, int i) {
    float f;
    std::memcpy(&f, &s[i], 4);
    return f;
}
inline std::string_view argStr(const uint64_t* s, int i) {
    GoString g;
    std::memcpy(&g, &s[i], sizeof g);
    if (g.len <= 0) return {};
    return {reinterpret_cast<const char*>(g.ptr), static_cast<size_t>(g.len)};
}
inline GoSlice argSlice(const uint64_t* s, int i) {
    GoSlice g;
    std::memcpy(&g, &s[i], sizeof g);
    return g;
}
inline Iface argIface(const uint64_t* s, int i) {
    Iface v;
    std::memcpy(&v, &s[i], sizeof v);
    return v;
}
template <class T>
inline T* argPtr(const uint64_t* s, int i) {
    return reinterpret_cast<T*>(static_cast<uintptr_t>(s[i]));
}

inline void retInt(uint64_t* s, int i, int64_t v) { s[i] = static_cast<uint64_t>(v); }
inline void retUint(uint64_t* s, int i, uint64_t v) { s[i] = v; }
inline void retBool(uint64_t* s, int i, bool v) { s[i] = v ? 1 : 0; }
inline void retF64(uint64_t* s, int i, double d) { std::memcpy(&s[i], &d, 8); }
inline void retF32(uint64_t* s, int i, float f) {
    s[i] = 0;
    std::memcpy(&s[i], &f, 4);
}
inline void retStr(uint64_t* s, int i, GoString g) { std::memcpy(&s[i], &g, sizeof g); }
inline void retSlice(uint64_t* s, int i, GoSlice g) { std::memcpy(&s[i], &g, sizeof g); }
inline void retIface(uint64_t* s, int i, Iface v) { std::memcpy(&s[i], &v, sizeof v); }

// The address of the value held by interface v (nullptr for a nil interface).
inline const void* ifaceValuePtr(const Iface& v) {
    if (v.tab == nullptr) return nullptr;
    return v.tab->type->pointerShaped ? static_cast<const void*>(&v.data) : v.data;
}
inline const RType* ifaceType(const Iface& v) { return v.tab ? v.tab->type : nullptr; }

// UTF-8 and quoting with Go's rules (strconv.cpp).
// Decodes the rune at s[i] (i < s.size()); invalid encodings give U+FFFD, width 1.
int32_t decodeRune(std::string_view s, size_t i, int& width);
void appendRune(std::string& out, int32_t r);  // invalid runes as U+FFFD
int64_t runeCount(std::string_view s);
std::string quoteWith(std::string_view s, char quote, bool asciiOnly, bool graphicOnly);  // strconv.Quote*
std::string quoteRuneWith(int32_t r, char quote, bool asciiOnly, bool graphicOnly);    // strconv.QuoteRune*
bool canBackquote(std::string_view s);

// The per-file registration functions, called by registerAllNatives.
void registerFmt();
void registerStrconv();
void registerMath();
void registerUnicode();
void registerOs();
void registerRuntime();
void registerTime();
void registerSync();
void registerMisc();  // strings, sort, errors, context, math/rand

}  // namespace gomini::stdlib::natives
