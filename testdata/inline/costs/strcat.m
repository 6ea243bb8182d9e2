./strcat.go:3:6: can inline strcat
./strcat.go:5:6: can inline main
