./method_call_text_stdlib.go:11:6: can inline MyInt.Twice
./method_call_text_stdlib.go:15:6: can inline Item0.Label
./method_call_text_stdlib.go:27:6: can inline main
./method_call_text_stdlib.go:18:21: inlining call to MyInt.Twice
./method_call_text_stdlib.go:18:13: inlining call to fmt.Println
./method_call_text_stdlib.go:19:23: inlining call to strings.(*Builder).String
./method_call_text_stdlib.go:19:13: inlining call to fmt.Println
./method_call_text_stdlib.go:20:22: inlining call to time.Duration.String
./method_call_text_stdlib.go:20:13: inlining call to fmt.Println
./method_call_text_stdlib.go:21:21: inlining call to Item0.Label
./method_call_text_stdlib.go:21:13: inlining call to fmt.Println
./method_call_text_stdlib.go:22:25: inlining call to Item0.Label
./method_call_text_stdlib.go:22:13: inlining call to fmt.Println
./method_call_text_stdlib.go:24:19: inlining call to strings.(*Builder).Len
./method_call_text_stdlib.go:24:13: inlining call to fmt.Println
