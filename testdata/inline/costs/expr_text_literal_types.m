./expr_text_literal_types.go:13:6: can inline main
