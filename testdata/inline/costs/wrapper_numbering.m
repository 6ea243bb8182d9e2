./wrapper_numbering.go:3:6: can inline g
./wrapper_numbering.go:5:6: can inline two
./wrapper_numbering.go:8:2: can inline wrappers.deferwrap1
./wrapper_numbering.go:9:2: can inline wrappers.gowrap2
./wrapper_numbering.go:12:6: can inline main
./wrapper_numbering.go:9:10: inlining call to two
./wrapper_numbering.go:8:9: inlining call to g
./wrapper_numbering.go:9:6: inlining call to g
