./bounds_inlined_stdlib.go:13:6: can inline pick
./bounds_inlined_stdlib.go:17:25: inlining call to hex.EncodeToString
./bounds_inlined_stdlib.go:19:17: inlining call to hex.Encode
./bounds_inlined_stdlib.go:20:24: inlining call to pick
./bounds_inlined_stdlib.go:20:13: inlining call to fmt.Println
./bounds_inlined_stdlib.go:17:25: inlining call to hex.EncodedLen
./bounds_inlined_stdlib.go:17:25: inlining call to hex.Encode
