./generic_method_values.go:7:6: can inline Box[go.shape.int].Get
./generic_method_values.go:7:6: can inline Box[int].Get
./generic_method_values.go:9:6: can inline (*Box[go.shape.*uint8]).Set
./generic_method_values.go:18:6: can inline Kind[go.shape.int]
./generic_method_values.go:18:6: can inline Kind[go.shape.string]
./generic_method_values.go:28:6: can inline Zero[go.shape.*uint8]
./generic_method_values.go:30:6: can inline Ptrs[go.shape.int]
./generic_method_values.go:9:6: can inline (*Box[go.shape.int]).Set
./generic_method_values.go:9:6: can inline (*Box[int]).Set
./generic_method_values.go:11:6: can inline Box[go.shape.*uint8].String
./generic_method_values.go:7:6: can inline Box[go.shape.*uint8].Get
./generic_method_values.go:11:6: can inline Box[go.shape.string].String
./generic_method_values.go:9:6: can inline (*Box[go.shape.string]).Set
./generic_method_values.go:7:6: can inline Box[go.shape.string].Get
./generic_method_values.go:30:6: can inline Ptrs[int]
./generic_method_values.go:28:6: can inline Zero[*int]
./generic_method_values.go:18:6: can inline Kind[string]
./generic_method_values.go:18:6: can inline Kind[int]
./generic_method_values.go:11:6: can inline Box[string].String
./generic_method_values.go:9:6: can inline (*Box[string]).Set
./generic_method_values.go:7:6: can inline Box[string].Get
./generic_method_values.go:11:6: can inline Box[go.shape.int].String
./generic_method_values.go:11:6: can inline Box[int].String
./generic_method_values.go:11:6: can inline Box[*int].String
./generic_method_values.go:9:6: can inline (*Box[*int]).Set
./generic_method_values.go:7:6: can inline Box[*int].Get
./generic_method_values.go:7:6: inlining call to Box[go.shape.int].Get
./generic_method_values.go:9:6: inlining call to (*Box[go.shape.int]).Set
./generic_method_values.go:48:7: inlining call to (*Box[go.shape.*uint8]).Set
./generic_method_values.go:49:10: inlining call to Kind[go.shape.int]
./generic_method_values.go:50:10: inlining call to Kind[go.shape.string]
./generic_method_values.go:51:16: inlining call to Zero[go.shape.*uint8]
./generic_method_values.go:52:10: inlining call to Ptrs[go.shape.int]
./generic_method_values.go:54:3: inlining call to (*Box[int]).Set
./generic_method_values.go:54:3: inlining call to (*Box[go.shape.int]).Set
./generic_method_values.go:30:6: inlining call to Ptrs[go.shape.int]
./generic_method_values.go:28:6: inlining call to Zero[go.shape.*uint8]
./generic_method_values.go:18:6: inlining call to Kind[go.shape.string]
./generic_method_values.go:18:6: inlining call to Kind[go.shape.int]
./generic_method_values.go:11:6: inlining call to Box[go.shape.string].String
./generic_method_values.go:9:6: inlining call to (*Box[go.shape.string]).Set
./generic_method_values.go:7:6: inlining call to Box[go.shape.string].Get
./generic_method_values.go:11:6: inlining call to Box[go.shape.int].String
./generic_method_values.go:11:6: inlining call to Box[go.shape.*uint8].String
./generic_method_values.go:9:6: inlining call to (*Box[go.shape.*uint8]).Set
./generic_method_values.go:7:6: inlining call to Box[go.shape.*uint8].Get
