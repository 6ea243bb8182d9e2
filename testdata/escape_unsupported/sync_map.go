// want: cannot analyze sync.Map (gc compiles internal/sync.HashTrieMap[any, any]'s methods in the program) yet

// A program that mentions sync.Map, even only through a pointer in a
// struct field, makes gc compile the methods of
// internal/sync.HashTrieMap[any, any] in the program, and gc prints 28
// escape results from internal/sync/hashtriemap.go for them.  The model
// hides that field, so goesc would print the program's own lines only and
// exit 0: it refuses instead.

package main

import "sync"

type cache struct {
	entries *sync.Map
}

func main() {
	c := cache{entries: new(sync.Map)}
	c.entries.Store("k", 1)
}
