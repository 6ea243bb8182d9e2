./make_return_const.go:3:6: can inline f
./make_return_const.go:7:6: can inline main
./make_return_const.go:7:20: inlining call to f
