./generic_stack_sum.go:9:6: can inline Sum[go.shape.int]
./generic_stack_sum.go:9:6: can inline Sum[go.shape.float64]
./generic_stack_sum.go:17:6: can inline Keys[go.shape.string,go.shape.int]
./generic_stack_sum.go:25:6: can inline Bytes[go.shape.string]
./generic_stack_sum.go:27:6: can inline Str[go.shape.[]uint8]
./generic_stack_sum.go:29:6: can inline Print[go.shape.int]
./generic_stack_sum.go:29:6: can inline Print[go.shape.string]
./generic_stack_sum.go:33:6: can inline Deref[go.shape.*int]
./generic_stack_sum.go:33:6: can inline Deref[go.shape.*string]
./generic_stack_sum.go:37:6: can inline (*Stack[go.shape.int]).Push
./generic_stack_sum.go:39:6: can inline (*Stack[go.shape.int]).PushAll
./generic_stack_sum.go:45:6: can inline (*Stack[go.shape.int]).Pop
./generic_stack_sum.go:37:6: can inline (*Stack[go.shape.*uint8]).Push
./generic_stack_sum.go:57:6: can inline Capture[go.shape.struct { main.a [40]int }]
./generic_stack_sum.go:58:9: can inline Capture[go.shape.struct { main.a [40]int }].func1
./generic_stack_sum.go:57:6: can inline Capture[go.shape.int]
./generic_stack_sum.go:58:9: can inline Capture[go.shape.int].func1
./generic_stack_sum.go:57:6: can inline Capture[int]
./generic_stack_sum.go:57:6: can inline Capture[main.Big]
./generic_stack_sum.go:45:6: can inline (*Stack[go.shape.*uint8]).Pop
./generic_stack_sum.go:39:6: can inline (*Stack[go.shape.*uint8]).PushAll
./generic_stack_sum.go:45:6: can inline (*Stack[*int]).Pop
./generic_stack_sum.go:39:6: can inline (*Stack[*int]).PushAll
./generic_stack_sum.go:37:6: can inline (*Stack[*int]).Push
./generic_stack_sum.go:45:6: can inline (*Stack[int]).Pop
./generic_stack_sum.go:39:6: can inline (*Stack[int]).PushAll
./generic_stack_sum.go:37:6: can inline (*Stack[int]).Push
./generic_stack_sum.go:33:6: can inline Deref[*string]
./generic_stack_sum.go:33:6: can inline Deref[*int]
./generic_stack_sum.go:27:6: can inline Str[[]uint8]
./generic_stack_sum.go:25:6: can inline Bytes[string]
./generic_stack_sum.go:17:6: can inline Keys[string,int]
./generic_stack_sum.go:9:6: can inline Sum[float64]
./generic_stack_sum.go:9:6: can inline Sum[main.MyInt]
./generic_stack_sum.go:9:6: can inline Sum[int]
./generic_stack_sum.go:29:37: inlining call to fmt.Println
./generic_stack_sum.go:29:37: inlining call to fmt.Println
./generic_stack_sum.go:41:9: inlining call to (*Stack[go.shape.int]).Push
./generic_stack_sum.go:62:9: inlining call to Sum[go.shape.int]
./generic_stack_sum.go:63:9: inlining call to Sum[go.shape.int]
./generic_stack_sum.go:64:9: inlining call to Sum[go.shape.float64]
./generic_stack_sum.go:65:10: inlining call to Keys[go.shape.string,go.shape.int]
./generic_stack_sum.go:66:11: inlining call to Bytes[go.shape.string]
./generic_stack_sum.go:67:9: inlining call to Str[go.shape.[]uint8]
./generic_stack_sum.go:68:7: inlining call to Print[go.shape.int]
./generic_stack_sum.go:69:7: inlining call to Print[go.shape.string]
./generic_stack_sum.go:70:7: inlining call to Print[go.shape.int]
./generic_stack_sum.go:72:11: inlining call to Deref[go.shape.*int]
./generic_stack_sum.go:74:11: inlining call to Deref[go.shape.*string]
./generic_stack_sum.go:76:9: inlining call to (*Stack[go.shape.int]).Push
./generic_stack_sum.go:77:12: inlining call to (*Stack[go.shape.int]).PushAll
./generic_stack_sum.go:78:15: inlining call to (*Stack[go.shape.int]).Pop
./generic_stack_sum.go:80:9: inlining call to (*Stack[go.shape.*uint8]).Push
./generic_stack_sum.go:81:13: inlining call to Capture[go.shape.struct { main.a [40]int }]
./generic_stack_sum.go:58:9: can inline main.Capture[go.shape.struct { main.a [40]int }].func1
./generic_stack_sum.go:81:20: inlining call to main.Capture[go.shape.struct { main.a [40]int }].func1
./generic_stack_sum.go:82:13: inlining call to Capture[go.shape.int]
./generic_stack_sum.go:58:9: can inline main.Capture[go.shape.int].func2
./generic_stack_sum.go:82:16: inlining call to main.Capture[go.shape.int].func2
./generic_stack_sum.go:68:7: inlining call to fmt.Println
./generic_stack_sum.go:69:7: inlining call to fmt.Println
./generic_stack_sum.go:70:7: inlining call to fmt.Println
./generic_stack_sum.go:77:12: inlining call to (*Stack[go.shape.int]).Push
./generic_stack_sum.go:57:6: inlining call to Capture[go.shape.int]
./generic_stack_sum.go:57:6: inlining call to Capture[go.shape.struct { main.a [40]int }]
./generic_stack_sum.go:41:9: inlining call to (*Stack[go.shape.*uint8]).Push
./generic_stack_sum.go:45:6: inlining call to (*Stack[go.shape.*uint8]).Pop
./generic_stack_sum.go:39:6: inlining call to (*Stack[go.shape.*uint8]).PushAll
./generic_stack_sum.go:39:6: inlining call to (*Stack[go.shape.*uint8]).Push
./generic_stack_sum.go:37:6: inlining call to (*Stack[go.shape.*uint8]).Push
./generic_stack_sum.go:45:6: inlining call to (*Stack[go.shape.int]).Pop
./generic_stack_sum.go:39:6: inlining call to (*Stack[go.shape.int]).PushAll
./generic_stack_sum.go:39:6: inlining call to (*Stack[go.shape.int]).Push
./generic_stack_sum.go:37:6: inlining call to (*Stack[go.shape.int]).Push
./generic_stack_sum.go:33:6: inlining call to Deref[go.shape.*string]
./generic_stack_sum.go:33:6: inlining call to Deref[go.shape.*int]
./generic_stack_sum.go:29:6: inlining call to Print[go.shape.int]
./generic_stack_sum.go:29:6: inlining call to fmt.Println
./generic_stack_sum.go:29:6: inlining call to Print[go.shape.string]
./generic_stack_sum.go:29:6: inlining call to fmt.Println
./generic_stack_sum.go:29:6: inlining call to Print[go.shape.int]
./generic_stack_sum.go:29:6: inlining call to fmt.Println
./generic_stack_sum.go:27:6: inlining call to Str[go.shape.[]uint8]
./generic_stack_sum.go:25:6: inlining call to Bytes[go.shape.string]
./generic_stack_sum.go:17:6: inlining call to Keys[go.shape.string,go.shape.int]
./generic_stack_sum.go:9:6: inlining call to Sum[go.shape.float64]
./generic_stack_sum.go:9:6: inlining call to Sum[go.shape.int]
./generic_stack_sum.go:9:6: inlining call to Sum[go.shape.int]
