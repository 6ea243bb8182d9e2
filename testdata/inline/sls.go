package main

func sls(s string) string { return s[1:] }

func main() {}
