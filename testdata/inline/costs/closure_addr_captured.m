./closure_addr_captured.go:7:7: can inline f.func1
./closure_addr_captured.go:5:6: can inline f
./closure_addr_captured.go:11:6: can inline main
./closure_addr_captured.go:8:3: inlining call to f.func1
./closure_addr_captured.go:11:16: inlining call to f
./closure_addr_captured.go:7:7: can inline main.f.func1
./closure_addr_captured.go:11:16: inlining call to main.f.func1
