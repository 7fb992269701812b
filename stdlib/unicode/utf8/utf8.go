// Package utf8 implements functions and constants to support text encoded
// in UTF-8. gomini: all Go, no natives.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

// Code points in the surrogate range are not valid for UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// Bounds of the code points encodable in 1, 2 and 3 bytes.
const (
	rune1Max = 1<<7 - 1
	rune2Max = 1<<11 - 1
	rune3Max = 1<<16 - 1
)

// Continuation bytes are 10xxxxxx.
const (
	tx    = 0x80
	maskx = 0x3F
)

// seqInfo describes a leading byte b: the length of the sequence it starts
// (0 for an invalid leading byte) and the accepted range of the second byte
// (narrower than 0x80..0xBF for E0, ED, F0 and F4, which excludes overlong
// forms, surrogates and code points above MaxRune).
func seqInfo(b byte) (size int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0 // continuation byte or overlong 2-byte lead
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// FullRune reports whether p begins with a full UTF-8 encoding of a rune.
// An invalid encoding is considered a full rune since it decodes as a
// width-1 error rune.
func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	size, lo, hi := seqInfo(s[0])
	if size <= 1 || n >= size {
		return true
	}
	// Too short: full only if an invalid byte makes it decode as an error now.
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && !isCont(s[2]) {
		return true
	}
	return false
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0); if the
// encoding is invalid it returns (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	b0 := p[0]
	sz, lo, hi := seqInfo(b0)
	if sz == 1 {
		return rune(b0), 1
	}
	if sz == 0 || n < sz {
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&maskx), 2
	}
	b2 := p[2]
	if !isCont(b2) {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&maskx)<<6 | rune(b2&maskx), 3
	}
	b3 := p[3]
	if !isCont(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&maskx)<<12 | rune(b2&maskx)<<6 | rune(b3&maskx), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	sz, lo, hi := seqInfo(b0)
	if sz == 1 {
		return rune(b0), 1
	}
	if sz == 0 || n < sz {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&maskx), 2
	}
	b2 := s[2]
	if !isCont(b2) {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&maskx)<<6 | rune(b2&maskx), 3
	}
	b3 := s[3]
	if !isCont(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&maskx)<<12 | rune(b2&maskx)<<6 | rune(b3&maskx), 4
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes. If p is empty it returns (RuneError, 0); if the
// encoding is invalid it returns (RuneError, 1).
func DecodeLastRune(p []byte) (r rune, size int) {
	return DecodeLastRuneInString(string(p))
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	// Walk back over at most UTFMax bytes to the start of the last rune.
	start := end - 1
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if !isCont(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes needed to encode r, or -1 if r is not
// a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= rune1Max:
		return 1
	case r <= rune2Max:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= rune3Max:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p (which must be large
// enough) and returns the number of bytes written. Invalid runes are
// encoded as RuneError.
func EncodeRune(p []byte, r rune) int {
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = tx | byte(r)&maskx
		return 2
	case 4:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = tx | byte(r>>12)&maskx
		p[2] = tx | byte(r>>6)&maskx
		p[3] = tx | byte(r)&maskx
		return 4
	default:
		if n < 0 {
			r = RuneError
		}
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = tx | byte(r>>6)&maskx
		p[2] = tx | byte(r)&maskx
		return 3
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns
// the extended buffer. Invalid runes are appended as RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= rune1Max {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p. Erroneous and short encodings
// count as single runes of width 1 byte.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points
// that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
