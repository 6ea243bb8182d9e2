./inlined_call_operand_text.go:10:6: can inline get
./inlined_call_operand_text.go:11:6: can inline val
./inlined_call_operand_text.go:12:6: can inline sl
./inlined_call_operand_text.go:13:6: can inline n
./inlined_call_operand_text.go:23:6: can inline s
./inlined_call_operand_text.go:16:17: inlining call to get
./inlined_call_operand_text.go:16:13: inlining call to fmt.Println
./inlined_call_operand_text.go:17:17: inlining call to val
./inlined_call_operand_text.go:17:13: inlining call to fmt.Println
./inlined_call_operand_text.go:18:16: inlining call to sl
./inlined_call_operand_text.go:18:13: inlining call to fmt.Println
./inlined_call_operand_text.go:19:15: inlining call to n
./inlined_call_operand_text.go:19:13: inlining call to fmt.Println
./inlined_call_operand_text.go:20:15: inlining call to n
./inlined_call_operand_text.go:20:13: inlining call to fmt.Println
./inlined_call_operand_text.go:25:30: inlining call to s
./inlined_call_operand_text.go:25:47: inlining call to s
./inlined_call_operand_text.go:25:53: inlining call to s
./inlined_call_operand_text.go:25:28: inlining call to fmt.Println
