./ifs.go:3:6: can inline ifs
./ifs.go:10:6: can inline main
