package main

func strc(b []byte) string { return string(b[:2]) }

func main() {}
