./ft.go:3:6: can inline ft
./ft.go:13:6: can inline main
