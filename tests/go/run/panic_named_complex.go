// An unrecovered panic with a named complex value prints the complex with its own parentheses.
// Exit: 2
// Stderr: panic: main.MC(+0.000000e+000+1.000000e+000i)
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /panic_named_complex.go:12
package main

type MC complex128

func main() {
	panic(MC(1i))
}

// Output:
