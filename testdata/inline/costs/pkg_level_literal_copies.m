./pkg_level_literal_copies.go:11:7: can inline init.func1.1
./pkg_level_literal_copies.go:9:9: can inline init.func1
./pkg_level_literal_copies.go:18:7: can inline init.func2.1
./pkg_level_literal_copies.go:16:9: can inline init.func2
./pkg_level_literal_copies.go:27:12: can inline init.func3.1.1
./pkg_level_literal_copies.go:26:11: can inline init.func3.1
./pkg_level_literal_copies.go:24:9: can inline init.func3
./pkg_level_literal_copies.go:37:7: can inline init.func4.1
./pkg_level_literal_copies.go:35:9: can inline init.func4
./pkg_level_literal_copies.go:42:19: can inline init.func5
./pkg_level_literal_copies.go:44:6: can inline main
./pkg_level_literal_copies.go:12:3: inlining call to init.func1.1
./pkg_level_literal_copies.go:19:3: inlining call to init.func2.1
./pkg_level_literal_copies.go:30:7: inlining call to init.func3.1
./pkg_level_literal_copies.go:27:12: can inline init.func3.init.func3.1.2
./pkg_level_literal_copies.go:30:7: inlining call to init.func3.init.func3.1.2
./pkg_level_literal_copies.go:28:8: inlining call to init.func3.1.1
./pkg_level_literal_copies.go:39:10: inlining call to init.func4.1
./pkg_level_literal_copies.go:14:2: inlining call to init.func1
./pkg_level_literal_copies.go:21:2: inlining call to init.func2
./pkg_level_literal_copies.go:32:2: inlining call to init.func3
./pkg_level_literal_copies.go:40:2: inlining call to init.func4
./pkg_level_literal_copies.go:11:7: can inline init.init.func1.func6
./pkg_level_literal_copies.go:14:2: inlining call to init.init.func1.func6
./pkg_level_literal_copies.go:18:7: can inline init.init.func2.func7
./pkg_level_literal_copies.go:21:2: inlining call to init.init.func2.func7
./pkg_level_literal_copies.go:27:12: can inline init.init.func3.func8.1
./pkg_level_literal_copies.go:26:11: can inline init.init.func3.func8
./pkg_level_literal_copies.go:32:2: inlining call to init.init.func3.func8
./pkg_level_literal_copies.go:37:7: can inline init.init.func4.func9
./pkg_level_literal_copies.go:40:2: inlining call to init.init.func4.func9
./pkg_level_literal_copies.go:27:12: can inline init.init.func3.init.init.func3.func8.func10
./pkg_level_literal_copies.go:32:2: inlining call to init.init.func3.init.init.func3.func8.func10
