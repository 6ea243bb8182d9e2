./if_else_flow.go:3:6: can inline f
./if_else_flow.go:10:6: can inline main
./if_else_flow.go:12:7: inlining call to f
