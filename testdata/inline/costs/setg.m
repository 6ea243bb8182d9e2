./setg.go:3:6: can inline setg
./setg.go:7:6: can inline main
