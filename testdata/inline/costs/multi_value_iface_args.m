./multi_value_iface_args.go:7:6: can inline g
./multi_value_iface_args.go:8:6: can inline gp
./multi_value_iface_args.go:10:6: can inline f
./multi_value_iface_args.go:11:6: can inline v
./multi_value_iface_args.go:12:6: can inline h
./multi_value_iface_args.go:14:6: can inline c1
./multi_value_iface_args.go:18:6: can inline c2
./multi_value_iface_args.go:22:6: can inline c3
./multi_value_iface_args.go:36:6: can inline main
./multi_value_iface_args.go:15:5: inlining call to g
./multi_value_iface_args.go:15:3: inlining call to f
./multi_value_iface_args.go:19:5: inlining call to g
./multi_value_iface_args.go:19:3: inlining call to v
./multi_value_iface_args.go:23:5: inlining call to g
./multi_value_iface_args.go:23:3: inlining call to h
./multi_value_iface_args.go:27:15: inlining call to g
./multi_value_iface_args.go:27:13: inlining call to fmt.Println
./multi_value_iface_args.go:32:16: inlining call to gp
./multi_value_iface_args.go:32:13: inlining call to fmt.Println
