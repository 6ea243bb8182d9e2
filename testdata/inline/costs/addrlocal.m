./addrlocal.go:3:6: can inline addrlocal
./addrlocal.go:5:6: can inline main
