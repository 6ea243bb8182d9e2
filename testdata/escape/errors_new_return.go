package main

import "errors"

func f(bad bool) error {
	if bad {
		return errors.New("bad")
	}
	return nil
}

func main() { _ = f(true) }
