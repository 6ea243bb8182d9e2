./make_huge_const.go:3:6: can inline f
./make_huge_const.go:8:6: can inline main
./make_huge_const.go:8:20: inlining call to f
