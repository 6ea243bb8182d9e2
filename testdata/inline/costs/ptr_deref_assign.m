./ptr_deref_assign.go:3:6: can inline f
./ptr_deref_assign.go:8:6: can inline main
./ptr_deref_assign.go:10:7: inlining call to f
