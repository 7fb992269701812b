// Errorcheck: package-level variables whose initializers depend on themselves, directly or through functions.
package main

import "fmt"

var total = total + 1 // ERROR "initialization cycle: total refers to itself|initialization cycle for total"

var a = b + 1 // ERROR "initialization cycle for a"
var b = c * 2
var c = a

var config = loadConfig() // ERROR "initialization cycle for config"

func loadConfig() map[string]string {
	if config != nil {
		return config
	}
	return map[string]string{}
}

var x = 1
var y = x + 1 // fine: x does not depend on y

func main() {
	fmt.Println(total, a, b, c, config, x, y)
}
