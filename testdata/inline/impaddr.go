package main

func impaddr() int { var t T; return t.PM() }

type T struct{ a, b int }

func (t T) M() int { return t.a }

func (t *T) PM() int { return 1 }

func main() {}
