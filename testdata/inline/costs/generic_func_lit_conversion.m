./generic_func_lit_conversion.go:10:6: can inline k1[go.shape.func(int) int]
./generic_func_lit_conversion.go:11:9: can inline k1[go.shape.func(int) int].func1
./generic_func_lit_conversion.go:14:6: can inline k2[go.shape.func(int) int]
./generic_func_lit_conversion.go:15:12: can inline k2[go.shape.func(int) int].func1
./generic_func_lit_conversion.go:8:6: can inline take[go.shape.func(int) int]
./generic_func_lit_conversion.go:19:6: can inline k3[go.shape.func(int) int]
./generic_func_lit_conversion.go:20:17: can inline k3[go.shape.func(int) int].func1
./generic_func_lit_conversion.go:23:6: can inline k4[go.shape.func(int) int]
./generic_func_lit_conversion.go:24:7: can inline k4[go.shape.func(int) int].func1
./generic_func_lit_conversion.go:28:11: can inline k4[go.shape.func(int) int].func2
./generic_func_lit_conversion.go:23:6: can inline k4[main.fn]
./generic_func_lit_conversion.go:19:6: can inline k3[main.fn]
./generic_func_lit_conversion.go:14:6: can inline k2[main.fn]
./generic_func_lit_conversion.go:10:6: can inline k1[main.fn]
./generic_func_lit_conversion.go:20:16: inlining call to take[go.shape.func(int) int]
./generic_func_lit_conversion.go:34:12: inlining call to k1[go.shape.func(int) int]
./generic_func_lit_conversion.go:35:12: inlining call to k2[go.shape.func(int) int]
./generic_func_lit_conversion.go:36:12: inlining call to k3[go.shape.func(int) int]
./generic_func_lit_conversion.go:37:12: inlining call to k4[go.shape.func(int) int]
./generic_func_lit_conversion.go:36:12: inlining call to take[go.shape.func(int) int]
./generic_func_lit_conversion.go:23:6: inlining call to k4[go.shape.func(int) int]
./generic_func_lit_conversion.go:19:6: inlining call to k3[go.shape.func(int) int]
./generic_func_lit_conversion.go:19:6: inlining call to take[go.shape.func(int) int]
./generic_func_lit_conversion.go:14:6: inlining call to k2[go.shape.func(int) int]
./generic_func_lit_conversion.go:10:6: inlining call to k1[go.shape.func(int) int]
