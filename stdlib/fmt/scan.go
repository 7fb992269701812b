// Scanning: Scan, Scanln, Scanf and their Fscan* and Sscan* forms.
//
// gomini: written in Go over the same model as Go's fmt scanner, without
// reflect. A scan runs over an io.RuneScanner (the reader itself when it is
// one, otherwise a byteRuneReader that reads one byte per Read call and
// keeps one rune of push-back, so nothing beyond what the scan consumed is
// taken from the reader; Sscan* read their string directly). Errors travel
// as panics of scanFail values (and io.EOF for end of input before an
// operand) up to the recover in doScan/doScanf, which returns them; any
// other panic goes on.
//
// Operands are matched by a type switch over the pointer types Go scans
// without reflection (*bool, *intN, *uintN, *uintptr, *floatN, *complexN,
// *string, *[]byte) and the Scanner interface. Pointers to other types,
// including named types whose underlying type is one of those (Go handles
// those through reflect), fail with "can't scan type: *T".
//
// Invariants: count is the number of runes taken from the input during
// this call (UnreadRune gives one back); a read never goes past argLimit
// runes (the %5d width) and, for Scanln, never past the first newline.

package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState represents the scanner state passed to custom scanners.
// Scanners may do rune-at-a-time scanning or ask the ScanState
// to discover the next space-delimited token.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	// If invoked during Scanln, Fscanln, or Sscanln, ReadRune() will
	// return EOF after returning the first '\n' or when reading beyond
	// the specified width.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input. Newlines are treated appropriately
	// for the operation being performed.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns the
	// run of Unicode code points c satisfying f(c). If f is nil,
	// !unicode.IsSpace(c) is used. The returned slice points to shared data
	// that may be overwritten by the next call to Token.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	// The unit is Unicode code points.
	Width() (wid int, ok bool)
	// Read is present so that ScanState satisfies io.Reader; scanners
	// must use ReadRune instead.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in the
// receiver, which must be a pointer to be useful. The Scan method is called
// for any argument to Scan, Scanf, or Scanln that implements it.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count
// as space. It returns the number of items successfully scanned.
// If that is less than the number of arguments, err will report why.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is similar to Scan, but stops scanning at a newline and
// after the final item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf scans text read from standard input, storing successive
// space-separated values into successive arguments as determined by
// the format. It returns the number of items successfully scanned.
// Newlines in the input must match newlines in the format.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// Sscan scans the argument string, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return newScanner(&stringRuneReader{s: str, last: -1}, true, false).doScan(a)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and
// after the final item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return newScanner(&stringRuneReader{s: str, last: -1}, false, true).doScan(a)
}

// Sscanf scans the argument string, storing successive space-separated
// values into successive arguments as determined by the format.
// Newlines in the input must match newlines in the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScanner(&stringRuneReader{s: str, last: -1}, false, false).doScanf(format, a)
}

// Fscan scans text read from r, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(runeSource(r), true, false).doScan(a)
}

// Fscanln is similar to Fscan, but stops scanning at a newline and
// after the final item there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(runeSource(r), false, true).doScan(a)
}

// Fscanf scans text read from r, storing successive space-separated
// values into successive arguments as determined by the format.
// Newlines in the input must match newlines in the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(runeSource(r), false, false).doScanf(format, a)
}

// runeSource returns r itself if it can read and unread runes, otherwise a
// rune reader over it that never reads ahead.
func runeSource(r io.Reader) io.RuneScanner {
	if rs, ok := r.(io.RuneScanner); ok {
		return rs
	}
	return &byteRuneReader{r: r}
}

// stringRuneReader reads the runes of a string; one rune can be unread.
type stringRuneReader struct {
	s    string
	pos  int
	last int // start of the last rune read (kept across EOF), -1 if none can be unread
}

func (r *stringRuneReader) ReadRune() (rune, int, error) {
	if r.pos >= len(r.s) {
		return 0, 0, io.EOF
	}
	r.last = r.pos
	if c := r.s[r.pos]; c < utf8.RuneSelf {
		r.pos++
		return rune(c), 1, nil
	}
	c, size := utf8.DecodeRuneInString(r.s[r.pos:])
	r.pos += size
	return c, size, nil
}

