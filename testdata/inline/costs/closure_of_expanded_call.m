./closure_of_expanded_call.go:11:9: can inline mk.func1
./closure_of_expanded_call.go:8:6: can inline mk
./closure_of_expanded_call.go:15:8: inlining call to mk
./closure_of_expanded_call.go:11:9: can inline main.mk.func1
./closure_of_expanded_call.go:15:10: inlining call to main.mk.func1
