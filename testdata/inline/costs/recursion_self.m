./recursion_self.go:3:6: can inline depth
./recursion_self.go:7:14: inlining call to depth
./recursion_self.go:12:11: inlining call to depth
