package main

func cnvstr(b []byte) string { return string(b) }

func main() {}
