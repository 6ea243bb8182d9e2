./callf.go:5:6: can inline add
./callf.go:3:6: can inline callf
./callf.go:7:6: can inline main
./callf.go:3:30: inlining call to add
