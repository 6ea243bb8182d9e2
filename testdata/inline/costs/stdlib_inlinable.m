./stdlib_inlinable.go:7:6: can inline s1
./stdlib_inlinable.go:9:6: can inline main
./stdlib_inlinable.go:7:50: inlining call to strings.HasPrefix
./stdlib_inlinable.go:7:50: inlining call to stringslite.HasPrefix
