// Sprintf/Sprint/Sprintln build strings; Errorf builds errors; Fprintf to os.Stdout.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Row struct {
	Name  string
	Score float64
}

func main() {
	rows := []Row{{"alice", 93.5}, {"bob", 78.25}, {"carol", 100}}
	var sb strings.Builder
	for i, r := range rows {
		sb.WriteString(fmt.Sprintf("%2d. %-6s|%7.2f|\n", i+1, r.Name, r.Score))
	}
	fmt.Print(sb.String())
	line := fmt.Sprintln("a", "b")
	fmt.Printf("%q %d\n", line, len(line))
	err := fmt.Errorf("row %d: %s", 2, "bad")
	fmt.Println(err, err.Error() == "row 2: bad")
	fmt.Fprintf(os.Stdout, "%s has %d chars\n", "gomini", len("gomini"))
	table := fmt.Sprintf("%-5s|%5s|%05.1f", "ab", "cd", 2.25)
	fmt.Println(table, len(table))
}

// Output:
//  1. alice |  93.50|
//  2. bob   |  78.25|
//  3. carol | 100.00|
// "a b\n" 4
// row 2: bad true
// gomini has 6 chars
// ab   |   cd|002.2 17
