./retnamed.go:3:6: can inline retnamed
./retnamed.go:5:6: can inline main
