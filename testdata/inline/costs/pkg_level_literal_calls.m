./pkg_level_literal_calls.go:15:41: can inline init.func1.1
./pkg_level_literal_calls.go:15:27: can inline init.func1
./pkg_level_literal_calls.go:10:6: can inline newS
./pkg_level_literal_calls.go:19:8: can inline init.func2.1
./pkg_level_literal_calls.go:18:2: can inline init.func2
./pkg_level_literal_calls.go:15:72: inlining call to init.func1.1
./pkg_level_literal_calls.go:20:13: inlining call to newS
./pkg_level_literal_calls.go:24:13: inlining call to init.func2.1
./pkg_level_literal_calls.go:24:13: inlining call to newS
