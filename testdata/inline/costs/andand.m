./andand.go:3:6: can inline andand
./andand.go:5:6: can inline main
