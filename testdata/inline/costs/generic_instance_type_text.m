./generic_instance_type_text.go:14:6: can inline F[go.shape.int]
./generic_instance_type_text.go:14:6: can inline F[go.shape.struct { main.p *int }]
./generic_instance_type_text.go:20:6: can inline main
./generic_instance_type_text.go:14:6: can inline F[main.S]
./generic_instance_type_text.go:14:6: can inline F[int]
./generic_instance_type_text.go:24:3: inlining call to F[go.shape.int]
./generic_instance_type_text.go:25:3: inlining call to F[go.shape.struct { main.p *int }]
./generic_instance_type_text.go:14:6: inlining call to F[go.shape.struct { main.p *int }]
./generic_instance_type_text.go:14:6: inlining call to F[go.shape.int]
