// Tests for vm/gostring.cpp: conversions, UTF-8 decoding of invalid input as
// Go does (each bad byte is one U+FFFD), concatenation, comparison.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/malloc.h"
#include "vm/gostring.h"

using namespace gomini::vm;

namespace {

GoString gs(const char* s) { return GoString{reinterpret_cast<const uint8_t*>(s), int64_t(std::strlen(s))}; }
GoString gs(const std::string& s) { return GoString{reinterpret_cast<const uint8_t*>(s.data()), int64_t(s.size())}; }
std::string str(GoString s) { return std::string(reinterpret_cast<const char*>(s.ptr), size_t(s.len)); }

// for i, r := range s, collected as (index, rune) pairs.
std::vector<std::pair<int64_t, int32_t>> rangeString(GoString s) {
    std::vector<std::pair<int64_t, int32_t>> out;
    for (int64_t k = 0; k < s.len;) {
        int64_t next = 0;
        int32_t r = decoderune(s, k, &next);
        out.emplace_back(k, r);
        REQUIRE(next > k);
        k = next;
    }
    return out;
}

}  // namespace

TEST_CASE("gostring: concatstrings allocates once, or not at all for a single non-empty part") {
    GoString parts[4] = {gs(""), gs("héllo"), gs(""), gs("")};
    GoString one = concatstrings(parts, 4);
    CHECK(one.ptr == parts[1].ptr);  // no allocation: the part itself
    CHECK(one.len == 6);
    GoString parts2[3] = {gs("ab"), gs(""), gs("cde")};
    GoString r = concatstrings(parts2, 3);
    CHECK(str(r) == "abcde");
    CHECK(r.ptr != parts2[0].ptr);
    GoString none[2] = {gs(""), gs("")};
    CHECK(concatstrings(none, 2).len == 0);
    CHECK(concatstrings(nullptr, 0).len == 0);
}

TEST_CASE("gostring: []byte and string conversions copy; cap follows the size class") {
    std::string src = "hello";
    GoSlice b = stringtoslicebyte(gs(src));
    CHECK(b.len == 5);
    CHECK(b.cap == 8);  // rawbyteslice: roundupsize(5)
    CHECK(std::memcmp(b.ptr, "hello", 5) == 0);
    CHECK(static_cast<uint8_t*>(b.ptr)[5] == 0);
    static_cast<uint8_t*>(b.ptr)[0] = 'j';
    CHECK(src == "hello");
    GoString s = slicebytetostring(static_cast<uint8_t*>(b.ptr), b.len);
    CHECK(str(s) == "jello");
    static_cast<uint8_t*>(b.ptr)[0] = 'x';
    CHECK(str(s) == "jello");  // strings are immutable copies
    CHECK(slicebytetostring(nullptr, 0).len == 0);
    GoSlice e = stringtoslicebyte(gs(""));
    CHECK(e.len == 0);
    CHECK(e.ptr != nullptr);  // []byte("") is empty, not nil
}

TEST_CASE("gostring: []rune and string(runes) with invalid UTF-8 as Go") {
    // "\xffa\xe2\x82" : a bad byte, 'a', a truncated 3-byte sequence (two bad bytes).
    GoSlice r = stringtoslicerune(gs("\xff" "a\xe2\x82"));
    REQUIRE(r.len == 4);
    auto* rs = static_cast<int32_t*>(r.ptr);
    CHECK(rs[0] == 0xFFFD);
    CHECK(rs[1] == 'a');
    CHECK(rs[2] == 0xFFFD);
    CHECK(rs[3] == 0xFFFD);
    CHECK(r.cap == 4);  // 16 bytes is a size class
    GoSlice h = stringtoslicerune(gs("héllo, 世界!"));
    CHECK(h.len == 10);
    CHECK(h.cap == 12);  // roundupsize(40) = 48
    CHECK(static_cast<int32_t*>(h.ptr)[1] == 0xE9);
    CHECK(static_cast<int32_t*>(h.ptr)[7] == 0x4E16);

    int32_t in[] = {0x110000, -1, 0xD800, 'x', 0x10FFFF, 0x7FF, 0x800};
    GoString s = slicerunetostring(in, 7);
    CHECK(str(s) == "\uFFFD\uFFFD\uFFFDx\U0010FFFF\u07FF\u0800");
    CHECK(slicerunetostring(in, 0).len == 0);
    GoSlice back = stringtoslicerune(s);
    CHECK(back.len == 7);
}

