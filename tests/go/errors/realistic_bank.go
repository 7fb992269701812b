// Errorcheck: a small bank-account program with a mix of typical mistakes.
package main

import (
	"errors"
	"fmt"
	"os" // ERROR ".os. imported and not used"
)

type Money int64

type Account struct {
	ID      int
	Owner   string
	Balance Money
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Withdraw(amount Money) error {
	if amount > a.Balance {
		return ErrInsufficient
	}
	a.Balance -= amount
	return nil
}

func (a *Account) Deposit(amount int) {
	a.Balance += amount // ERROR "invalid operation: a\.Balance \+= amount \(mismatched types Money and int\)"
}

type Bank struct {
	accounts map[int]*Account
}

func (b *Bank) Find(id int) (*Account, error) {
	acc, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("no account %d", id)
	}
	return acc // ERROR "not enough return values\n\thave \(\*Account\)\n\twant \(\*Account, error\)"
}

func (b *Bank) Transfer(from, to int, amount Money) error {
	src, err := b.Find(from)
	if err != nil {
		return err
	}
	dst, err := b.Find(to)
	if err != nil {
		return err
	}
	if err := src.Withdraw(amount); err != nil {
		return err
	}
	dst.Deposit(amount) // ERROR "cannot use amount \(variable of type Money\) as int value in argument to dst\.Deposit"
	return nil
}

func (b *Bank) Richest() []*Account {
	list := make([]*Account, 0, len(b.accounts))
	for _, a := range b.accounts {
		list = append(list, a)
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].Balance > list[j-1].balance; j-- { // ERROR "list\[j - 1\]\.balance undefined \(type \*Account has no field or method balance"
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	return list
}

func main() {
	bank := &Bank{accounts: map[int]*Account{}}
	bank.accounts[1] = &Account{ID: 1, Owner: "ann", Balance: 100}
	bank.accounts[2] = Account{ID: 2, Owner: "bob"} // ERROR "cannot use Account\{…\} \(value of type Account\) as \*Account value in assignment"
	if err := bank.Transfer(1, 2, 50); err != nil {
		fmt.Println("error:", err)
	}
	total := 0
	for _, a := range bank.Richest() {
		total += a.Balance // ERROR "invalid operation: total \+= a\.Balance \(mismatched types int and Money\)"
	}
	fmt.Println(total)
}
