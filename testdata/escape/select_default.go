package main

func f(c chan *int) *int {
	select {
	case v := <-c:
		return v
	default:
		return nil
	}
}

func main() { _ = f(nil) }
