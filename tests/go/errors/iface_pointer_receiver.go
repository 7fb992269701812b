// Errorcheck: methods with pointer receivers are not in the method set of the value type.
package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type Tally struct{ n int }

func (t *Tally) Inc()      { t.n++ }
func (t Tally) Value() int { return t.n }

type Logger interface{ Log(string) }

type fileLog struct{ lines []string }

func (f *fileLog) Log(s string) { f.lines = append(f.lines, s) }

func use(c Counter) { c.Inc() }

func main() {
	var t Tally
	var c Counter = t // ERROR "cannot use t \(variable of type Tally\) as Counter value in variable declaration: Tally does not implement Counter \(method Inc has pointer receiver\)"
	c = &t            // fine
	use(t)            // ERROR "cannot use t \(variable of type Tally\) as Counter value in argument to use: Tally does not implement Counter \(method Inc has pointer receiver\)"
	use(&t)
	var l Logger = fileLog{}                   // ERROR "cannot use fileLog\{\} \(value of type fileLog\) as Logger value in variable declaration: fileLog does not implement Logger \(method Log has pointer receiver\)"
	loggers := []Logger{&fileLog{}, fileLog{}} // ERROR "cannot use fileLog\{\} \(value of type fileLog\) as Logger value in array or slice literal: fileLog does not implement Logger \(method Log has pointer receiver\)"
	fmt.Println(c, l, loggers)
}
