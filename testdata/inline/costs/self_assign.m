./self_assign.go:8:6: can inline (*Buf).trim
./self_assign.go:12:6: can inline main
./self_assign.go:14:8: inlining call to (*Buf).trim
