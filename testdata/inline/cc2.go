package main

func cc2() int { f := func() int { return 1 }; return f() }

func main() {}
