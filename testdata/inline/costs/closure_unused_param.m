./closure_unused_param.go:12:6: can inline unnamed
./closure_unused_param.go:14:6: can inline blank
./closure_unused_param.go:16:6: can inline unused
./closure_unused_param.go:18:6: can inline unusedPtr
./closure_unused_param.go:20:6: can inline used
./closure_unused_param.go:26:10: can inline main.func1
./closure_unused_param.go:27:8: can inline main.func2
./closure_unused_param.go:28:9: can inline main.func3
./closure_unused_param.go:30:9: can inline main.func4
./closure_unused_param.go:34:7: can inline main.func5
./closure_unused_param.go:26:9: inlining call to unnamed
./closure_unused_param.go:27:7: inlining call to blank
./closure_unused_param.go:28:8: inlining call to unused
./closure_unused_param.go:30:8: inlining call to unused
./closure_unused_param.go:32:11: inlining call to unusedPtr
./closure_unused_param.go:33:8: inlining call to unused
./closure_unused_param.go:34:6: inlining call to used
./closure_unused_param.go:34:6: inlining call to main.func5
