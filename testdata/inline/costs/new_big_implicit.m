./new_big_implicit.go:3:6: can inline f
./new_big_implicit.go:8:6: can inline g
./new_big_implicit.go:13:6: can inline main
./new_big_implicit.go:13:23: inlining call to f
./new_big_implicit.go:13:28: inlining call to g
