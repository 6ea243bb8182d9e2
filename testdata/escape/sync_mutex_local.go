package main

import "sync"

func f() int {
	var mu sync.Mutex
	mu.Lock()
	n := 1
	mu.Unlock()
	return n
}

func main() { _ = f() }
