package main

func M1[T comparable]() any { return make(map[T]interface{}) }

func M2[T comparable]() any { return make(map[T]any) }

func M3[T any]() any { return []func(T) (int, error){} }

func M4[T any]() any { return make(chan T) }

func main() {
	_ = M1[int]()
	_ = M2[string]()
	_ = M3[float64]()
	_ = M4[int]()
}
