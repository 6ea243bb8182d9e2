./expr_text_types.go:19:6: can inline myint.foo
./expr_text_types.go:20:6: can inline myint.Bar
./expr_text_types.go:24:6: can inline main
