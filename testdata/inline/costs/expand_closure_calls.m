./expand_closure_calls.go:7:9: can inline a.func1
./expand_closure_calls.go:5:6: can inline a
./expand_closure_calls.go:12:7: can inline b.func1
./expand_closure_calls.go:10:6: can inline b
./expand_closure_calls.go:18:2: can inline c.func1
./expand_closure_calls.go:16:6: can inline c
./expand_closure_calls.go:23:7: can inline d.func1
./expand_closure_calls.go:21:6: can inline d
./expand_closure_calls.go:28:6: can inline main
./expand_closure_calls.go:7:32: inlining call to a.func1
./expand_closure_calls.go:13:10: inlining call to b.func1
./expand_closure_calls.go:13:16: inlining call to b.func1
./expand_closure_calls.go:18:21: inlining call to c.func1
./expand_closure_calls.go:24:7: inlining call to d.func1
