./expand_embedded_wrappers.go:8:6: can inline Inner.Get
./expand_embedded_wrappers.go:9:6: can inline (*Inner).Set
./expand_embedded_wrappers.go:10:6: can inline Inner.Copy
./expand_embedded_wrappers.go:21:6: can inline main
