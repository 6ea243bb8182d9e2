./call_result_call.go:3:6: can inline getF
./call_result_call.go:5:6: can inline b1
./call_result_call.go:6:6: can inline b2
./call_result_call.go:9:6: can inline main
./call_result_call.go:5:17: inlining call to getF
./call_result_call.go:6:22: inlining call to getF
