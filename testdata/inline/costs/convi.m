./convi.go:3:6: can inline convi
./convi.go:5:6: can inline main
