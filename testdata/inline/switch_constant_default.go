package main

func switchConstantDefault() string {
	const os = "plan9"
	switch os {
	case "linux":
		return "a"
	case "darwin":
		return "b"
	default:
		return "c"
	}
}

func main() {}
