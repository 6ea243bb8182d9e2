./generic_embedded_field_targ.go:16:6: can inline main