TEST_CASE("gostring: intstring (string(rune(x)))") {
    CHECK(str(intstring('A')) == "A");
    CHECK(str(intstring(0xE9)) == "é");
    CHECK(str(intstring(0x4E16)) == "世");
    CHECK(str(intstring(0x1F600)) == "\U0001F600");
    CHECK(str(intstring(-1)) == "\uFFFD");
    CHECK(str(intstring(0xD800)) == "\uFFFD");
    CHECK(str(intstring(0x110000)) == "\uFFFD");
    CHECK(str(intstring((int64_t(1) << 32) + 'A')) == "\uFFFD");  // does not truncate to 'A'
}

TEST_CASE("gostring: decoderune as for-range (index, rune) pairs") {
    using P = std::vector<std::pair<int64_t, int32_t>>;
    CHECK(rangeString(gs("aé世\U0001F600")) == P{{0, 'a'}, {1, 0xE9}, {3, 0x4E16}, {6, 0x1F600}});
    // Overlong encodings, surrogates, > U+10FFFF and stray continuation bytes.
    CHECK(rangeString(gs("\xc0\xaf")) == P{{0, 0xFFFD}, {1, 0xFFFD}});
    CHECK(rangeString(gs("\xed\xa0\x80z")) == P{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}, {3, 'z'}});
    CHECK(rangeString(gs("\xf4\x90\x80\x80")) == P{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}, {3, 0xFFFD}});
    CHECK(rangeString(gs("\x80\xbf")) == P{{0, 0xFFFD}, {1, 0xFFFD}});
    CHECK(rangeString(gs("\xe4\xb8")) == P{{0, 0xFFFD}, {1, 0xFFFD}});
    CHECK(rangeString(gs("\xf0\x9f\x98")) == P{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}});
    int64_t next = 0;
    CHECK(decoderune(gs("ab"), 2, &next) == 0xFFFD);  // past the end: Go returns (RuneError, k+1)
    CHECK(next == 3);
}

TEST_CASE("gostring: cmpstring and eqstring compare bytes unsigned") {
    CHECK(cmpstring(gs("abc"), gs("abd")) < 0);
    CHECK(cmpstring(gs("abd"), gs("abc")) > 0);
    CHECK(cmpstring(gs("ab"), gs("abc")) < 0);
    CHECK(cmpstring(gs("abc"), gs("ab")) > 0);
    CHECK(cmpstring(gs(""), gs("")) == 0);
    CHECK(cmpstring(gs("a\xff"), gs("a\x01")) > 0);  // 0xff > 0x01 unsigned
    std::string x = "same", y = "same";
    CHECK(cmpstring(gs(x), gs(y)) == 0);
    CHECK(eqstring(gs(x), gs(y)));
    CHECK_FALSE(eqstring(gs("same"), gs("samf")));
    CHECK_FALSE(eqstring(gs("same"), gs("sam")));
    CHECK(eqstring(GoString{nullptr, 0}, gs("")));
}

TEST_CASE("gostring: rawstring hands out n writable bytes") {
    uint8_t* b = nullptr;
    GoString s = rawstring(3, &b);
    REQUIRE(b != nullptr);
    std::memcpy(b, "xyz", 3);
    CHECK(str(s) == "xyz");
    uint8_t* e = nullptr;
    CHECK(rawstring(0, &e).len == 0);
}

TEST_CASE("gostring: encoderune / runeLen agree") {
    for (int32_t r : {0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x110000,
                      -5}) {
        uint8_t buf[4];
        int n = encoderune(buf, r);
        CHECK(n == runeLen(r));
        int64_t next = 0;
        int32_t back = decoderune(GoString{buf, n}, 0, &next);
        CHECK(next == n);
        bool valid = r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
        CHECK(back == (valid ? r : 0xFFFD));
    }
}