func (r *stringRuneReader) UnreadRune() error {
	if r.last < 0 {
		return errNoUnread
	}
	r.pos = r.last
	r.last = -1
	return nil
}

var errNoUnread = errors.New("fmt: scanning called UnreadRune with no rune available")

// byteRuneReader decodes UTF-8 from a plain io.Reader, reading one byte at
// a time. Bytes read past an invalid sequence wait in pend for the next
// ReadRune.
type byteRuneReader struct {
	r       io.Reader
	one     [1]byte
	pend    [utf8.UTFMax]byte
	npend   int
	back    rune // the last rune read, which UnreadRune gives back
	hasLast bool // back can be unread (an EOF read keeps the rune before it)
	unread  bool // back is waiting to be read again
}

// nextByte takes a byte left over from an invalid sequence, or reads one.
func (r *byteRuneReader) nextByte() (byte, error) {
	if r.npend > 0 {
		b := r.pend[0]
		copy(r.pend[:], r.pend[1:r.npend])
		r.npend--
		return b, nil
	}
	n, err := io.ReadFull(r.r, r.one[:])
	if n != 1 {
		return 0, err
	}
	return r.one[0], nil
}

func (r *byteRuneReader) ReadRune() (rune, int, error) {
	if r.unread {
		r.unread = false
		r.hasLast = true
		return r.back, utf8.RuneLen(r.back), nil
	}
	b0, err := r.nextByte()
	if err != nil {
		return 0, 0, err
	}
	if b0 < utf8.RuneSelf {
		r.back, r.hasLast = rune(b0), true
		return rune(b0), 1, nil
	}
	var seq [utf8.UTFMax]byte
	seq[0] = b0
	n := 1
	for n < utf8.UTFMax && !utf8.FullRune(seq[:n]) {
		b, err := r.nextByte()
		if err != nil {
			if err != io.EOF {
				r.hasLast = false
				return 0, 0, err
			}
			break
		}
		seq[n] = b
		n++
	}
	c, size := utf8.DecodeRune(seq[:n])
	for i := size; i < n; i++ {
		r.pend[r.npend] = seq[i]
		r.npend++
	}
	r.back, r.hasLast = c, true
	return c, size, nil
}

func (r *byteRuneReader) UnreadRune() error {
	if !r.hasLast {
		return errNoUnread
	}
	r.hasLast = false
	r.unread = true
	return nil
}

// scanFail carries a scanning error in a panic up to doScan/doScanf.
type scanFail struct {
	err error
}

const (
	eof     = -1
	hugeWid = 1 << 30

	intBits     = 32 << (^uint(0) >> 63)
	uintptrBits = 32 << (^uintptr(0) >> 63)

	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
	floatVerbs        = "beEfFgGv"
)

var (
	complexError = errors.New("syntax error scanning complex number")
	boolError    = errors.New("syntax error scanning boolean")
)

// ss is the scanner: the ScanState handed to Scan methods.
type ss struct {
	rs        io.RuneScanner
	buf       []byte // the token being collected
	count     int    // runes consumed in this call
	atEOF     bool   // the input (or Scanln's line) ended
	nlIsEnd   bool   // a newline ends the input (Scanln)
	nlIsSpace bool   // a newline is ordinary space (Scan)
	argLimit  int    // count may not pass this for the current operand
	limit     int    // count may not pass this at all
	maxWid    int    // the current operand's width, hugeWid if none
}

func newScanner(rs io.RuneScanner, nlIsSpace, nlIsEnd bool) *ss {
	return &ss{
		rs:        rs,
		nlIsSpace: nlIsSpace,
		nlIsEnd:   nlIsEnd,
		argLimit:  hugeWid,
		limit:     hugeWid,
		maxWid:    hugeWid,
	}
}

// Read is never used by the scanner; ScanState has it to be an io.Reader.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// getRune reads a rune, eof at the end of the input; other read errors
// abort the scan.
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.fail(err)
	}
	return r
}

