./rangefunc_method_return.go:5:6: can inline (*List).All
./rangefunc_method_return.go:14:6: can inline (*List).First
./rangefunc_method_return.go:15:2: can inline (*List).First-range1
./rangefunc_method_return.go:24:6: can inline (*List).Self
./rangefunc_method_return.go:25:2: can inline (*List).Self-range1
./rangefunc_method_return.go:31:6: can inline main
./rangefunc_method_return.go:15:2: inlining call to (*List).All
./rangefunc_method_return.go:15:2: inlining call to (*List).First-range1
./rangefunc_method_return.go:25:2: inlining call to (*List).All
./rangefunc_method_return.go:25:2: inlining call to (*List).Self-range1
