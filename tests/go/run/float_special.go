// Infinities, NaN and negative zero; NaN compares unequal to everything, itself included.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, inf-inf, inf*0)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > math.MaxFloat64)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, math.Signbit(negz), 1/negz)
	fmt.Println(math.IsNaN(nan), math.IsInf(-inf, -1), math.IsInf(inf, -1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%v %f %.2f %e %g\n", inf, -inf, nan, inf, nan)
	var f32 float32 = float32(math.Inf(-1))
	fmt.Println(f32, float32(nan) == float32(nan))
}

// Output:
// +Inf -Inf NaN NaN NaN
// false true false false true
// -0 true true -Inf
// true true false
// 1.7976931348623157e+308 5e-324
// 3.4028234663852886e+38 1.401298464324817e-45
// +Inf -Inf NaN +Inf NaN
// -Inf false
