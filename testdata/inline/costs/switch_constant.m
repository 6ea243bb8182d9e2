./switch_constant.go:3:6: can inline switchConstant
./switch_constant.go:15:6: can inline main
