./copy_into_closure.go:8:6: can inline mk
./copy_into_closure.go:9:9: can inline mk.func1
./copy_into_closure.go:15:6: can inline each
./copy_into_closure.go:16:9: can inline each.func1
./copy_into_closure.go:49:12: can inline init.func1
./copy_into_closure.go:51:2: can inline init.func1-range1
./copy_into_closure.go:26:7: can inline inclosure.func1
./copy_into_closure.go:32:7: can inline inclosure.func2
./copy_into_closure.go:37:2: can inline inrange-range1
./copy_into_closure.go:41:2: can inline inrange-range2
./copy_into_closure.go:42:3: can inline inrange-range3
./copy_into_closure.go:57:6: can inline main
./copy_into_closure.go:51:21: inlining call to each
./copy_into_closure.go:16:9: can inline init.func1.each.1
./copy_into_closure.go:51:2: inlining call to init.func1.each.1
./copy_into_closure.go:51:2: inlining call to init.func1-range1
./copy_into_closure.go:51:2: inlining call to mk
./copy_into_closure.go:9:9: can inline init.func1.init.func1.each.1.init.func1-range1.mk.2
./copy_into_closure.go:51:2: inlining call to init.func1.init.func1.each.1.init.func1-range1.mk.2
./copy_into_closure.go:52:11: inlining call to mk
./copy_into_closure.go:9:9: can inline init.func1.mk.3
./copy_into_closure.go:52:14: inlining call to init.func1.mk.3
./copy_into_closure.go:27:10: inlining call to mk
./copy_into_closure.go:29:12: inlining call to mk
./copy_into_closure.go:9:9: can inline inclosure.func1.mk.2
./copy_into_closure.go:29:15: inlining call to inclosure.func1.mk.2
./copy_into_closure.go:32:25: inlining call to mk
./copy_into_closure.go:31:3: inlining call to inclosure.func1
./copy_into_closure.go:31:3: inlining call to mk
./copy_into_closure.go:31:3: inlining call to mk
./copy_into_closure.go:9:9: can inline inclosure.inclosure.func1.mk.func4
./copy_into_closure.go:31:3: inlining call to inclosure.inclosure.func1.mk.func4
./copy_into_closure.go:37:21: inlining call to each
./copy_into_closure.go:16:9: can inline inrange.each.func1
./copy_into_closure.go:37:2: inlining call to inrange.each.func1
./copy_into_closure.go:41:21: inlining call to each
./copy_into_closure.go:16:9: can inline inrange.each.func2
./copy_into_closure.go:41:2: inlining call to inrange.each.func2
./copy_into_closure.go:37:2: inlining call to inrange-range1
./copy_into_closure.go:41:2: inlining call to inrange-range2
./copy_into_closure.go:37:2: inlining call to mk
./copy_into_closure.go:41:2: inlining call to each
./copy_into_closure.go:16:9: can inline inrange.inrange.each.func2.inrange-range2.each.func4
./copy_into_closure.go:41:2: inlining call to inrange.inrange.each.func2.inrange-range2.each.func4
./copy_into_closure.go:42:3: can inline inrange.inrange.each.func2.inrange-range2-range4
./copy_into_closure.go:38:12: inlining call to mk
./copy_into_closure.go:42:22: inlining call to each
./copy_into_closure.go:16:9: can inline inrange.each.func6
./copy_into_closure.go:42:3: inlining call to inrange.each.func6
./copy_into_closure.go:42:3: inlining call to inrange-range3
