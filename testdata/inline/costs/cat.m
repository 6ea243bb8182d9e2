./cat.go:3:6: can inline cat
./cat.go:5:6: can inline main
