./closure_own_component.go:6:6: can inline g
./closure_own_component.go:7:6: can inline take
./closure_own_component.go:8:6: can inline one
./closure_own_component.go:13:3: can inline outer.func1.gowrap1
./closure_own_component.go:14:8: can inline outer.func1.1
./closure_own_component.go:18:2: can inline outer.gowrap1
./closure_own_component.go:22:6: can inline main
./closure_own_component.go:12:11: inlining call to one
./closure_own_component.go:13:12: inlining call to g
./closure_own_component.go:15:8: inlining call to outer.func1.1
./closure_own_component.go:15:8: inlining call to one
./closure_own_component.go:13:10: inlining call to take
./closure_own_component.go:14:35: inlining call to one
./closure_own_component.go:18:11: inlining call to g
./closure_own_component.go:19:9: inlining call to one
./closure_own_component.go:18:9: inlining call to take
