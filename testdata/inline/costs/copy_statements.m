./copy_statements.go:10:6: can inline (*T).get
./copy_statements.go:12:6: can inline mk
./copy_statements.go:18:9: can inline mk.func1.1
./copy_statements.go:19:6: can inline mk.func1.2
./copy_statements.go:24:6: can inline mk2
./copy_statements.go:25:9: can inline mk2.func1
./copy_statements.go:28:6: can inline (*T).M
./copy_statements.go:41:6: can inline rec
./copy_statements.go:42:9: can inline rec.func1
./copy_statements.go:50:6: can inline userec
./copy_statements.go:52:6: can inline main
./copy_statements.go:25:34: inlining call to (*T).get
./copy_statements.go:28:40: inlining call to mk2
./copy_statements.go:33:11: inlining call to mk
./copy_statements.go:34:9: inlining call to mk
./copy_statements.go:38:12: inlining call to (*T).M
./copy_statements.go:38:12: inlining call to mk2
./copy_statements.go:44:14: inlining call to rec
./copy_statements.go:42:9: can inline rec.func1.rec.1
./copy_statements.go:44:21: inlining call to rec.func1.rec.1
./copy_statements.go:44:21: inlining call to rec
./copy_statements.go:42:9: can inline rec.func1.rec.func1.rec.1.rec.2
./copy_statements.go:50:27: inlining call to rec
