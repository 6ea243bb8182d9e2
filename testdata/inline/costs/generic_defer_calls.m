./generic_defer_calls.go:12:6: can inline Use0[go.shape.int]
./generic_defer_calls.go:12:6: can inline Use0[go.shape.string]
./generic_defer_calls.go:18:6: can inline (*S[go.shape.int]).M
./generic_defer_calls.go:20:6: can inline V[go.shape.int]
./generic_defer_calls.go:14:6: can inline Use1[go.shape.int]
./generic_defer_calls.go:23:2: can inline main.deferwrap1
./generic_defer_calls.go:24:2: can inline main.gowrap2
./generic_defer_calls.go:26:2: can inline main.deferwrap3
./generic_defer_calls.go:27:2: can inline main.deferwrap4
./generic_defer_calls.go:28:2: can inline main.deferwrap5
./generic_defer_calls.go:29:2: can inline main.deferwrap6
./generic_defer_calls.go:14:6: can inline Use1[int]
./generic_defer_calls.go:20:6: can inline V[int]
./generic_defer_calls.go:18:6: can inline (*S[int]).M
./generic_defer_calls.go:12:6: can inline Use0[string]
./generic_defer_calls.go:12:6: can inline Use0[int]
./generic_defer_calls.go:23:17: inlining call to Use0[go.shape.int]
./generic_defer_calls.go:24:17: inlining call to Use0[go.shape.string]
./generic_defer_calls.go:26:11: inlining call to (*S[go.shape.int]).M
./generic_defer_calls.go:27:9: inlining call to V[go.shape.int]
./generic_defer_calls.go:28:14: inlining call to V[go.shape.int]
./generic_defer_calls.go:29:12: inlining call to Use1[go.shape.int]
./generic_defer_calls.go:14:6: inlining call to Use1[go.shape.int]
./generic_defer_calls.go:20:6: inlining call to V[go.shape.int]
./generic_defer_calls.go:18:6: inlining call to (*S[go.shape.int]).M
./generic_defer_calls.go:12:6: inlining call to Use0[go.shape.string]
./generic_defer_calls.go:12:6: inlining call to Use0[go.shape.int]
