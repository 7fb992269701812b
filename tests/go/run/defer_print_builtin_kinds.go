// Deferred print/println of every kind the builtins print: float32 and complex64 widen to
// float64 and complex128 first, exactly as in a direct call.
// Stderr: direct: +1.500000e+000 (+1.000000e+000-2.000000e+000i) +2.250000e+000 (+3.000000e+000+4.000000e+000i) true -7 200 s
// Stderr: deferred: +1.500000e+000 (+1.000000e+000-2.000000e+000i) +2.250000e+000 (+3.000000e+000+4.000000e+000i) true -7 200 s
package main

func main() {
	var f32 float32 = 1.5
	var c64 complex64 = complex(1, -2)
	defer println("deferred:", f32, c64, 2.25, complex(3, 4), true, -7, uint8(200), "s")
	println("direct:", f32, c64, 2.25, complex(3, 4), true, -7, uint8(200), "s")
}

// Output:
