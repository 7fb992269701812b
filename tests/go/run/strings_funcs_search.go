// strings: Contains, Index family, Count, HasPrefix/HasSuffix, Cut, EqualFold.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'q'), strings.ContainsAny(s, ""))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken 世界", '界'), strings.IndexAny(s, "zq"))
	fmt.Println(strings.LastIndexAny(s, "ot"), strings.LastIndexByte(s, 'o'), strings.IndexFunc(s, func(r rune) bool { return r == 'k' }))
	fmt.Println(strings.Count(s, "o"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.HasPrefix(s, "the "), strings.HasSuffix(s, "dog"), strings.HasSuffix(s, "cat"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))
}

// Output:
// true false true
// true true false
// 0 31 -1
// 4 11 4
// 41 41 8
// 4 5 2
// true true false
// key value=x true
// "novalue" "" false
// true true false
// -1 1 0
// 0 0 3
