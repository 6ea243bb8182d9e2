./ifconst.go:3:6: can inline ifconst
./ifconst.go:10:6: can inline main
