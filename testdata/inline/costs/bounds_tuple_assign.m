./bounds_tuple_assign.go:24:6: can inline main
