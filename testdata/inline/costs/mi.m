./mi.go:3:6: can inline mi
./mi.go:5:6: can inline main
