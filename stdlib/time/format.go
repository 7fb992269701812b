// Formatting of times by example layouts ("Mon Jan 2 15:04:05 MST 2006").
// The layout is scanned for the standard chunks below, in the same order
// and with the same disambiguation rules as Go's nextStdChunk; everything
// else is copied literally.

package time

// Predefined layouts for use in Time.Format.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// The standard chunks.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".0", ".00", ... (trailing zeros kept)
	stdFracSecond9 // ".9", ".99", ... (trailing zeros dropped)
)

// chunk is a standard chunk found in a layout; for fractional seconds,
// digits is the number of digits and sep the separator ('.' or ',').
type chunk struct {
	std    int
	digits int
	sep    byte
}

// startsWithLowerCase reports whether the string has a lower-case letter
// at the beginning ("Janet" does not contain "Jan").
func startsWithLowerCase(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// hasAt reports whether s[i:] starts with p.
func hasAt(s string, i int, p string) bool {
	return len(s) >= i+len(p) && s[i:i+len(p)] == p
}

// nextStdChunk finds the first standard chunk in layout and returns the
// literal text before it, the chunk, and the text after it.
func nextStdChunk(layout string) (prefix string, c chunk, suffix string) {
	for i := 0; i < len(layout); i++ {
		std, n := stdNone, 0 // chunk and its length in the layout
		switch layout[i] {
		case 'J': // January, Jan
			if hasAt(layout, i, "Jan") {
				if hasAt(layout, i, "January") {
					std, n = stdLongMonth, 7
				} else if !startsWithLowerCase(layout[i+3:]) {
					std, n = stdMonth, 3
				}
			}
		case 'M': // Monday, Mon, MST
			if hasAt(layout, i, "Mon") {
				if hasAt(layout, i, "Monday") {
					std, n = stdLongWeekDay, 6
				} else if !startsWithLowerCase(layout[i+3:]) {
					std, n = stdWeekDay, 3
				}
			}
			if std == stdNone && hasAt(layout, i, "MST") {
				std, n = stdTZ, 3
			}
		case '0': // 01, 02, 03, 04, 05, 06, 002
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				std = []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[layout[i+1]-'1']
				n = 2
			} else if hasAt(layout, i, "002") {
				std, n = stdZeroYearDay, 3
			}
		case '1': // 15, 1
			if hasAt(layout, i, "15") {
				std, n = stdHour, 2
			} else {
				std, n = stdNumMonth, 1
			}
		case '2': // 2006, 2
			if hasAt(layout, i, "2006") {
				std, n = stdLongYear, 4
			} else {
				std, n = stdDay, 1
			}
		case '_': // _2, _2006, __2
			if hasAt(layout, i, "_2") {
				if hasAt(layout, i, "_2006") {
					// A literal _ followed by the long year.
					return layout[:i+1], chunk{std: stdLongYear}, layout[i+5:]
				}
				std, n = stdUnderDay, 2
			} else if hasAt(layout, i, "__2") {
				std, n = stdUnderYearDay, 3
			}
		case '3':
			std, n = stdHour12, 1
		case '4':
			std, n = stdMinute, 1
		case '5':
			std, n = stdSecond, 1
		case 'P': // PM
			if hasAt(layout, i, "PM") {
				std, n = stdPM, 2
			}
		case 'p': // pm
			if hasAt(layout, i, "pm") {
				std, n = stdpm, 2
			}
		case '-': // -070000, -07:00:00, -0700, -07:00, -07
			switch {
			case hasAt(layout, i, "-070000"):
				std, n = stdNumSecondsTz, 7
			case hasAt(layout, i, "-07:00:00"):
				std, n = stdNumColonSecondsTZ, 9
			case hasAt(layout, i, "-0700"):
				std, n = stdNumTZ, 5
			case hasAt(layout, i, "-07:00"):
				std, n = stdNumColonTZ, 6
			case hasAt(layout, i, "-07"):
				std, n = stdNumShortTZ, 3
			}
		case 'Z': // Z070000, Z07:00:00, Z0700, Z07:00, Z07
			switch {
			case hasAt(layout, i, "Z070000"):
				std, n = stdISO8601SecondsTZ, 7
			case hasAt(layout, i, "Z07:00:00"):
				std, n = stdISO8601ColonSecondsTZ, 9
			case hasAt(layout, i, "Z0700"):
				std, n = stdISO8601TZ, 5
			case hasAt(layout, i, "Z07:00"):
				std, n = stdISO8601ColonTZ, 6
			case hasAt(layout, i, "Z07"):
				std, n = stdISO8601ShortTZ, 3
			}
		case '.', ',': // .000, .999, ,000, ,999: fractional seconds
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				// Only if the run of digits ends here.
				if !isDigitAt(layout, j) {
					c := chunk{std: stdFracSecond0, digits: j - (i + 1), sep: layout[i]}
					if ch == '9' {
						c.std = stdFracSecond9
					}
					return layout[:i], c, layout[j:]
				}
			}
		}
		if std != stdNone {
			return layout[:i], chunk{std: std}, layout[i+n:]
		}
	}
	return layout, chunk{}, ""
}

