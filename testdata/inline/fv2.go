package main

func fv2() int { f := ret1; return f() }

func ret1() int { return 1 }

func main() {}
