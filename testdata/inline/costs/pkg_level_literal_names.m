./pkg_level_literal_names.go:12:7: can inline init.func1.1
./pkg_level_literal_names.go:10:9: can inline init.func1
./pkg_level_literal_names.go:19:7: can inline init.func2.1
./pkg_level_literal_names.go:17:9: can inline init.func2
./pkg_level_literal_names.go:24:40: can inline init.func3.1
./pkg_level_literal_names.go:24:18: can inline init.func3
./pkg_level_literal_names.go:26:6: can inline main
./pkg_level_literal_names.go:13:3: inlining call to init.func1.1
./pkg_level_literal_names.go:20:3: inlining call to init.func2.1
./pkg_level_literal_names.go:24:57: inlining call to init.func3.1
./pkg_level_literal_names.go:22:2: inlining call to init.func2
./pkg_level_literal_names.go:19:7: can inline init.init.func2.func4
./pkg_level_literal_names.go:22:2: inlining call to init.init.func2.func4
