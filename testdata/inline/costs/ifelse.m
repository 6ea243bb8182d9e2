./ifelse.go:3:6: can inline ifelse
./ifelse.go:11:6: can inline main
