./copy_with_calls.go:8:6: can inline leaf
./copy_with_calls.go:10:6: can inline peek
./copy_with_calls.go:13:6: can inline mk
./copy_with_calls.go:14:9: can inline mk.func1
./copy_with_calls.go:22:9: can inline free.func1
./copy_with_calls.go:21:6: can inline free
./copy_with_calls.go:28:6: can inline keep
./copy_with_calls.go:45:6: can inline main
./copy_with_calls.go:16:14: inlining call to leaf
./copy_with_calls.go:24:14: inlining call to peek
./copy_with_calls.go:29:9: inlining call to mk
./copy_with_calls.go:34:9: inlining call to mk
./copy_with_calls.go:14:9: can inline call.mk.func1
./copy_with_calls.go:35:10: inlining call to call.mk.func1
./copy_with_calls.go:35:10: inlining call to leaf
./copy_with_calls.go:39:11: inlining call to free
./copy_with_calls.go:41:11: inlining call to free
./copy_with_calls.go:22:9: can inline both.free.func2
./copy_with_calls.go:41:13: inlining call to both.free.func2
./copy_with_calls.go:41:13: inlining call to peek
