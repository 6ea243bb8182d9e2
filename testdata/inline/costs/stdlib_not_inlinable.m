./stdlib_not_inlinable.go:7:6: can inline s3
./stdlib_not_inlinable.go:9:6: can inline main
./stdlib_not_inlinable.go:7:45: inlining call to strings.Index
