./slit.go:3:6: can inline slit
./slit.go:5:6: can inline main
