./make_named_const.go:5:6: can inline f
./make_named_const.go:10:6: can inline main
./make_named_const.go:10:20: inlining call to f
