// Package strings implements simple functions to manipulate UTF-8 encoded
// strings.
//
// gomini: all Go except IndexByte (native, as Go's is assembly). Results
// are Go's, including for invalid UTF-8 (decoded as U+FFFD, width 1).
package strings

import (
	"unicode"
	"unicode/utf8"
)

// IndexByte returns the index of the first instance of c in s, or -1 if c
// is not present in s.
func IndexByte(s string, c byte) int

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns an integer comparing two strings lexicographically: 0 if
// a == b, -1 if a < b, and +1 if a > b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// explode splits s into at most n UTF-8 sequences (n < 0: no limit), the
// last one holding the rest. Invalid bytes become "\uFFFD".
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError {
			a[i] = string(utf8.RuneError)
		} else {
			a[i] = s[:size]
		}
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// Count counts the number of non-overlapping instances of substr in s. If
// substr is empty, Count returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	if len(substr) == 1 {
		c := substr[0]
		for i := 0; i < len(s); i++ {
			if s[i] == c {
				n++
			}
		}
		return n
	}
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

// ContainsFunc reports whether any Unicode code points r within s satisfy f(r).
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Index returns the index of the first instance of substr in s, or -1 if
// substr is not present in s.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	// Jump between occurrences of the first byte, comparing the rest.
	first := substr[0]
	last := len(s) - n // the last possible start
	for i := 0; i <= last; i++ {
		j := IndexByte(s[i:last+1], first)
		if j < 0 {
			return -1
		}
		i += j
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1 if
// substr is not present in s.
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	last := substr[n-1]
	for i := len(s) - n; i >= 0; i-- {
		if s[i+n-1] == last && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the Unicode code
// point r, or -1 if rune is not present in s. If r is utf8.RuneError, it
// returns the first instance of any invalid UTF-8 byte sequence.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first instance of any Unicode code point
// from chars in s, or -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last instance of any Unicode code
// point from chars in s, or -1 if no Unicode code point from chars is
// present in s.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1 if
// c is not present in s.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index into s of the first Unicode code point
// satisfying f(c), or -1 if none do.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index into s of the last Unicode code point
// satisfying f(c), or -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// indexFunc is IndexFunc with f's result compared to truth.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc is LastIndexFunc with f's result compared to truth.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// genSplit splits s around at most n-1 instances of sep (all if n < 0),
// keeping sepSave bytes of each separator at the end of its piece.
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, 0, n)
	for len(a) < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a = append(a, s[:m+sepSave])
		s = s[m+len(sep):]
	}
	return append(a, s)
}

// SplitN slices s into substrings separated by sep: n > 0 gives at most n
// substrings (the last one the unsplit remainder), n == 0 gives nil, n < 0
// gives all of them.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into substrings after each instance of sep, with the
// count n as for SplitN.
func SplitAfterN(s, sep string, n int) []string {
	return genSplit(s, sep, len(sep), n)
}

// Split slices s into all substrings separated by sep. If sep is empty,
// Split splits after each UTF-8 sequence.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string {
	return genSplit(s, sep, len(sep), -1)
}

// isSpaceRune is unicode.IsSpace with an ASCII fast path.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// Fields splits s around each run of white space (unicode.IsSpace) and
// returns the pieces; an empty slice if s contains only white space.
func Fields(s string) []string {
	return FieldsFunc(s, isSpaceRune)
}

// FieldsFunc splits s at each run of code points c satisfying f(c) and
// returns the pieces; an empty slice if all code points satisfy f or s is
// empty.
func FieldsFunc(s string, f func(rune) bool) []string {
	a := make([]string, 0)
	start := -1 // start of the current field, -1 between fields
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a = append(a, s[start:])
	}
	return a
}

