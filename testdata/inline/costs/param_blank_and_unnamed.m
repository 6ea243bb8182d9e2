./param_blank_and_unnamed.go:3:6: can inline f
./param_blank_and_unnamed.go:5:6: can inline g
./param_blank_and_unnamed.go:7:6: can inline main
./param_blank_and_unnamed.go:8:3: inlining call to f
./param_blank_and_unnamed.go:9:3: inlining call to g
