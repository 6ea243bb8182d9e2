./generic_mutual_defer.go:3:6: can inline Even[go.shape.int]
./generic_mutual_defer.go:3:6: can inline Even[go.shape.string]
./generic_mutual_defer.go:23:6: can inline Use[go.shape.int]
./generic_mutual_defer.go:23:6: can inline Use[go.shape.*uint8]
./generic_mutual_defer.go:18:2: can inline Run[go.shape.int].deferwrap1
./generic_mutual_defer.go:19:2: can inline Run[go.shape.int].gowrap2
./generic_mutual_defer.go:20:2: can inline Run[go.shape.int].func1
./generic_mutual_defer.go:23:6: can inline Use[go.shape.string]
./generic_mutual_defer.go:18:2: can inline Run[go.shape.string].deferwrap1
./generic_mutual_defer.go:19:2: can inline Run[go.shape.string].gowrap2
./generic_mutual_defer.go:20:2: can inline Run[go.shape.string].func1
./generic_mutual_defer.go:27:6: can inline Cap[go.shape.struct { main.a [20]int }]
./generic_mutual_defer.go:28:9: can inline Cap[go.shape.struct { main.a [20]int }].func1
./generic_mutual_defer.go:27:6: can inline Cap[go.shape.int]
./generic_mutual_defer.go:28:9: can inline Cap[go.shape.int].func1
./generic_mutual_defer.go:40:2: can inline main.deferwrap1
./generic_mutual_defer.go:23:6: can inline Use[int]
./generic_mutual_defer.go:27:6: can inline Cap[int]
./generic_mutual_defer.go:27:6: can inline Cap[main.Big]
./generic_mutual_defer.go:17:6: can inline Run[string]
./generic_mutual_defer.go:17:6: can inline Run[int]
./generic_mutual_defer.go:14:13: inlining call to Even[go.shape.int]
./generic_mutual_defer.go:14:13: inlining call to Even[go.shape.string]
./generic_mutual_defer.go:20:19: inlining call to Run[go.shape.int].func1
./generic_mutual_defer.go:20:19: inlining call to Use[go.shape.int]
./generic_mutual_defer.go:18:11: inlining call to Use[go.shape.int]
./generic_mutual_defer.go:19:8: inlining call to Use[go.shape.*uint8]
./generic_mutual_defer.go:20:14: inlining call to Use[go.shape.int]
./generic_mutual_defer.go:20:19: inlining call to Run[go.shape.string].func1
./generic_mutual_defer.go:20:19: inlining call to Use[go.shape.string]
./generic_mutual_defer.go:18:11: inlining call to Use[go.shape.string]
./generic_mutual_defer.go:19:8: inlining call to Use[go.shape.*uint8]
./generic_mutual_defer.go:20:14: inlining call to Use[go.shape.string]
./generic_mutual_defer.go:34:10: inlining call to Even[go.shape.int]
./generic_mutual_defer.go:35:10: inlining call to Even[go.shape.string]
./generic_mutual_defer.go:38:12: inlining call to Cap[go.shape.struct { main.a [20]int }]
./generic_mutual_defer.go:39:12: inlining call to Cap[go.shape.int]
./generic_mutual_defer.go:40:11: inlining call to Use[go.shape.int]
./generic_mutual_defer.go:23:6: inlining call to Use[go.shape.int]
./generic_mutual_defer.go:27:6: inlining call to Cap[go.shape.int]
./generic_mutual_defer.go:27:6: inlining call to Cap[go.shape.struct { main.a [20]int }]
./generic_mutual_defer.go:3:6: inlining call to Even[go.shape.string]
./generic_mutual_defer.go:3:6: inlining call to Even[go.shape.int]
