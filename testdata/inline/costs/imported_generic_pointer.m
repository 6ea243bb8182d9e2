/usr/local/go/src/slices/slices.go:96:6: can inline slices.Index[go.shape.[]*main.T,go.shape.*main.T]
./imported_generic_pointer.go:11:6: can inline find
/usr/local/go/src/slices/slices.go:353:6: can inline slices.Clone[go.shape.[]*main.T,go.shape.*uint8]
./imported_generic_pointer.go:17:6: can inline keep
./imported_generic_pointer.go:21:6: can inline main
/usr/local/go/src/slices/slices.go:353:6: can inline slices.Clone[[]*main.T,*main.T]
/usr/local/go/src/slices/slices.go:96:6: can inline slices.Index[[]*main.T,*main.T]
./imported_generic_pointer.go:13:21: inlining call to slices.Index[go.shape.[]*main.T,go.shape.*main.T]
./imported_generic_pointer.go:18:21: inlining call to slices.Clone[go.shape.[]*main.T,go.shape.*uint8]
./imported_generic_pointer.go:22:14: inlining call to find
./imported_generic_pointer.go:23:6: inlining call to keep
./imported_generic_pointer.go:22:14: inlining call to slices.Index[go.shape.[]*main.T,go.shape.*main.T]
./imported_generic_pointer.go:23:6: inlining call to slices.Clone[go.shape.[]*main.T,go.shape.*uint8]
/usr/local/go/src/slices/slices.go:353:6: inlining call to slices.Clone[go.shape.[]*main.T,go.shape.*uint8]
/usr/local/go/src/slices/slices.go:96:6: inlining call to slices.Index[go.shape.[]*main.T,go.shape.*main.T]
