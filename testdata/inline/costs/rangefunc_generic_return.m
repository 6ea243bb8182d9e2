./rangefunc_generic_return.go:7:6: can inline seq
./rangefunc_generic_return.go:9:6: can inline Each[go.shape.int]
./rangefunc_generic_return.go:10:9: can inline Each[go.shape.int].func1
./rangefunc_generic_return.go:20:2: can inline First[go.shape.int]-range1
./rangefunc_generic_return.go:9:6: can inline Each[go.shape.*uint8]
./rangefunc_generic_return.go:10:9: can inline Each[go.shape.*uint8].func1
./rangefunc_generic_return.go:28:2: can inline Find[go.shape.*int]-range1
./rangefunc_generic_return.go:9:6: can inline Each[go.shape.string]
./rangefunc_generic_return.go:10:9: can inline Each[go.shape.string].func1
./rangefunc_generic_return.go:28:2: can inline Find[go.shape.string]-range1
./rangefunc_generic_return.go:27:6: can inline Find[string]
./rangefunc_generic_return.go:27:6: can inline Find[*int]
./rangefunc_generic_return.go:19:6: can inline First[int]
./rangefunc_generic_return.go:20:21: inlining call to Each[go.shape.int]
./rangefunc_generic_return.go:10:9: can inline First[go.shape.int].Each[go.shape.int].func1
./rangefunc_generic_return.go:20:2: inlining call to First[go.shape.int].Each[go.shape.int].func1
./rangefunc_generic_return.go:20:2: inlining call to First[go.shape.int]-range1
./rangefunc_generic_return.go:28:21: inlining call to Each[go.shape.*uint8]
./rangefunc_generic_return.go:10:9: can inline Find[go.shape.*int].Each[go.shape.*uint8].func1
./rangefunc_generic_return.go:28:2: inlining call to Find[go.shape.*int].Each[go.shape.*uint8].func1
./rangefunc_generic_return.go:28:2: inlining call to Find[go.shape.*int]-range1
./rangefunc_generic_return.go:28:21: inlining call to Each[go.shape.string]
./rangefunc_generic_return.go:10:9: can inline Find[go.shape.string].Each[go.shape.string].func1
./rangefunc_generic_return.go:28:2: inlining call to Find[go.shape.string].Each[go.shape.string].func1
./rangefunc_generic_return.go:28:2: inlining call to Find[go.shape.string]-range1