// appendInt appends the decimal representation of x, zero-padded to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	digits := appendUint(nil, u)
	for w := len(digits); w < width; w++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// appendNano appends the fractional second nanosec as the chunk c asks.
func appendNano(b []byte, nanosec int, c chunk) []byte {
	trim := c.std == stdFracSecond9
	n := c.digits
	if trim && (n == 0 || nanosec == 0) {
		return b
	}
	b = append(b, c.sep)
	b = appendInt(b, nanosec, 9)
	if n < 9 {
		b = b[:len(b)-9+n]
	}
	if trim {
		for len(b) > 0 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] == c.sep {
			b = b[:len(b)-1]
		}
	}
	return b
}

// String returns the time formatted using the format string
// "2006-01-02 15:04:05.999999999 -0700 MST", followed by the monotonic
// clock reading as " m=±<value>" if t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m = -m
		}
		b := []byte(" m=")
		b = append(b, sign)
		b = appendUint(b, m/1e9)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
		s += string(b)
	}
	return s
}

// GoString implements fmt.GoStringer: time.Date(...) syntax.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = appendInt(b, int(month), 0)
	}
	for _, v := range []int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); {
	case loc == UTC:
		b = append(b, "time.UTC"...)
	case loc == Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// Format returns a textual representation of the time value formatted
// according to the layout, which shows by example how the reference time
// "Mon Jan 2 15:04:05 -0700 MST 2006" would be displayed.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.Zone()
	year, month, day, yday := t.date()
	hour, min, sec := t.Clock()
	for layout != "" {
		prefix, c, suffix := nextStdChunk(layout)
		b = append(b, prefix...)
		if c.std == stdNone {
			break
		}
		layout = suffix
		switch c.std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			if c.std == stdHour12 {
				b = appendInt(b, hr, 0)
			} else {
				b = appendInt(b, hr, 2)
			}
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			b = appendOffset(b, c.std, offset)
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			// No zone name: use the -0700 form.
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendNano(b, int(t.nsec), c)
		}
	}
	return b
}

// appendOffset appends a numeric zone offset in the form chunk std asks;
// the ISO 8601 ("Z") forms print Z for UTC.
func appendOffset(b []byte, std int, offset int) []byte {
	iso := std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ ||
		std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ
	if offset == 0 && iso {
		return append(b, 'Z')
	}
	zone := offset / 60 // minutes
	abs := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		abs = -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	colon := std == stdISO8601ColonTZ || std == stdNumColonTZ ||
		std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ
	if colon {
		b = append(b, ':')
	}
	if std != stdNumShortTZ && std != stdISO8601ShortTZ {
		b = appendInt(b, zone%60, 2)
	}
	if std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}
