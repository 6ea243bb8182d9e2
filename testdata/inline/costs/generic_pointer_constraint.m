./generic_pointer_constraint.go:10:6: can inline (*A).Set
./generic_pointer_constraint.go:14:6: can inline (*B).Set
./generic_pointer_constraint.go:25:6: can inline New[go.shape.struct { main.s string },go.shape.*main.A]
./generic_pointer_constraint.go:25:6: can inline New[main.A,*main.A]
./generic_pointer_constraint.go:16:6: can inline FromStrings[main.B,*main.B]
./generic_pointer_constraint.go:16:6: can inline FromStrings[main.A,*main.A]
./generic_pointer_constraint.go:34:12: inlining call to New[go.shape.struct { main.s string },go.shape.*main.A]
./generic_pointer_constraint.go:25:6: inlining call to New[go.shape.struct { main.s string },go.shape.*main.A]
