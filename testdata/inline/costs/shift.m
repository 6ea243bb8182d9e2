./shift.go:3:6: can inline shift
./shift.go:5:6: can inline main
