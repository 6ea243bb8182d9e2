./expand_devirt_concrete.go:11:6: can inline (*Impl).A
./expand_devirt_concrete.go:13:6: can inline pick
./expand_devirt_concrete.go:33:7: can inline f.func1
./expand_devirt_concrete.go:39:6: can inline main
./expand_devirt_concrete.go:28:10: inlining call to (*Impl).A
./expand_devirt_concrete.go:31:11: inlining call to (*Impl).A
./expand_devirt_concrete.go:34:8: inlining call to f.func1
./expand_devirt_concrete.go:35:11: inlining call to pick
./expand_devirt_concrete.go:36:16: inlining call to (*Impl).A
./expand_devirt_concrete.go:34:8: inlining call to (*Impl).A
./expand_devirt_concrete.go:33:30: inlining call to (*Impl).A
