./generic_defer_dict_temps.go:15:6: can inline N.String
./generic_defer_dict_temps.go:17:6: can inline Use[go.shape.int]
./generic_defer_dict_temps.go:18:6: can inline Use2[go.shape.int]
./generic_defer_dict_temps.go:30:2: can inline B.deferwrap1
./generic_defer_dict_temps.go:31:2: can inline B.deferwrap2
./generic_defer_dict_temps.go:21:2: can inline A[go.shape.int].deferwrap1
./generic_defer_dict_temps.go:22:2: can inline A[go.shape.int].deferwrap2
./generic_defer_dict_temps.go:23:2: can inline A[go.shape.int].gowrap3
./generic_defer_dict_temps.go:25:2: can inline A[go.shape.int].gowrap4
./generic_defer_dict_temps.go:26:2: can inline A[go.shape.int].deferwrap5
./generic_defer_dict_temps.go:17:6: can inline Use[go.shape.string]
./generic_defer_dict_temps.go:18:6: can inline Use2[go.shape.string]
./generic_defer_dict_temps.go:21:2: can inline A[go.shape.string].deferwrap1
./generic_defer_dict_temps.go:22:2: can inline A[go.shape.string].deferwrap2
./generic_defer_dict_temps.go:23:2: can inline A[go.shape.string].gowrap3
./generic_defer_dict_temps.go:25:2: can inline A[go.shape.string].gowrap4
./generic_defer_dict_temps.go:26:2: can inline A[go.shape.string].deferwrap5
./generic_defer_dict_temps.go:17:6: can inline Use[go.shape.*uint8]
./generic_defer_dict_temps.go:34:6: can inline Two[go.shape.int]
./generic_defer_dict_temps.go:39:6: can inline One[go.shape.int]
./generic_defer_dict_temps.go:17:6: can inline Use[go.shape.[]go.shape.int]
./generic_defer_dict_temps.go:45:6: can inline Lits[go.shape.int]
./generic_defer_dict_temps.go:51:2: can inline Run[go.shape.int].deferwrap1
./generic_defer_dict_temps.go:52:2: can inline Run[go.shape.int].gowrap2
./generic_defer_dict_temps.go:53:2: can inline Run[go.shape.int].func1
./generic_defer_dict_temps.go:54:2: can inline Run[go.shape.int].func2
./generic_defer_dict_temps.go:58:2: can inline M[go.shape.int].func1
./generic_defer_dict_temps.go:60:3: can inline M[go.shape.int].func2.1
./generic_defer_dict_temps.go:59:2: can inline M[go.shape.int].func2
./generic_defer_dict_temps.go:62:7: can inline M[go.shape.int].func3
./generic_defer_dict_temps.go:75:2: can inline main.deferwrap1
./generic_defer_dict_temps.go:17:6: can inline Use[int]
./generic_defer_dict_temps.go:57:6: can inline M[main.N]
./generic_defer_dict_temps.go:50:6: can inline Run[int]
./generic_defer_dict_temps.go:45:6: can inline Lits[int]
./generic_defer_dict_temps.go:39:6: can inline One[int]
./generic_defer_dict_temps.go:34:6: can inline Two[int]
./generic_defer_dict_temps.go:20:6: can inline A[string]
./generic_defer_dict_temps.go:20:6: can inline A[int]
./generic_defer_dict_temps.go:18:6: can inline Use2[int]
./generic_defer_dict_temps.go:30:11: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:31:12: inlining call to Use2[go.shape.int]
./generic_defer_dict_temps.go:21:11: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:22:12: inlining call to Use2[go.shape.int]
./generic_defer_dict_temps.go:23:8: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:21:11: inlining call to Use[go.shape.string]
./generic_defer_dict_temps.go:22:12: inlining call to Use2[go.shape.string]
./generic_defer_dict_temps.go:23:8: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:35:5: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:36:5: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:41:5: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:42:5: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:46:5: inlining call to Use[go.shape.[]go.shape.int]
./generic_defer_dict_temps.go:47:5: inlining call to Use[go.shape.[]go.shape.int]
./generic_defer_dict_temps.go:53:19: inlining call to Run[go.shape.int].func1
./generic_defer_dict_temps.go:54:20: inlining call to Run[go.shape.int].func2
./generic_defer_dict_temps.go:53:19: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:54:20: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:51:11: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:52:8: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:53:14: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:54:14: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:58:27: inlining call to M[go.shape.int].func1
./generic_defer_dict_temps.go:61:3: inlining call to M[go.shape.int].func2
./generic_defer_dict_temps.go:63:3: inlining call to M[go.shape.int].func3
./generic_defer_dict_temps.go:60:3: can inline M[go.shape.int].M[go.shape.int].func2.func4
./generic_defer_dict_temps.go:61:3: inlining call to M[go.shape.int].M[go.shape.int].func2.func4
./generic_defer_dict_temps.go:63:3: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:61:3: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:60:20: inlining call to M[go.shape.int].func2.1
./generic_defer_dict_temps.go:60:20: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:60:15: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:62:22: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:70:5: inlining call to Two[go.shape.int]
./generic_defer_dict_temps.go:71:5: inlining call to One[go.shape.int]
./generic_defer_dict_temps.go:72:6: inlining call to Lits[go.shape.int]
./generic_defer_dict_temps.go:70:5: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:70:5: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:71:5: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:71:5: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:72:6: inlining call to Use[go.shape.[]go.shape.int]
./generic_defer_dict_temps.go:72:6: inlining call to Use[go.shape.[]go.shape.int]
./generic_defer_dict_temps.go:75:11: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:17:6: inlining call to Use[go.shape.int]
./generic_defer_dict_temps.go:45:6: inlining call to Lits[go.shape.int]
./generic_defer_dict_temps.go:45:6: inlining call to Use[go.shape.[]go.shape.int]
./generic_defer_dict_temps.go:45:6: inlining call to Use[go.shape.[]go.shape.int]
./generic_defer_dict_temps.go:39:6: inlining call to One[go.shape.int]
./generic_defer_dict_temps.go:39:6: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:39:6: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:34:6: inlining call to Two[go.shape.int]
./generic_defer_dict_temps.go:34:6: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:34:6: inlining call to Use[go.shape.*uint8]
./generic_defer_dict_temps.go:18:6: inlining call to Use2[go.shape.int]
<autogenerated>:1: inlining call to N.String
