// Errorcheck: methods can only be declared on named types defined in this package (not on builtins, imports, pointers or interfaces).
package main

import (
	"fmt"
	"strings"
	"time"
)

func (n int) Double() int { return n * 2 } // ERROR "cannot define new methods on non-local type int"

func (b *strings.Builder) Reset2() {} // ERROR "cannot define new methods on non-local type strings\.Builder"

func (d time.Duration) Hours2() float64 { return 0 } // ERROR "cannot define new methods on non-local type time\.Duration"

type IntPtr *int

func (p IntPtr) Get() int { return *p } // ERROR "invalid receiver type IntPtr \(pointer or interface type\)"

type Shape interface{ Area() float64 }

func (s Shape) Describe() string { return "" } // ERROR "invalid receiver type Shape \(pointer or interface type\)"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) } // fine

type Alias = Celsius

func (a Alias) Kelvin() float64 { return float64(a) + 273.15 } // fine: methods on an alias of a local type

func main() {
	fmt.Println(Celsius(1), Celsius(2).Kelvin())
}
