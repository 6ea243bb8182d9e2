./rangefunc_iter.go:10:6: can inline count
./rangefunc_iter.go:11:9: can inline count.func1
./rangefunc_iter.go:30:12: can inline init.func1
./rangefunc_iter.go:32:2: can inline init.func1-range1
./rangefunc_iter.go:20:6: can inline pairs
./rangefunc_iter.go:21:9: can inline pairs.func1
./rangefunc_iter.go:39:2: can inline printing-range1
./rangefunc_iter.go:45:2: can inline typeswitch-range1
./rangefunc_iter.go:55:6: can inline gostmt.func1
./rangefunc_iter.go:62:3: can inline labeled-range1
./rangefunc_iter.go:71:6: can inline main
./rangefunc_iter.go:32:22: inlining call to count
./rangefunc_iter.go:11:9: can inline init.func1.count.1
./rangefunc_iter.go:32:2: inlining call to init.func1.count.1
./rangefunc_iter.go:32:2: inlining call to init.func1-range1
./rangefunc_iter.go:39:25: inlining call to pairs
./rangefunc_iter.go:21:9: can inline printing.pairs.func1
./rangefunc_iter.go:39:2: inlining call to printing.pairs.func1
./rangefunc_iter.go:39:2: inlining call to printing-range1
./rangefunc_iter.go:39:2: inlining call to fmt.Println
./rangefunc_iter.go:40:14: inlining call to fmt.Println
./rangefunc_iter.go:45:22: inlining call to count
./rangefunc_iter.go:11:9: can inline typeswitch.count.func1
./rangefunc_iter.go:45:2: inlining call to typeswitch.count.func1
./rangefunc_iter.go:45:2: inlining call to typeswitch-range1
./rangefunc_iter.go:54:22: inlining call to count
./rangefunc_iter.go:11:9: can inline gostmt.count.func2
./rangefunc_iter.go:54:2: inlining call to gostmt.count.func2
./rangefunc_iter.go:62:23: inlining call to count
./rangefunc_iter.go:11:9: can inline labeled.count.func1
./rangefunc_iter.go:62:3: inlining call to labeled.count.func1
./rangefunc_iter.go:62:3: inlining call to labeled-range1
