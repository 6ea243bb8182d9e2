./defer_method_deref.go:7:6: can inline T.N
./defer_method_deref.go:3:18: can inline d10.deferwrap1
./defer_method_deref.go:9:6: can inline main
./defer_method_deref.go:3:27: inlining call to T.N
