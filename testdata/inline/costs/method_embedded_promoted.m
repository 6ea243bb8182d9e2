./method_embedded_promoted.go:5:6: can inline (*Inner).set
./method_embedded_promoted.go:9:6: can inline f
./method_embedded_promoted.go:15:6: can inline main
./method_embedded_promoted.go:12:7: inlining call to (*Inner).set
./method_embedded_promoted.go:15:16: inlining call to f
./method_embedded_promoted.go:15:16: inlining call to (*Inner).set
