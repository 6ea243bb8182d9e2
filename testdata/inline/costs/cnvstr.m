./cnvstr.go:3:6: can inline cnvstr
./cnvstr.go:5:6: can inline main
