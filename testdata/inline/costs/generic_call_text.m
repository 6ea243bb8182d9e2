./generic_call_text.go:9:6: can inline Keep[go.shape.*uint8]
./generic_call_text.go:9:6: can inline Keep[go.shape.int]
./generic_call_text.go:11:6: can inline Two[go.shape.string,go.shape.struct { main.a int; main.b int }]
./generic_call_text.go:5:6: can inline (*Box[go.shape.string]).Get
./generic_call_text.go:7:6: can inline Box[go.shape.string].Val
./generic_call_text.go:13:6: can inline Outer[go.shape.int]
./generic_call_text.go:9:6: can inline Keep[go.shape.struct { main.a int; main.b int }]
./generic_call_text.go:9:6: can inline Keep[main.S]
./generic_call_text.go:13:6: can inline Outer[int]
./generic_call_text.go:7:6: can inline Box[string].Val
./generic_call_text.go:5:6: can inline (*Box[string]).Get
./generic_call_text.go:11:6: can inline Two[string,main.S]
./generic_call_text.go:9:6: can inline Keep[int]
./generic_call_text.go:9:6: can inline Keep[*int]
./generic_call_text.go:21:15: inlining call to Keep[go.shape.*uint8]
./generic_call_text.go:22:20: inlining call to Keep[go.shape.int]
./generic_call_text.go:23:14: inlining call to Two[go.shape.string,go.shape.struct { main.a int; main.b int }]
./generic_call_text.go:25:16: inlining call to (*Box[go.shape.string]).Get
./generic_call_text.go:26:16: inlining call to Box[go.shape.string].Val
./generic_call_text.go:27:16: inlining call to Outer[go.shape.int]
./generic_call_text.go:28:15: inlining call to Keep[go.shape.struct { main.a int; main.b int }]
./generic_call_text.go:9:6: inlining call to Keep[go.shape.struct { main.a int; main.b int }]
./generic_call_text.go:13:6: inlining call to Outer[go.shape.int]
./generic_call_text.go:7:6: inlining call to Box[go.shape.string].Val
./generic_call_text.go:5:6: inlining call to (*Box[go.shape.string]).Get
./generic_call_text.go:11:6: inlining call to Two[go.shape.string,go.shape.struct { main.a int; main.b int }]
./generic_call_text.go:9:6: inlining call to Keep[go.shape.int]
./generic_call_text.go:9:6: inlining call to Keep[go.shape.*uint8]
