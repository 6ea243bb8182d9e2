./closure_dead_branch.go:12:6: can inline run
./closure_dead_branch.go:26:10: can inline main.func4
./closure_dead_branch.go:16:9: can inline main.func1
./closure_dead_branch.go:18:10: can inline main.func2
./closure_dead_branch.go:25:9: can inline main.func3
./closure_dead_branch.go:26:9: inlining call to run
./closure_dead_branch.go:26:9: inlining call to main.func4
