./sls.go:3:6: can inline sls
./sls.go:5:6: can inline main
