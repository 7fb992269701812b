// The Time type: an instant with nanosecond precision, an optional
// monotonic clock reading, and a Location for display.
//
// Representation: sec counts seconds since January 1, year 1, 00:00:00 UTC
// (so the zero Time is that instant, as in Go), nsec is in [0, 1e9). When
// hasMono is set, mono is the monotonic clock reading in nanoseconds since
// the process started; comparisons and subtractions between two Times that
// both have one use it, as Go does.
//
// Calendar arithmetic counts days since January 1, year 1 (proleptic
// Gregorian calendar) with floor division, so years before 1 work too.

package time

import "math/bits"

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

// itoa formats a signed decimal.
func itoa(x int) string {
	if x < 0 {
		return "-" + string(appendUint(nil, uint64(-x)))
	}
	return string(appendUint(nil, uint64(x)))
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay
	daysPer400Years  = 365*400 + 97

	// Seconds from January 1, year 1 to January 1, 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// A Time represents an instant in time with nanosecond precision. The zero
// value is January 1, year 1, 00:00:00.000000000 UTC. Use Equal, not ==,
// to compare instants.
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec    int32 // nanoseconds within the second, [0, 999999999]
	hasMono bool  // mono is valid
	mono    int64 // monotonic reading, ns since process start
	loc     *Location
}

// now returns the current wall clock time (Unix seconds and nanoseconds).
func now() (sec int64, nsec int32)

// runtimeNano returns the current value of the runtime's monotonic clock
// in nanoseconds.
func runtimeNano() int64

// startNano is the monotonic clock at package initialisation, minus one,
// so that monotonic readings are positive.
var startNano = runtimeNano() - 1

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec := now()
	mono := runtimeNano() - startNano
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: mono, loc: Local}
}

