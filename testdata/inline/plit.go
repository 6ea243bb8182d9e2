package main

func plit() *T { return &T{1, 2} }

type T struct{ a, b int }

func (t T) M() int { return t.a }

func (t *T) PM() int { return 1 }

func main() {}
