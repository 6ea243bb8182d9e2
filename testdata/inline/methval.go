package main

func methval() func() int { var t T; return t.M }

type T struct{ a, b int }

func (t T) M() int { return t.a }

func (t *T) PM() int { return 1 }

func main() {}
