// Errorcheck: in package main the name main must be a function; a variable may not take the name.
package main

var main = func() { // ERROR "cannot declare main - must be func"
	println("not a real main")
}
