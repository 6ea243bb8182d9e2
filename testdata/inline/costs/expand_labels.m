./expand_labels.go:5:6: can inline find
./expand_labels.go:19:6: can inline main
./expand_labels.go:21:10: inlining call to find
