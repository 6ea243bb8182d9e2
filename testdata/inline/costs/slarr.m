./slarr.go:3:6: can inline slarr
./slarr.go:5:6: can inline main
