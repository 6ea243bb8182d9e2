./copy_in_copy.go:8:6: can inline leak
./copy_in_copy.go:10:6: can inline outer
./copy_in_copy.go:11:9: can inline outer.func1
./copy_in_copy.go:13:10: can inline outer.func1.1
./copy_in_copy.go:19:6: can inline twice
./copy_in_copy.go:21:10: can inline twice.func1.1
./copy_in_copy.go:20:9: can inline twice.func1
./copy_in_copy.go:35:6: can inline main
./copy_in_copy.go:14:8: inlining call to leak
./copy_in_copy.go:22:17: inlining call to twice.func1.1
./copy_in_copy.go:22:13: inlining call to twice.func1.1
./copy_in_copy.go:27:12: inlining call to outer
./copy_in_copy.go:29:12: inlining call to outer
./copy_in_copy.go:11:9: can inline use.outer.func2
./copy_in_copy.go:30:10: inlining call to use.outer.func2
./copy_in_copy.go:31:12: inlining call to twice
