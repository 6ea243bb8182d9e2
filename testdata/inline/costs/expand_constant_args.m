./expand_constant_args.go:5:6: can inline conv
./expand_constant_args.go:6:6: can inline conv2
./expand_constant_args.go:7:6: can inline conv3
./expand_constant_args.go:11:6: can inline main
./expand_constant_args.go:12:6: inlining call to conv
./expand_constant_args.go:13:6: inlining call to conv
./expand_constant_args.go:15:6: inlining call to conv
./expand_constant_args.go:16:6: inlining call to conv
./expand_constant_args.go:17:7: inlining call to conv2
./expand_constant_args.go:18:7: inlining call to conv3
./expand_constant_args.go:20:7: inlining call to conv3
