./generic_mutual_nongeneric.go:5:6: can inline f
./generic_mutual_nongeneric.go:22:6: can inline (*Inner[go.shape.string]).Addr
./generic_mutual_nongeneric.go:12:6: can inline G[string]
./generic_mutual_nongeneric.go:22:6: can inline (*Inner[string]).Addr
./generic_mutual_nongeneric.go:12:6: can inline G[*int]
./generic_mutual_nongeneric.go:14:10: inlining call to f
./generic_mutual_nongeneric.go:14:10: inlining call to f
./generic_mutual_nongeneric.go:26:7: inlining call to f
./generic_mutual_nongeneric.go:29:15: inlining call to (*Inner[go.shape.string]).Addr
./generic_mutual_nongeneric.go:22:6: inlining call to (*Inner[go.shape.string]).Addr
