./closure_expanded_param_text.go:10:6: can inline seq
./closure_expanded_param_text.go:18:6: can inline P
./closure_expanded_param_text.go:19:2: can inline P-range1
./closure_expanded_param_text.go:30:2: can inline D.func1
./closure_expanded_param_text.go:29:6: can inline D
./closure_expanded_param_text.go:12:6: can inline R[go.shape.string]
./closure_expanded_param_text.go:13:2: can inline R[go.shape.string]-range1
./closure_expanded_param_text.go:25:7: can inline C[go.shape.string].func1
./closure_expanded_param_text.go:24:6: can inline C[go.shape.string]
./closure_expanded_param_text.go:24:6: can inline C[string]
./closure_expanded_param_text.go:12:6: can inline R[string]
./closure_expanded_param_text.go:19:2: inlining call to seq
./closure_expanded_param_text.go:19:2: inlining call to P-range1
./closure_expanded_param_text.go:30:21: inlining call to D.func1
./closure_expanded_param_text.go:13:2: inlining call to seq
./closure_expanded_param_text.go:13:2: inlining call to R[go.shape.string]-range1
./closure_expanded_param_text.go:26:3: inlining call to C[go.shape.string].func1
./closure_expanded_param_text.go:34:3: inlining call to R[go.shape.string]
./closure_expanded_param_text.go:35:3: inlining call to P
./closure_expanded_param_text.go:36:3: inlining call to C[go.shape.string]
./closure_expanded_param_text.go:37:3: inlining call to D
./closure_expanded_param_text.go:34:3: inlining call to seq
./closure_expanded_param_text.go:35:3: inlining call to seq
./closure_expanded_param_text.go:25:7: can inline main.C[go.shape.string].func1
./closure_expanded_param_text.go:36:3: inlining call to main.C[go.shape.string].func1
./closure_expanded_param_text.go:30:2: can inline main.D.func2
./closure_expanded_param_text.go:37:3: inlining call to main.D.func2
./closure_expanded_param_text.go:13:2: can inline main.R[go.shape.string]-range1
./closure_expanded_param_text.go:34:3: inlining call to main.R[go.shape.string]-range1
./closure_expanded_param_text.go:19:2: can inline main.P-range2
./closure_expanded_param_text.go:35:3: inlining call to main.P-range2
./closure_expanded_param_text.go:24:6: inlining call to C[go.shape.string]
./closure_expanded_param_text.go:25:7: can inline C[string].C[go.shape.string].func1
./closure_expanded_param_text.go:24:6: inlining call to C[string].C[go.shape.string].func1
./closure_expanded_param_text.go:12:6: inlining call to R[go.shape.string]
./closure_expanded_param_text.go:12:6: inlining call to seq
./closure_expanded_param_text.go:13:2: can inline R[string].R[go.shape.string]-range1
./closure_expanded_param_text.go:12:6: inlining call to R[string].R[go.shape.string]-range1