// Join concatenates the elements of elems, placing sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return string(b)
}

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Map returns a copy of s with all its characters modified by mapping; a
// negative result drops the character. If nothing changes, s itself is
// returned.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i, c := range s {
		r := mapping(c)
		if !changed {
			if r == c {
				if c != utf8.RuneError {
					continue
				}
				// An encoded U+FFFD is unchanged; an invalid byte is not
				// (it becomes the encoded U+FFFD).
				if _, w := utf8.DecodeRuneInString(s[i:]); w != 1 {
					continue
				}
			}
			changed = true
			b = make([]byte, 0, len(s)+utf8.UTFMax)
			b = append(b, s[:i]...)
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// Repeat returns a new string consisting of count copies of s. It panics
// if count is negative or if the result would overflow.
func Repeat(s string, count int) string {
	switch count {
	case 0:
		return ""
	case 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > maxInt/count {
		panic("strings: Repeat output length overflow")
	}
	n := len(s) * count
	if n == 0 {
		return ""
	}
	// Double the filled prefix until it is long enough.
	b := make([]byte, n)
	filled := copy(b, s)
	for filled < n {
		filled += copy(b[filled:], b[:filled])
	}
	return string(b)
}

const maxInt = int(^uint(0) >> 1)

// isASCII reports whether s is pure ASCII and whether it contains an upper
// (hasUpper) or lower (hasLower) case ASCII letter.
func asciiInfo(s string) (isASCII, hasUpper, hasLower bool) {
	isASCII = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, hasUpper, hasLower
		}
		hasUpper = hasUpper || ('A' <= c && c <= 'Z')
		hasLower = hasLower || ('a' <= c && c <= 'z')
	}
	return
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	isASCII, _, hasLower := asciiInfo(s)
	if isASCII {
		if !hasLower {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if 'a' <= c && c <= 'z' {
				b[i] = c - ('a' - 'A')
			}
		}
		return string(b)
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	isASCII, hasUpper, _ := asciiInfo(s)
	if isASCII {
		if !hasUpper {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + ('a' - 'A')
			}
		}
		return string(b)
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns s with all Unicode letters mapped to their Unicode title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 byte
// sequences replaced by replacement, which may be empty.
func ToValidUTF8(s, replacement string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // the previous byte was part of an invalid run
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			invalid = false
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 {
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
			i++
			continue
		}
		b = append(b, s[i:i+w]...)
		i += w
		invalid = false
	}
	return string(b)
}

// TrimLeftFunc returns s with all leading code points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s with all trailing code points c satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	} else {
		i++
	}
	return s[:i]
}

// TrimFunc returns s with all leading and trailing code points c
// satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// Trim returns s with all leading and trailing code points contained in
// cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRight(trimLeft(s, cutset), cutset)
}

// TrimLeft returns s with all leading code points contained in cutset
// removed. To remove a prefix, use TrimPrefix instead.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeft(s, cutset)
}

// TrimRight returns s with all trailing code points contained in cutset
// removed. To remove a suffix, use TrimSuffix instead.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRight(s, cutset)
}

func trimLeft(s, cutset string) string {
	for len(s) > 0 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[size:]
	}
	return s
}

func trimRight(s, cutset string) string {
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimSpace returns s with all leading and trailing white space removed,
// as defined by Unicode.
func TrimSpace(s string) string {
	start := 0
	for start < len(s) && s[start] < utf8.RuneSelf && isSpaceRune(rune(s[start])) {
		start++
	}
	end := len(s)
	for end > start && s[end-1] < utf8.RuneSelf && isSpaceRune(rune(s[end-1])) {
		end--
	}
	s = s[start:end]
	if start < end && (s[0] >= utf8.RuneSelf || s[len(s)-1] >= utf8.RuneSelf) {
		return TrimFunc(s, unicode.IsSpace)
	}
	return s
}

// TrimPrefix returns s without the provided leading prefix string; s
// unchanged if it doesn't start with prefix.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string; s
// unchanged if it doesn't end with suffix.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Replace returns a copy of s with the first n non-overlapping instances of
// old replaced by new (all of them if n < 0). An empty old matches at the
// beginning of the string and after each UTF-8 sequence.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0 // s[start:] is still to be copied
	for k := 0; k < n; k++ {
		j := start
		if len(old) == 0 {
			if k > 0 {
				_, w := utf8.DecodeRuneInString(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return string(b)
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old
// replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are
// equal under simple Unicode case-folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		if tr < utf8.RuneSelf {
			// Both ASCII: only an upper/lower pair of letters matches.
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk sr's fold orbit (ascending, wrapping around) up to tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return s == t
}

// Cut slices s around the first instance of sep, returning the text before
// and after sep. If sep does not appear in s, Cut returns s, "", false.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without the provided leading prefix string and
// reports whether it found the prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix string and reports
// whether it found the suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// isSeparator reports whether the rune could mark a word boundary for Title.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of the string s with all Unicode letters that begin
// words mapped to their Unicode title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle
// Unicode punctuation properly.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}
