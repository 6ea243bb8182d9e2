./devirt_promoted.go:9:6: can inline foo.Get
./devirt_promoted.go:10:6: can inline (*foo).PGet
./devirt_promoted.go:24:6: can inline a
./devirt_promoted.go:30:6: can inline b
./devirt_promoted.go:36:6: can inline c
./devirt_promoted.go:48:6: can inline e
./devirt_promoted.go:60:6: can inline local
./devirt_promoted.go:58:6: can inline hidden.Error
./devirt_promoted.go:27:14: inlining call to foo.Get
./devirt_promoted.go:33:14: inlining call to foo.Get
./devirt_promoted.go:39:15: inlining call to (*foo).PGet
./devirt_promoted.go:45:11: inlining call to foo.Get
./devirt_promoted.go:51:12: inlining call to (*foo).PGet
./devirt_promoted.go:63:17: inlining call to hidden.Error
./devirt_promoted.go:54:16: inlining call to a
./devirt_promoted.go:54:21: inlining call to b
./devirt_promoted.go:54:26: inlining call to c
./devirt_promoted.go:54:36: inlining call to e
./devirt_promoted.go:54:45: inlining call to local
./devirt_promoted.go:54:16: inlining call to foo.Get
./devirt_promoted.go:54:21: inlining call to foo.Get
./devirt_promoted.go:54:26: inlining call to (*foo).PGet
./devirt_promoted.go:54:36: inlining call to (*foo).PGet
./devirt_promoted.go:54:45: inlining call to hidden.Error
