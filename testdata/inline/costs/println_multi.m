./println_multi.go:10:6: can inline three
./println_multi.go:12:6: can inline p1
./println_multi.go:14:6: can inline p2
./println_multi.go:16:6: can inline p3
./println_multi.go:18:6: can inline use
./println_multi.go:20:6: can inline p4
./println_multi.go:14:26: inlining call to three
./println_multi.go:20:16: inlining call to use
./println_multi.go:22:17: inlining call to p1
./println_multi.go:22:23: inlining call to p2
./println_multi.go:22:29: inlining call to p3
./println_multi.go:22:35: inlining call to p4
./println_multi.go:22:23: inlining call to three
./println_multi.go:22:35: inlining call to use
