package main

type Base struct {
	ID   int
	Name string
}

type Logger interface {
	Log(msg string)
}

type User struct {
	Base
	*Logger2
	Logger
	Email string
	flags uint8
}

type Logger2 struct{ level int }

type Point struct{ X, Y float64 }

type Segment [2]Point

type Grid [3][4]byte

type Node struct {
	Value int
	Next  *Node
	Kids  []*Node
}

func (u *User) Greet() string { return u.Name }

func main() {}
