// new(T) allocates a zeroed T and returns its address; each call gives a distinct variable.
package main

import "fmt"

type Config struct {
	Name  string
	Level int
	Tags  []string
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 3
	q := new(int)
	fmt.Println(*p, *q, p != q)
	c := new(Config)
	c.Name = "x"
	c.Tags = append(c.Tags, "t")
	fmt.Println(*c)
	fmt.Printf("%+v\n", c)
	s := new([]int)
	*s = append(*s, 1, 2)
	fmt.Println(*s, len(*s))
	m := new(map[string]int)
	fmt.Println(*m == nil)
	a := new([3]string)
	a[1] = "mid"
	fmt.Printf("%q\n", *a)
	pp := new(*int)
	*pp = p
	**pp = 9
	fmt.Println(*p)
}

// Output:
// 0
// 3 0 true
// {x 0 [t]}
// &{Name:x Level:0 Tags:[t]}
// [1 2] 2
// true
// ["" "mid" ""]
// 9
