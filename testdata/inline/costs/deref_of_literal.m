./deref_of_literal.go:5:6: can inline derefLiteral
./deref_of_literal.go:11:6: can inline main
