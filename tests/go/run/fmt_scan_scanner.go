package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Point scans as "(x,y)".
type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	if verb != 'v' && verb != 'P' {
		return errors.New("bad verb for Point")
	}
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

// Upper collects a token of letters and upper-cases it.
type Upper string

func (u *Upper) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("no letters")
	}
	*u = Upper(strings.ToUpper(string(tok)))
	return nil
}

// Wid reports the width and reads runes one by one.
type Wid struct {
	s  string
	w  int
	ok bool
}

func (x *Wid) Scan(state fmt.ScanState, verb rune) error {
	x.w, x.ok = state.Width()
	state.SkipSpace()
	for {
		r, _, err := state.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if r == ';' {
			state.UnreadRune()
			break
		}
		x.s += string(r)
	}
	return nil
}

// Eof always returns io.EOF (turned into io.ErrUnexpectedEOF).
type Eof struct{}

func (Eof) Scan(state fmt.ScanState, verb rune) error { return io.EOF }

func main() {
	var p Point
	var u Upper
	n, err := fmt.Sscan("(1,2) hello", &p, &u)
	fmt.Println(n, err, p, u)
	n, err = fmt.Sscan("(1;2)", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("  123", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("P=(5,6)", "P=%P", &p)
	fmt.Println(n, err, p)
	n, err = fmt.Sscanf("(5,6)", "%d", &p)
	fmt.Println(n, err)

	var w Wid
	n, err = fmt.Sscanf("abcdefg;x", "%4v", &w)
	fmt.Println(n, err, w.s, w.w, w.ok)
	w = Wid{}
	n, err = fmt.Sscanf("abc;x", "%v;x", &w)
	fmt.Println(n, err, w.s, w.w, w.ok)
	w = Wid{}
	n, err = fmt.Sscanln("ab c\nzz", &w)
	fmt.Printf("%d %v %q\n", n, err, w.s)

	n, err = fmt.Sscan("x", Eof{})
	fmt.Println(n, err)

	var st fmt.ScanState
	_ = st
	var sc fmt.Scanner = &p
	_ = sc

	// Read on ScanState.
	var rd readTest
	n, err = fmt.Sscan("x", &rd)
	fmt.Println(n, err)
}

type readTest struct{}

func (*readTest) Scan(state fmt.ScanState, verb rune) error {
	_, err := state.Read(make([]byte, 4))
	return err
}

// Output:
// 2 <nil> {1 2} HELLO
// 0 input does not match format
// 0 no letters
// 1 <nil> {5 6}
// 0 bad verb for Point
// 1 <nil> abcd 4 true
// 1 <nil> abc 0 false
// 1 <nil> "ab c\n"
// 0 unexpected EOF
// 0 ScanState's Read should not be called. Use ReadRune
