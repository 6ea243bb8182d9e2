./copy_nested_called.go:12:12: can inline g.func1.1
./copy_nested_called.go:15:3: can inline g.func1.2
./copy_nested_called.go:17:10: can inline g.func1.3.1
./copy_nested_called.go:16:11: can inline g.func1.3
./copy_nested_called.go:11:11: can inline g.func1
./copy_nested_called.go:26:6: can inline f
./copy_nested_called.go:33:12: can inline h.func1.1
./copy_nested_called.go:32:11: can inline h.func1
./copy_nested_called.go:30:6: can inline h
./copy_nested_called.go:35:10: can inline h.func1.2
./copy_nested_called.go:45:12: can inline k.func1.1
./copy_nested_called.go:44:11: can inline k.func1
./copy_nested_called.go:42:6: can inline k
./copy_nested_called.go:52:6: can inline callk
./copy_nested_called.go:22:7: inlining call to g.func1
./copy_nested_called.go:12:12: can inline g.g.func1.func2
./copy_nested_called.go:22:7: inlining call to g.g.func1.func2
./copy_nested_called.go:22:7: inlining call to g.g.func1.func2
./copy_nested_called.go:15:3: can inline g.g.func1.func3
./copy_nested_called.go:22:7: inlining call to g.g.func1.func3
./copy_nested_called.go:17:10: can inline g.g.func1.func4.1
./copy_nested_called.go:16:11: can inline g.g.func1.func4
./copy_nested_called.go:22:7: inlining call to g.g.func1.func4
./copy_nested_called.go:17:10: can inline g.g.func1.g.g.func1.func4.func5
./copy_nested_called.go:22:7: inlining call to g.g.func1.g.g.func1.func4.func5
./copy_nested_called.go:13:8: inlining call to g.func1.1
./copy_nested_called.go:14:8: inlining call to g.func1.1
./copy_nested_called.go:15:17: inlining call to g.func1.2
./copy_nested_called.go:20:7: inlining call to g.func1.3
./copy_nested_called.go:17:10: can inline g.func1.g.func1.3.4
./copy_nested_called.go:20:7: inlining call to g.func1.g.func1.3.4
./copy_nested_called.go:18:6: inlining call to g.func1.3.1
./copy_nested_called.go:38:7: inlining call to h.func1
./copy_nested_called.go:33:12: can inline h.h.func1.func2
./copy_nested_called.go:38:7: inlining call to h.h.func1.func2
./copy_nested_called.go:34:8: inlining call to h.func1.1
./copy_nested_called.go:48:7: inlining call to k.func1
./copy_nested_called.go:45:12: can inline k.k.func1.func2
./copy_nested_called.go:48:7: inlining call to k.k.func1.func2
./copy_nested_called.go:46:8: inlining call to k.func1.1
./copy_nested_called.go:52:28: inlining call to k
./copy_nested_called.go:45:12: can inline callk.k.func1.1
./copy_nested_called.go:44:11: can inline callk.k.func1
./copy_nested_called.go:52:28: inlining call to callk.k.func1
./copy_nested_called.go:45:12: can inline callk.k.callk.k.func1.func2
./copy_nested_called.go:52:28: inlining call to callk.k.callk.k.func1.func2
./copy_nested_called.go:54:24: inlining call to f
./copy_nested_called.go:54:29: inlining call to h
./copy_nested_called.go:54:38: inlining call to callk
./copy_nested_called.go:33:12: can inline main.h.func1.1
./copy_nested_called.go:32:11: can inline main.h.func1
./copy_nested_called.go:54:29: inlining call to main.h.func1
./copy_nested_called.go:54:38: inlining call to k
./copy_nested_called.go:33:12: can inline main.h.main.h.func1.func2
./copy_nested_called.go:54:29: inlining call to main.h.main.h.func1.func2
./copy_nested_called.go:45:12: can inline main.callk.k.func4.1
./copy_nested_called.go:44:11: can inline main.callk.k.func4
./copy_nested_called.go:54:38: inlining call to main.callk.k.func4
./copy_nested_called.go:45:12: can inline main.callk.k.main.callk.k.func4.func5
./copy_nested_called.go:54:38: inlining call to main.callk.k.main.callk.k.func4.func5
