./generic_instance_locals.go:12:6: can inline (*L[go.shape.int]).Largest
./generic_instance_locals.go:12:6: can inline (*L[go.shape.string]).Largest
./generic_instance_locals.go:12:6: can inline (*L[string]).Largest
./generic_instance_locals.go:12:6: can inline (*L[int]).Largest
./generic_instance_locals.go:26:22: inlining call to (*L[go.shape.int]).Largest
./generic_instance_locals.go:31:19: inlining call to (*L[go.shape.string]).Largest
./generic_instance_locals.go:12:6: inlining call to (*L[go.shape.string]).Largest
./generic_instance_locals.go:12:6: inlining call to (*L[go.shape.int]).Largest
