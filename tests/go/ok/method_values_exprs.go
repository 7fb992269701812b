// Method values (bound receivers) and method expressions (T.M, (*T).M).
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func apply(f func(int), k int) { f(k) }

func main() {
	p := Point{1, 2}

	sum := p.Sum // receiver copied now
	p.X = 10
	fmt.Println(sum(), p.Sum())

	scale := p.Scale // bound to &p
	scale(3)
	fmt.Println(p)
	apply(scale, 2)
	fmt.Println(p)

	sumExpr := Point.Sum
	fmt.Println(sumExpr(Point{3, 4}))

	scaleExpr := (*Point).Scale
	q := &Point{1, 1}
	scaleExpr(q, 5)
	fmt.Println(*q)

	ptrSum := (*Point).Sum // value methods are in the method set of *Point
	fmt.Println(ptrSum(q))

	str := Point.String
	fmt.Println(str(Point{7, 8}))

	fs := []func() int{Point{1, 1}.Sum, Point{2, 2}.Sum}
	for _, f := range fs {
		fmt.Println(f())
	}
	fmt.Printf("%T\n", sumExpr)
	fmt.Printf("%T\n", scaleExpr)
}

// Output:
// 3 12
// (30,6)
// (60,12)
// 7
// (5,5)
// 10
// (7,8)
// 2
// 4
// func(main.Point) int
// func(*main.Point, int)
