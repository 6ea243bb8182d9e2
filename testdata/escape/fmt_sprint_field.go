package main

import "fmt"

type User struct{ Name string }

func f(u *User) string {
	return fmt.Sprint(u.Name)
}

func main() { _ = f(&User{"x"}) }
