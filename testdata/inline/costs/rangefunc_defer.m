./rangefunc_defer.go:3:6: can inline seq
./rangefunc_defer.go:9:3: can inline deferred.deferwrap1
./rangefunc_defer.go:13:6: can inline main
./rangefunc_defer.go:8:2: inlining call to seq
