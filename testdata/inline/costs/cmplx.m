./cmplx.go:3:6: can inline cmplx
./cmplx.go:5:6: can inline main
