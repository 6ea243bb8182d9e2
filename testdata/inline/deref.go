package main

func deref(p *int) { *p = 1 }

func main() {}
