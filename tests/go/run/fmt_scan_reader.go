package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// onlyReader hides every method but Read.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	// Loop over many numbers from a bufio.Reader until EOF.
	var sb strings.Builder
	for i := 1; i <= 200; i++ {
		fmt.Fprintf(&sb, "%d", i*7)
		if i%10 == 0 {
			sb.WriteString("\n")
		} else {
			sb.WriteString(" ")
		}
	}
	br := bufio.NewReader(strings.NewReader(sb.String()))
	sum, count := 0, 0
	for {
		var v int
		_, err := fmt.Fscan(br, &v)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		sum += v
		count++
	}
	fmt.Println("count", count, "sum", sum)

	// A plain reader: consecutive Fscan calls must not lose input.
	or := onlyReader{strings.NewReader("10 20\nthirty 40")}
	var a, b, d int
	var s string
	n, err := fmt.Fscan(or, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscan(or, &b)
	fmt.Println(n, err, b)
	n, err = fmt.Fscan(or, &s, &d)
	fmt.Println(n, err, s, d)
	n, err = fmt.Fscan(or, &d)
	fmt.Println(n, err)

	// Fscanln line by line.
	lr := strings.NewReader("1 2\n3 4\n5\n")
	for {
		var x, y int
		n, err := fmt.Fscanln(lr, &x, &y)
		fmt.Println("line", n, err, x, y)
		if err == io.EOF {
			break
		}
		if err != nil && n < 2 {
			// skip the rest of the line
			var rest string
			fmt.Fscanln(lr, &rest)
		}
	}

	// Fscanf with newline in format, reading records.
	fr := bufio.NewReader(strings.NewReader("alice 30\nbob 25\ncarol x\n"))
	for {
		var name string
		var age int
		n, err := fmt.Fscanf(fr, "%s %d\n", &name, &age)
		if err != nil {
			fmt.Println("stop", n, err)
			break
		}
		fmt.Println(name, age)
	}

	// Non-UTF-8 and multi-byte through a plain reader.
	ur := onlyReader{strings.NewReader("h\xffé 世界")}
	var u1, u2 string
	n, err = fmt.Fscan(ur, &u1, &u2)
	fmt.Printf("%d %v %q %q\n", n, err, u1, u2)

	// Runes with %c through a plain reader.
	cr := onlyReader{strings.NewReader("é\nx")}
	var r1, r2, r3 rune
	n, err = fmt.Fscanf(cr, "%c%c%c", &r1, &r2, &r3)
	fmt.Printf("%d %v %q %q %q\n", n, err, r1, r2, r3)

	// Scan from stdin (the runner gives /dev/null).
	var z int
	n, err = fmt.Scan(&z)
	fmt.Println("stdin", n, err)
	n, err = fmt.Scanln(&z)
	fmt.Println("stdin", n, err)
	n, err = fmt.Scanf("%d", &z)
	fmt.Println("stdin", n, err)
}

// Output:
// count 200 sum 140700
// 1 <nil> 10
// 1 <nil> 20
// 2 <nil> thirty 40
// 0 EOF
// line 2 <nil> 1 2
// line 2 <nil> 3 4
// line 1 unexpected newline 5 0
// line 0 EOF 0 0
// alice 30
// bob 25
// stop 1 expected integer
// 2 <nil> "h�é" "世界"
// 3 <nil> 'é' '\n' 'x'
// stdin 0 EOF
// stdin 0 EOF
// stdin 0 EOF
