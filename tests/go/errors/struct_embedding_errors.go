// Errorcheck: invalid embedded fields and duplicate field names in struct types.
package main

import (
	"fmt"
	"sync"
)

type Base struct{ ID int }

type Logger interface{ Log(string) }

type Service struct {
	Base
	sync.Mutex
	Name string
	Name int // ERROR "Name redeclared"
}

type Bad struct {
	*Logger // ERROR "embedded field type cannot be a pointer to an interface"
}

type Ptrs struct {
	*Base // fine: pointer to a struct type
}

type Twice struct {
	Base
	Base // ERROR "Base redeclared"
}

func main() {
	var s Service
	s.Lock()
	s.ID = 3 // fine: promoted field
	fmt.Println(s.ID, Bad{}, Ptrs{}, Twice{})
	s.Unlock()
}
