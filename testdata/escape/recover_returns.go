package main

func f() {
	defer func() {
		if r := recover(); r != nil {
			_ = r
		}
	}()
}

func main() { f() }
