package main

// println(f()) with f returning several values: gc's reader passes them
// through temporaries as for any call (n + 2n + 1 + n), 9 more for two
// results, 13 for three.

//go:noinline
func two() (int, bool) { return 1, true }

func three() (int, bool, string) { return 1, true, "" }

func p1() { println(two()) }

func p2() { println(three()) }

func p3() { print(two()) }

func use(int, bool) {}

func p4() { use(two()) }

func main() { p1(); p2(); p3(); p4() }
