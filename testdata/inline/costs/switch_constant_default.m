./switch_constant_default.go:3:6: can inline switchConstantDefault
./switch_constant_default.go:15:6: can inline main
