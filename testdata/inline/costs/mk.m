./mk.go:3:6: can inline mk
./mk.go:5:6: can inline main
