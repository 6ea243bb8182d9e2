./generic_devirtualize_shaped.go:11:6: can inline Str[go.shape.int]
./generic_devirtualize_shaped.go:9:6: can inline Box[go.shape.struct { main.p *int }].String
./generic_devirtualize_shaped.go:9:6: can inline Box[go.shape.int].String
./generic_devirtualize_shaped.go:9:6: can inline Box[int].String
./generic_devirtualize_shaped.go:11:6: can inline Str[int]
./generic_devirtualize_shaped.go:9:6: can inline Box[main.S].String
./generic_devirtualize_shaped.go:9:6: inlining call to Box[go.shape.struct { main.p *int }].String
./generic_devirtualize_shaped.go:18:14: inlining call to Box[main.S].String
./generic_devirtualize_shaped.go:19:9: inlining call to Str[go.shape.int]
./generic_devirtualize_shaped.go:18:14: inlining call to Box[go.shape.struct { main.p *int }].String
./generic_devirtualize_shaped.go:9:6: inlining call to Box[go.shape.int].String
./generic_devirtualize_shaped.go:11:6: inlining call to Str[go.shape.int]
