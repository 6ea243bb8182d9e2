./addr_deref_store.go:3:6: can inline f
./addr_deref_store.go:8:6: can inline main
./addr_deref_store.go:10:3: inlining call to f
