./call_indexed_func.go:5:46: can inline fs.func1
./call_indexed_func.go:5:6: can inline fs
./call_indexed_func.go:7:6: can inline table
./call_indexed_func.go:11:4: inlining call to fs
./call_indexed_func.go:12:11: inlining call to table
