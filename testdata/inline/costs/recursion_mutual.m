./recursion_mutual.go:3:6: can inline even
./recursion_mutual.go:14:13: inlining call to even
./recursion_mutual.go:19:10: inlining call to even
