#!/usr/bin/env python3
"""gen_big.py N > big.go — writes a valid Go program of about N lines that
exercises most of the subset (types, methods, closures, loops, switches,
maps, slices, interfaces, fmt/strings/strconv calls). Used to measure
`gomini check` throughput (README, Performance)."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
out = ["package main", "", 'import (', '\t"fmt"', '\t"strconv"', '\t"strings"', ')', "",
       "type Shape interface {", "\tArea() float64", "\tName() string", "}", ""]
i = 0
while len(out) < n - 10:
    out += f"""type T{i} struct {{
	a, b int
	s    string
	m    map[string][]int
}}

func (t *T{i}) Area() float64 {{ return float64(t.a*t.b) / 2 }}
func (t T{i}) Name() string    {{ return "T{i}:" + t.s }}

func f{i}(xs []int, k int) (sum int, err error) {{
	acc := func(v int) {{ sum += v * k }}
	for j, x := range xs {{
		switch {{
		case x%3 == 0 && j > 1:
			acc(x << 1)
		case x%5 == 0:
			acc(-x)
		default:
			acc(x)
		}}
	}}
	if sum < 0 {{
		return 0, fmt.Errorf("f{i}: negative %d", sum)
	}}
	t := &T{i}{{a: sum, b: k, s: strconv.Itoa(k), m: map[string][]int{{"x": xs[:len(xs)/2]}}}}
	var sh Shape = t
	if n, ok := sh.(*T{i}); ok && strings.HasPrefix(n.Name(), "T") {{
		sum += int(sh.Area()) % 7
	}}
	return sum, nil
}}
""".split("\n")
    i += 1
out += ["func main() {", "\ttotal := 0"]
for j in range(i):
    out.append(f"\tif v, err := f{j}([]int{{1, 2, 3, 4, 5, {j}}}, {j % 9 + 1}); err == nil {{ total += v }}")
out += ["\tfmt.Println(total)", "}"]
print("\n".join(out))
