// stringer_and_errors.go — how fmt prints values with String and Error methods.
//
// fmt calls String() (from fmt.Stringer) or Error() (from error; it wins if both exist)
// whenever it prints a value with %v or %s, also inside slices, maps and struct fields.
// %d and %#v print the underlying value instead.
package main

import (
	"errors"
	"fmt"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Entry struct {
	Lvl Level
	Msg string
}

func lookup(name string) error {
	if name != "root" {
		return &NotFound{name}
	}
	return nil
}

func main() {
	fmt.Println(Info, Warn, Level(9))
	fmt.Printf("%v %s %d %#v\n", Warn, Warn, Warn, Warn)
	fmt.Println([]Level{Debug, Warn})
	fmt.Printf("%v %+v\n", Entry{Info, "started"}, Entry{Warn, "disk low"})
	fmt.Println(map[Level]int{Warn: 2, Debug: 5})

	err := lookup("config")
	fmt.Println("error:", err)
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	wrapped := fmt.Errorf("startup: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	fmt.Println(lookup("root") == nil)
}

// Output:
// INFO WARN Level(9)
// WARN WARN 2 2
// [DEBUG WARN]
// {INFO started} {Lvl:WARN Msg:disk low}
// map[DEBUG:5 WARN:2]
// error: config not found
// true config
// startup: config not found true
// true
