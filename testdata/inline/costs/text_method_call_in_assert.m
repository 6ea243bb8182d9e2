./text_method_call_in_assert.go:9:6: can inline (*V).At
./text_method_call_in_assert.go:17:6: can inline main
./text_method_call_in_assert.go:14:18: inlining call to (*V).At
./text_method_call_in_assert.go:14:13: inlining call to fmt.Println
