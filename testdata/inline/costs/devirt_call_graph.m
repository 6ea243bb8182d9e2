./devirt_call_graph.go:13:6: can inline m
./devirt_call_graph.go:9:6: can inline main
./devirt_call_graph.go:19:6: can inline TI.M
./devirt_call_graph.go:16:5: inlining call to TI.M
./devirt_call_graph.go:10:3: inlining call to m
./devirt_call_graph.go:10:3: inlining call to TI.M
