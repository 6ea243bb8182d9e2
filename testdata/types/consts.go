package main

const (
	A = iota
	B
	C
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const Big = 1 << 100
const Huge = Big * Big
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Third = 1.0 / 3
const Name = "goesc"
const Yes = true
const R = 'x'
const Cplx = 1 + 2i
const Typed float32 = 0.1
const Mask uint8 = ^uint8(0)
const Shifted = Big >> 98

var small int8 = -128

func main() {}
