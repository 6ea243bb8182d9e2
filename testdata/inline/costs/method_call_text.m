./method_call_text.go:7:6: can inline Item0.Label
./method_call_text.go:8:6: can inline (*Item0).PLabel
./method_call_text.go:34:6: can inline mk
./method_call_text.go:35:6: can inline mkp
./method_call_text.go:37:6: can inline main
./method_call_text.go:16:21: inlining call to Item0.Label
./method_call_text.go:16:13: inlining call to fmt.Println
./method_call_text.go:17:21: inlining call to Item0.Label
./method_call_text.go:17:13: inlining call to fmt.Println
./method_call_text.go:18:22: inlining call to (*Item0).PLabel
./method_call_text.go:18:13: inlining call to fmt.Println
./method_call_text.go:19:22: inlining call to (*Item0).PLabel
./method_call_text.go:19:13: inlining call to fmt.Println
./method_call_text.go:20:21: inlining call to Item0.Label
./method_call_text.go:20:13: inlining call to fmt.Println
./method_call_text.go:21:22: inlining call to Item0.Label
./method_call_text.go:21:13: inlining call to fmt.Println
./method_call_text.go:22:22: inlining call to (*Item0).PLabel
./method_call_text.go:22:13: inlining call to fmt.Println
./method_call_text.go:23:22: inlining call to Item0.Label
./method_call_text.go:23:13: inlining call to fmt.Println
./method_call_text.go:24:23: inlining call to (*Item0).PLabel
./method_call_text.go:24:13: inlining call to fmt.Println
./method_call_text.go:25:13: inlining call to fmt.Println
./method_call_text.go:26:25: inlining call to Item0.Label
./method_call_text.go:26:13: inlining call to fmt.Println
./method_call_text.go:27:13: inlining call to fmt.Println
./method_call_text.go:28:24: inlining call to Item0.Label
./method_call_text.go:28:13: inlining call to fmt.Println
./method_call_text.go:29:16: inlining call to mk
./method_call_text.go:29:24: inlining call to Item0.Label
./method_call_text.go:29:13: inlining call to fmt.Println
./method_call_text.go:30:17: inlining call to mkp
./method_call_text.go:30:25: inlining call to Item0.Label
./method_call_text.go:30:13: inlining call to fmt.Println
./method_call_text.go:31:28: inlining call to Item0.Label
./method_call_text.go:31:13: inlining call to fmt.Println
