./strings_builder.go:5:6: can inline f
./strings_builder.go:11:6: can inline main
./strings_builder.go:7:15: inlining call to strings.(*Builder).WriteString
./strings_builder.go:8:17: inlining call to strings.(*Builder).String
./strings_builder.go:7:15: inlining call to strings.(*Builder).copyCheck
./strings_builder.go:7:15: inlining call to abi.NoEscape
./strings_builder.go:11:20: inlining call to f
./strings_builder.go:11:20: inlining call to strings.(*Builder).WriteString
./strings_builder.go:11:20: inlining call to strings.(*Builder).String
./strings_builder.go:11:20: inlining call to strings.(*Builder).copyCheck
./strings_builder.go:11:20: inlining call to abi.NoEscape
