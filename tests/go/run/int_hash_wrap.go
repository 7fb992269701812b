// Hash functions rely on unsigned wrap-around multiplication (FNV-1a 32 and 64 bit, djb2).
package main

import "fmt"

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) int32 {
	var h int32 = 5381
	for _, c := range []byte(s) {
		h = h*33 + int32(c)
	}
	return h
}

func main() {
	for _, s := range []string{"", "a", "hello", "gomini interpreter", "The quick brown fox"} {
		fmt.Println(fnv32(s), fnv64(s), djb2(s))
	}
	var x uint64 = 0x9E3779B97F4A7C15
	for i := 0; i < 3; i++ {
		x ^= x >> 30
		x *= 0xBF58476D1CE4E5B9
		x ^= x >> 27
		x *= 0x94D049BB133111EB
		x ^= x >> 31
		fmt.Printf("%016x\n", x)
	}
}

// Output:
// 2166136261 14695981039346656037 5381
// 3826002220 12638187200555641996 177670
// 1335831723 11831194018420276491 261238937
// 1043728786 1325484437182549042 -438663108
// 2924308450 2554721226862139266 -1748763400
// e220a8397b1dcdaf
// 48218226ff3cd4bf
// 33fe8bd4f9c57863
