./method_chain.go:5:6: can inline (*B).add
./method_chain.go:10:6: can inline f
./method_chain.go:16:6: can inline main
./method_chain.go:12:7: inlining call to (*B).add
./method_chain.go:12:16: inlining call to (*B).add
./method_chain.go:16:20: inlining call to f
./method_chain.go:16:20: inlining call to (*B).add
./method_chain.go:16:20: inlining call to (*B).add
