package main

// v, ok = m[k] (x.(T), <-c): gc converts ok's bool where ok is of an
// interface type, and v's value where v is; the cost counts both
// OCONVIFACEs, whichever side needs one.

var sink any

func e0(x any) { var v int; var ok bool; v, ok = x.(int); sink = v; sink = ok }
func e1(x any) { var v any; var ok bool; v, ok = x.(int); sink = v; sink = ok }
func e2(x any) { var v int; var ok any; v, ok = x.(int); sink = v; sink = ok }
func e3(x any) { var v, ok any; v, ok = x.(int); sink = v; sink = ok }
func r3(c chan int) { var v, ok any; v, ok = <-c; sink = v; sink = ok }
func m3(m map[int]int) { var v, ok any; v, ok = m[1]; sink = v; sink = ok }
func s3(m map[int]int) { var v, ok any = m[1]; sink = v; sink = ok }

func main() {}
