// method_values.go — method values and method expressions.
//
// `v.M` (a method value) is a function with the receiver already bound: for a value
// receiver the receiver is COPIED when the method value is created. `T.M` (a method
// expression) is a function that takes the receiver as its first argument.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Describe() string { return fmt.Sprintf("%s has %d", a.Owner, a.Balance) }
func (a *Account) Deposit(n int)   { a.Balance += n }

func main() {
	acc := Account{"ann", 10}

	describe := acc.Describe // receiver copied now
	deposit := acc.Deposit   // receiver is &acc
	deposit(5)
	deposit(5)
	fmt.Println(describe())     // still sees the copy: 10
	fmt.Println(acc.Describe()) // the real account: 20

	// Method expressions: the receiver becomes the first parameter.
	describeFn := Account.Describe
	depositFn := (*Account).Deposit
	depositFn(&acc, 100)
	fmt.Println(describeFn(acc))
	fmt.Printf("%T\n%T\n", describeFn, depositFn)

	// Method values are ordinary func values: store them, pass them around.
	actions := []func(int){acc.Deposit, func(n int) { acc.Deposit(-n) }}
	for _, act := range actions {
		act(1)
	}
	fmt.Println(acc.Balance)
}

// Output:
// ann has 10
// ann has 20
// ann has 120
// func(main.Account) string
// func(*main.Account, int)
// 120
