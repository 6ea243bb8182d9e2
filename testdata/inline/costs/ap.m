./ap.go:3:6: can inline ap
./ap.go:5:6: can inline main
