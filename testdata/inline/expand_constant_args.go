package main

var sink any

func conv(n int) { sink = n }
func conv2(n int) { n++; sink = n }
func conv3(s string) { sink = s }

const K = 7

func main() {
	conv(1)
	conv(K)
	x := 3
	conv(x)
	conv(x + 1)
	conv2(4)
	conv3("a" + "b")
	y := "q"
	conv3(y)
}
