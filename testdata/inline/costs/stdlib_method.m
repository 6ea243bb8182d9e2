./stdlib_method.go:7:6: can inline s6
./stdlib_method.go:9:6: can inline main
./stdlib_method.go:7:44: inlining call to strings.(*Builder).WriteString
./stdlib_method.go:7:44: inlining call to strings.(*Builder).copyCheck
./stdlib_method.go:7:44: inlining call to abi.NoEscape
