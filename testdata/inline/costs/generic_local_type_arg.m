./generic_local_type_arg.go:21:6: can inline other
./generic_local_type_arg.go:9:6: can inline keep[go.shape.*uint8]
./generic_local_type_arg.go:9:6: can inline keep[go.shape.struct { main.next *main.Node·2 }]
./generic_local_type_arg.go:13:6: can inline build[go.shape.func() main.Fn·3]
./generic_local_type_arg.go:15:6: can inline build[go.shape.func() main.Fn·3].func1
./generic_local_type_arg.go:26:6: can inline main
./generic_local_type_arg.go:13:6: can inline build[main.Fn·3]
./generic_local_type_arg.go:9:6: can inline keep[main.Node·2]
./generic_local_type_arg.go:9:6: can inline keep[*main.Node·2]
./generic_local_type_arg.go:30:13: inlining call to keep[go.shape.*uint8]
./generic_local_type_arg.go:31:10: inlining call to keep[go.shape.struct { main.next *main.Node·2 }]
./generic_local_type_arg.go:32:15: inlining call to build[go.shape.func() main.Fn·3]
./generic_local_type_arg.go:33:7: inlining call to other
./generic_local_type_arg.go:13:6: inlining call to build[go.shape.func() main.Fn·3]
./generic_local_type_arg.go:9:6: inlining call to keep[go.shape.struct { main.next *main.Node·2 }]
./generic_local_type_arg.go:9:6: inlining call to keep[go.shape.*uint8]
