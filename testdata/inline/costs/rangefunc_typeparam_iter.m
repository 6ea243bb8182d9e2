./rangefunc_typeparam_iter.go:16:6: can inline seq
./rangefunc_typeparam_iter.go:7:6: can inline F[go.shape.func(func(int) bool)]
./rangefunc_typeparam_iter.go:8:2: can inline F[go.shape.func(func(int) bool)]-range1
./rangefunc_typeparam_iter.go:18:6: can inline main
./rangefunc_typeparam_iter.go:7:6: can inline F[func(func(int) bool)]
./rangefunc_typeparam_iter.go:18:23: inlining call to F[go.shape.func(func(int) bool)]
./rangefunc_typeparam_iter.go:18:23: inlining call to seq
./rangefunc_typeparam_iter.go:8:2: can inline main.F[go.shape.func(func(int) bool)]-range1
./rangefunc_typeparam_iter.go:18:23: inlining call to main.F[go.shape.func(func(int) bool)]-range1
./rangefunc_typeparam_iter.go:7:6: inlining call to F[go.shape.func(func(int) bool)]
