./generic_matrix_bus_pool.go:17:6: can inline NewMatrix[go.shape.float64]
./generic_matrix_bus_pool.go:21:6: can inline (*Matrix[go.shape.float64]).At
./generic_matrix_bus_pool.go:23:6: can inline (*Matrix[go.shape.float64]).Set
./generic_matrix_bus_pool.go:46:2: can inline (*Bus[go.shape.*uint8]).Subscribe.deferwrap1
./generic_matrix_bus_pool.go:83:21: can inline main.func1
./generic_matrix_bus_pool.go:53:6: can inline (*Bus[go.shape.*uint8]).Publish
./generic_matrix_bus_pool.go:65:4: can inline Pool[go.shape.int,go.shape.string].func1.deferwrap1
./generic_matrix_bus_pool.go:64:3: can inline Pool[go.shape.int,go.shape.string].gowrap1
./generic_matrix_bus_pool.go:85:28: can inline main.func2
./generic_matrix_bus_pool.go:59:6: can inline Pool[int,string]
./generic_matrix_bus_pool.go:53:6: can inline (*Bus[*main.Event]).Publish
./generic_matrix_bus_pool.go:44:6: can inline (*Bus[*main.Event]).Subscribe
./generic_matrix_bus_pool.go:17:6: can inline NewMatrix[float64]
./generic_matrix_bus_pool.go:25:6: can inline (*Matrix[float64]).Mul
./generic_matrix_bus_pool.go:23:6: can inline (*Matrix[float64]).Set
./generic_matrix_bus_pool.go:21:6: can inline (*Matrix[float64]).At
./generic_matrix_bus_pool.go:26:21: inlining call to NewMatrix[go.shape.float64]
./generic_matrix_bus_pool.go:31:14: inlining call to (*Matrix[go.shape.float64]).At
./generic_matrix_bus_pool.go:31:27: inlining call to (*Matrix[go.shape.float64]).At
./generic_matrix_bus_pool.go:33:11: inlining call to (*Matrix[go.shape.float64]).Set
./generic_matrix_bus_pool.go:45:11: inlining call to sync.(*Mutex).Lock
./generic_matrix_bus_pool.go:45:11: inlining call to sync.(*Mutex).Lock
./generic_matrix_bus_pool.go:46:19: inlining call to sync.(*Mutex).Unlock
./generic_matrix_bus_pool.go:46:19: inlining call to sync.(*Mutex).Unlock
./generic_matrix_bus_pool.go:83:49: inlining call to fmt.Println
./generic_matrix_bus_pool.go:65:17: inlining call to sync.(*WaitGroup).Done
./generic_matrix_bus_pool.go:78:25: inlining call to NewMatrix[go.shape.float64]
./generic_matrix_bus_pool.go:79:25: inlining call to NewMatrix[go.shape.float64]
./generic_matrix_bus_pool.go:81:18: inlining call to (*Matrix[go.shape.float64]).At
./generic_matrix_bus_pool.go:81:13: inlining call to fmt.Println
./generic_matrix_bus_pool.go:84:13: inlining call to (*Bus[go.shape.*uint8]).Publish
./generic_matrix_bus_pool.go:53:6: inlining call to (*Bus[go.shape.*uint8]).Publish
./generic_matrix_bus_pool.go:17:6: inlining call to NewMatrix[go.shape.float64]
./generic_matrix_bus_pool.go:23:6: inlining call to (*Matrix[go.shape.float64]).Set
./generic_matrix_bus_pool.go:21:6: inlining call to (*Matrix[go.shape.float64]).At