// mustReadRune is getRune where the end of input is io.ErrUnexpectedEOF.
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) fail(err error) {
	panic(scanFail{err})
}

func (s *ss) failText(text string) {
	panic(scanFail{errors.New(text)})
}

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			sf, ok := e.(scanFail)
			if !ok {
				panic(e)
			}
			err = sf.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// isSpace reports whether r is Unicode white space (unicode.White_Space).
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r == ' ', r == 0x85, r == 0xa0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

// SkipSpace skips white space; a newline is space for Scan, ends the scan
// at this point for Scanln and Scanf ("unexpected newline"). A "\r\n" is
// a newline.
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failText("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// token appends to s.buf the run of runes satisfying f, after skipping
// space if asked.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads a rune and reports whether it is one of ok; with accept
// set it appends a matching rune to the token and gives back one that
// does not match.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// accept takes the next rune into the token if it is one of ok.
func (s *ss) accept(ok string) bool {
	return s.consume(ok, true)
}

// peek reports whether the next rune is one of ok, leaving it unread.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF panics with io.EOF if the input has ended.
func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// okVerb fails the scan unless verb is one of okVerbs.
func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) >= 0 {
		return true
	}
	s.failText("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	// Case-insensitive; a word that starts like true/false must be spelled out.
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.fail(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.fail(boolError)
		}
		return false
	}
	return false
}

// getBase returns the base and digit set of an integer verb.
func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanNumber collects a run of digits; at least one is required unless
// haveDigits (a leading 0 was already taken).
func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.failText("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune reads one rune (%c), which must fit in bitSize bits.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	if (int64(r)<<(64-n))>>(64-n) != int64(r) {
		s.failText("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix reads the base prefix %v allows (0b, 0o, 0x, or a 0
// for octal). The returned base is 0: strconv reads the prefix itself.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// scanInt reads a signed integer that must fit in bitSize bits.
func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failText("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bitSize)
	if (i<<(64-n))>>(64-n) != i {
		s.failText("integer overflow on token " + tok)
	}
	return i
}

// scanUint reads an unsigned integer that must fit in bitSize bits.
func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failText("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bitSize)
	if (i<<(64-n))>>(64-n) != i {
		s.failText("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken collects the text of a floating-point number loosely (NaN,
// Inf, decimal or 0x mantissa, exponent); ParseFloat judges the syntax.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

// complexTokens returns the texts of the parts of a complex number
// written (N+Ni), parentheses optional, without spaces.
func (s *ss) complexTokens() (real, imag string) {
	parens := s.accept("(")
	real = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.fail(complexError)
	}
	imagSign := string(s.buf)
	imag = s.floatToken()
	if !s.accept("i") {
		s.fail(complexError)
	}
	if parens && !s.accept(")") {
		s.fail(complexError)
	}
	return real, imagSign + imag
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// convertFloat parses str with bitSize n bits; a decimal mantissa with a
// binary exponent (1.5p3) is accepted too.
func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.fail(err)
	}
	return f
}

// scanComplex reads a complex number of n bits.
func (s *ss) scanComplex(verb rune, n int) complex128 {
	if !s.okVerb(verb, floatVerbs, "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	sreal, simag := s.complexTokens()
	re := s.convertFloat(sreal, n/2)
	im := s.convertFloat(simag, n/2)
	return complex(re, im)
}

// convertString reads a string operand: a word for %s and %v, a Go quoted
// string for %q, hex pairs for %x.
func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads a back-quoted or double-quoted Go string literal.
func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// Only the rune right after a backslash can be a quote or
				// backslash that does not end or start an escape.
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failText("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case d >= '0' && d <= '9':
		return int(d - '0'), true
	case d >= 'a' && d <= 'f':
		return int(d-'a') + 10, true
	case d >= 'A' && d <= 'F':
		return int(d-'A') + 10, true
	}
	return -1, false
}

// hexByte reads two hex digits; ok is false (nothing consumed) if the next
// rune is not a hex digit.
func (s *ss) hexByte() (b byte, ok bool) {
	r1 := s.getRune()
	if r1 == eof {
		return 0, false
	}
	hi, ok := hexDigit(r1)
	if !ok {
		s.UnreadRune()
		return 0, false
	}
	lo, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.failText("illegal hex digit")
		return 0, false
	}
	return byte(hi<<4 | lo), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.failText("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

// scanPercent reads the literal % of a %% in a format.
func (s *ss) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.failText("missing literal %")
	}
}

// scanOne scans one operand with the verb.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *int:
		*v = int(s.scanInt(verb, intBits))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, intBits))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, uintptrBits))
	case *float32:
		// Parsed at float32 precision so that range errors are float32's.
		if s.okVerb(verb, floatVerbs, "float32") {
			s.SkipSpace()
			s.notEOF()
			*v = float32(s.convertFloat(s.floatToken(), 32))
		}
	case *float64:
		if s.okVerb(verb, floatVerbs, "float64") {
			s.SkipSpace()
			s.notEOF()
			*v = s.convertFloat(s.floatToken(), 64)
		}
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		typ := Sprintf("%T", arg)
		if arg == nil {
			panic(errors.New("reflect: call of reflect.Value.Type on zero Value"))
		}
		if typ == "" || typ[0] != '*' {
			s.failText("type not a pointer: " + typ)
		}
		s.failText("can't scan type: " + typ)
	}
}

