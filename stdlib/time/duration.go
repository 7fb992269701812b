// Package time provides functionality for measuring and displaying time.
//
// gomini: Go code over a few natives: now (wall clock), runtimeNano
// (monotonic clock), localZone (the local time zone's name and offset at
// an instant), Sleep, and the runtime timer operations (startTimer,
// stopTimer, resetTimer, modTimer) behind Timer and Ticker, which follow
// Go's runtimeTimer protocol. Not provided: Parse, time zone databases
// (LoadLocation knows only "", "UTC" and "Local"), marshalling.
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count. The representation limits the largest representable
// duration to approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. Durations less than one second use a
// smaller unit (milli-, micro-, or nanoseconds) so that the leading digit
// is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var b []byte
	if u < uint64(Second) {
		// Below a second: one unit with a fraction, like 1.2ms.
		var unit string
		prec := 0
		switch {
		case u < uint64(Microsecond):
			unit = "ns"
		case u < uint64(Millisecond):
			unit, prec = "µs", 3
		default:
			unit, prec = "ms", 6
		}
		b = appendDecimal(b, u, prec)
		b = append(b, unit...)
	} else {
		// h, m and s with a fraction of seconds, omitting leading zero units.
		secs := u / uint64(Second)
		frac := u % uint64(Second)
		h := secs / 3600
		m := secs / 60 % 60
		s := secs % 60
		if h > 0 {
			b = appendUint(b, h)
			b = append(b, 'h')
		}
		if h > 0 || m > 0 {
			b = appendUint(b, m)
			b = append(b, 'm')
		}
		b = appendDecimal(b, s*uint64(Second)+frac, 9)
		b = append(b, 's')
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// appendUint appends the decimal digits of v.
func appendUint(b []byte, v uint64) []byte {
	var a [20]byte
	i := len(a)
	for {
		i--
		a[i] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, a[i:]...)
}

// appendDecimal appends v / 10**prec with its fraction, omitting trailing
// zeros of the fraction (and the point if the fraction is zero).
func appendDecimal(b []byte, v uint64, prec int) []byte {
	var pow uint64 = 1
	for i := 0; i < prec; i++ {
		pow *= 10
	}
	b = appendUint(b, v/pow)
	frac := v % pow
	if frac == 0 {
		return b
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte(frac%10) + '0'
		frac /= 10
	}
	n := prec
	for digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
// If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y but avoids overflow, assuming x and
// y are both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m,
// halfway values away from zero. If the result exceeds the maximum (or
// minimum) value that can be stored in a Duration, Round returns the
// maximum (or minimum) duration. If m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d. As a special case, math.MinInt64 is
// converted to math.MaxInt64.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// quote is a minimal strconv.Quote for error messages: non-ASCII and
// control bytes are shown as \x escapes.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, rem, errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, rem, errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* from s, as the digits after a
// decimal point: x / scale is their value. Digits that would overflow are
// ignored.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// unitNanos returns the length of a duration unit in nanoseconds.
func unitNanos(u string) (uint64, bool) {
	switch u {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "µs", "μs": // U+00B5 micro sign, U+03BC Greek mu
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

// ParseDuration parses a duration string: a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix, such as
// "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"),
// "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	var d uint64
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		// [0-9]*
		n := len(s)
		v, rest, err := leadingInt(s)
		if err != nil {
			return 0, invalid
		}
		s = rest
		pre := n != len(s)
		// (\.[0-9]*)?
		var f uint64
		scale := 1.0
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n := len(s)
			f, scale, s = leadingFraction(s)
			post = n != len(s)
		}
		if !pre && !post {
			return 0, invalid // no digits at all, like "."
		}
		// The unit: everything up to the next number.
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitNanos(u)
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			// float64 keeps nanosecond accuracy for fractions of hours.
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}
