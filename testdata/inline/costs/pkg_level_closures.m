./pkg_level_closures.go:8:2: can inline init.func1
./pkg_level_closures.go:9:2: can inline init.func2
./pkg_level_closures.go:12:6: can inline main