// recoverScan turns a scan failure (or io.EOF) panic into *errp.
func recoverScan(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	if sf, ok := e.(scanFail); ok {
		*errp = sf.err
		return
	}
	if err, ok := e.(error); ok && err == io.EOF {
		*errp = err
		return
	}
	panic(e)
}

// doScan scans the operands with %v; for Scanln the line must then end.
func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer recoverScan(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.failText("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the input against the format's text up to its next
// verb and returns how many bytes of format it consumed: 0 when format
// starts with a verb (or the input ended), negative when a literal did
// not match. Runs of spaces match runs of spaces (a lone format space
// needs at least one input space, or the end); newlines must match
// newlines; %% matches a percent sign.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])

		if isSpace(fc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fc) && i < len(format) {
				if fc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				ic := s.getRune()
				for isSpace(ic) && ic != '\n' {
					ic = s.getRune()
				}
				if ic != '\n' && ic != eof {
					s.failText("newline in format does not match input")
				}
			}
			if trailingSpace {
				ic := s.getRune()
				if newlines == 0 {
					if !isSpace(ic) && ic != eof {
						s.failText("expected space in input to match format")
					}
					if ic == '\n' {
						s.failText("newline in input does not match format")
					}
				}
				for isSpace(ic) && ic != '\n' {
					ic = s.getRune()
				}
				if ic != eof {
					s.UnreadRune()
				}
			}
			continue
		}

		if fc == '%' {
			if i+w == len(format) {
				s.failText("missing verb: % at end of format string")
			}
			next, _ := utf8.DecodeRuneInString(format[i+w:])
			if next != '%' {
				return
			}
			i += w // a %% is matched as the literal second %
		}

		ic := s.mustReadRune()
		if ic != fc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// parseWidth reads the decimal width at format[start:end]; an absurdly
// long one counts as absent (and skips to end), like the printer's.
func parseWidth(format string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && format[newi] >= '0' && format[newi] <= '9'; newi++ {
		if num > 1e6 || num < -1e6 {
			return 0, false, end
		}
		num = num*10 + int(format[newi]-'0')
		isnum = true
	}
	return
}

// doScanf scans the operands as the format directs.
func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer recoverScan(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.failText("input does not match format")
			}
			// The input ended: too many operands, reported below.
			break
		}
		i++

		var widPresent bool
		s.maxWid, widPresent, i = parseWidth(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}

		c, w := utf8.DecodeRuneInString(format[i:])
		i += w

		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.scanPercent()
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}

		if numProcessed >= len(a) {
			s.failText("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.failText("too many operands")
	}
	return
}
