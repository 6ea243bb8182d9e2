package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func createUser(name string, age int) *User {
	user := User{Name: name, Age: age}
	return &user
}

func main() {
	u := createUser("Alice", 30)
	fmt.Println(u.Name)
}
