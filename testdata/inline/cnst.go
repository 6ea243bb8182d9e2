package main

func cnst() int { const c = 3; return c * 2 }

func main() {}
