./generic_store.go:5:6: can inline (*Box[go.shape.*uint8]).set
./generic_store.go:7:6: can inline f
./generic_store.go:13:6: can inline main
./generic_store.go:5:6: can inline (*Box[*int]).set
./generic_store.go:10:7: inlining call to (*Box[go.shape.*uint8]).set
./generic_store.go:13:16: inlining call to f
./generic_store.go:13:16: inlining call to (*Box[go.shape.*uint8]).set
./generic_store.go:5:6: inlining call to (*Box[go.shape.*uint8]).set
