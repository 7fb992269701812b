// Locations: UTC, Local (through the native localZone) and fixed zones.

package time

import "errors"

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	local  bool   // ask the host's local time zone (localZone)
	zone   string // fixed zone abbreviation
	offset int    // fixed offset, seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", local: true}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone.
var Local *Location = &localLoc

// localZone returns the abbreviated name and the offset in seconds east of
// UTC of the host's local time zone at the given Unix time.
func localZone(unix int64) (name string, offset int)

// lookup returns the zone name and offset in effect at the Unix time sec.
func (l *Location) lookup(sec int64) (name string, offset int) {
	if l == nil {
		return "UTC", 0
	}
	if l.local {
		return localZone(sec)
	}
	return l.zone, l.offset
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" or "UTC" for
// UTC, "Local" for Local. gomini has no time zone database: other names
// are reported as unknown.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}
