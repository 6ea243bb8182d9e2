./recursion_leak_result.go:3:6: can inline last
./recursion_leak_result.go:7:13: inlining call to last
./recursion_leak_result.go:12:10: inlining call to last
