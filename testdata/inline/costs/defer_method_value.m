./defer_method_value.go:5:6: can inline (*T).close
./defer_method_value.go:9:2: can inline f.deferwrap1
./defer_method_value.go:12:6: can inline main
./defer_method_value.go:9:15: inlining call to (*T).close
