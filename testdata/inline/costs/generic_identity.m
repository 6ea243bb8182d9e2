./generic_identity.go:3:6: can inline id[go.shape.*uint8]
./generic_identity.go:5:6: can inline f
./generic_identity.go:10:6: can inline main
./generic_identity.go:3:6: can inline id[*int]
./generic_identity.go:7:11: inlining call to id[go.shape.*uint8]
./generic_identity.go:10:20: inlining call to f
./generic_identity.go:10:20: inlining call to id[go.shape.*uint8]
./generic_identity.go:3:6: inlining call to id[go.shape.*uint8]
