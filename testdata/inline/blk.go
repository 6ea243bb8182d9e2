package main

func blk() int {
	{
		x := 1
		_ = x
	}
	return 0
}

func main() {}