// Since returns the time elapsed since t. It is shorthand for
// time.Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC. nsec may be
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// stripMono drops the monotonic clock reading.
func (t *Time) stripMono() {
	t.hasMono = false
	t.mono = 0
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare compares the time instant t with u: -1 if t is before u, 0 if
// they are the same instant, +1 if t is after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.hasMono && u.hasMono {
		tc, uc = t.mono, u.mono
	} else {
		tc, uc = t.sec, u.sec
		if tc == uc {
			tc, uc = int64(t.nsec), int64(u.nsec)
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant, even if
// they are in different locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// IsZero reports whether t represents the zero time instant, January 1,
// year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec == 0 && t.nsec == 0
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.stripMono() // the monotonic reading overflowed
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub returns the duration t-u, saturated to the minimum or maximum
// Duration if it does not fit.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 {
	return t.sec + internalToUnix
}

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 {
	return (t.sec+internalToUnix)*1e3 + int64(t.nsec)/1e6
}

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 {
	return (t.sec+internalToUnix)*1e6 + int64(t.nsec)/1e3
}

// UnixNano returns t as a Unix time in nanoseconds. The result is
// undefined if it does not fit in an int64 (dates before 1678 or after 2262).
func (t Time) UnixNano() int64 {
	return (t.sec+internalToUnix)*1e9 + int64(t.nsec)
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the
// abbreviated name of the zone (such as "CET") and its offset in seconds
// east of UTC.
func (t Time) Zone() (name string, offset int) {
	return t.Location().lookup(t.sec + internalToUnix)
}

// In returns a copy of t representing the same instant, with the location
// set to loc for display purposes. In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.loc = UTC
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.loc = Local
	return t
}

// clockSec returns the seconds since January 1, year 1 on the clock of t's
// location (UTC seconds plus the zone offset).
func (t Time) clockSec() int64 {
	_, offset := t.Zone()
	return t.sec + int64(offset)
}

// floorDiv returns the floor of a/b and the non-negative remainder (b > 0).
func floorDiv(a, b int64) (q, r int64) {
	q = a / b
	r = a % b
	if r < 0 {
		q--
		r += b
	}
	return
}

// civil converts days since January 1, year 1 into a calendar date.
// Years run March to February internally, so that the leap day is the last
// day of the internal year; eras are 400-year cycles.
func civil(days int64) (year int, month Month, day int) {
	z := days + 306 // days since March 1, year 0
	era, doe := floorDiv(z, daysPer400Years)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of era [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the March-based year [0, 365]
	mp := (5*doy + 2) / 153                                // March-based month [0, 11]
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysSinceEpoch returns the number of days from January 1, year 1 to the
// given date (month in 1..12, day in 1..31; day may overflow the month).
func daysSinceEpoch(year int, month Month, day int) int64 {
	y := int64(year)
	m := int64(month)
	if m <= 2 {
		y--
		m += 12
	}
	era, yoe := floorDiv(y, 400)
	doy := (153*(m-3)+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*daysPer400Years + doe - 306
}

// isLeap reports whether year is a leap year.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// date returns the calendar fields of t in its location.
func (t Time) date() (year int, month Month, day int, yday int) {
	days, _ := floorDiv(t.clockSec(), secondsPerDay)
	year, month, day = civil(days)
	yday = int(days-daysSinceEpoch(year, January, 1)) + 1
	return
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = t.date()
	return
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	year, _, _, _ := t.date()
	return year
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, month, _, _ := t.date()
	return month
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, day, _ := t.date()
	return day
}

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	_, _, _, yday := t.date()
	return yday
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := floorDiv(t.clockSec(), secondsPerDay)
	// January 1, year 1 was a Monday.
	_, wd := floorDiv(days+1, 7)
	return Weekday(wd)
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53.
func (t Time) ISOWeek() (year, week int) {
	// The ISO week containing t is the one containing its Thursday.
	days, _ := floorDiv(t.clockSec(), secondsPerDay)
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	thursday := days + int64(3-wd)
	y, _, _ := civil(thursday)
	yday := int(thursday - daysSinceEpoch(y, January, 1))
	return y, yday/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := floorDiv(t.clockSec(), secondsPerDay)
	hour = int(s / secondsPerHour)
	min = int(s % secondsPerHour / secondsPerMinute)
	sec = int(s % secondsPerMinute)
	return
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the
// range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in the
// range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// norm returns nhi, nlo such that hi*base + lo == nhi*base + nlo and
// 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in the appropriate zone for that time in the given location.
// Values outside their usual ranges are normalized (October 32 is
// November 1). Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysSinceEpoch(year, month, 1) + int64(day) - 1
	clock := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)

	// clock is on the wall clock of loc: find the offset in effect at the
	// corresponding instant.
	unix := clock + internalToUnix
	_, offset := loc.lookup(unix)
	if offset != 0 {
		if _, offset2 := loc.lookup(unix - int64(offset)); offset2 != offset {
			offset = offset2
		}
	}
	return Time{sec: clock - int64(offset), nsec: int32(nsec), loc: loc}
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t, normalized as by Date.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// remainder returns t modulo d, counting from the zero Time (d > 0).
func (t Time) remainder(d Duration) Duration {
	sec, nsec := t.sec, int64(t.nsec)
	neg := sec < 0
	if neg {
		// Work on the absolute value.
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	var r Duration
	switch {
	case d < Second && Second%(d+d) == 0:
		r = Duration(nsec % int64(d))
	case d%Second == 0:
		r = Duration(sec%int64(d/Second))*Second + Duration(nsec)
	default:
		hi, lo := bits.Mul64(uint64(sec), 1e9)
		var carry uint64
		lo, carry = bits.Add64(lo, uint64(nsec), 0)
		hi += carry
		r = Duration(bits.Rem64(hi, lo, uint64(d)))
	}
	if neg && r != 0 {
		r = d - r
	}
	return r
}

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time), without the monotonic reading. If d <= 0, Truncate
// returns t stripped of any monotonic clock reading but otherwise unchanged.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.remainder(d))
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time), halfway values rounding up, without the monotonic
// reading. If d <= 0, Round returns t stripped of any monotonic clock
// reading but otherwise unchanged.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.remainder(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
