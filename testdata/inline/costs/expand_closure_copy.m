./expand_closure_copy.go:6:6: can inline counter
./expand_closure_copy.go:8:9: can inline counter.func1
./expand_closure_copy.go:14:6: can inline adder
./expand_closure_copy.go:15:9: can inline adder.func1
./expand_closure_copy.go:19:14: inlining call to counter
./expand_closure_copy.go:8:9: can inline main.counter.func1
./expand_closure_copy.go:20:7: inlining call to main.counter.func1
./expand_closure_copy.go:21:12: inlining call to adder
./expand_closure_copy.go:15:9: can inline main.adder.func2
./expand_closure_copy.go:22:7: inlining call to main.adder.func2
