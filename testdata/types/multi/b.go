package main

type Other struct {
	X uint16
	Y [3]Shared2
}

type Shared2 struct{ Z byte }

var fromB Shared
