./generic_call_results.go:16:6: can inline New[go.shape.int]
./generic_call_results.go:21:6: can inline (*M[go.shape.int]).Row
./generic_call_results.go:22:6: can inline (*M[go.shape.int]).Peer
./generic_call_results.go:36:6: can inline (*M[go.shape.int]).Pair
./generic_call_results.go:16:6: can inline New[go.shape.string]
./generic_call_results.go:18:6: can inline Get[go.shape.string]
./generic_call_results.go:42:6: can inline f1[go.shape.string]
./generic_call_results.go:20:6: can inline (*M[go.shape.int]).At
./generic_call_results.go:50:6: can inline f2[go.shape.int]
./generic_call_results.go:67:6: can inline c1[go.shape.int]
./generic_call_results.go:69:6: can inline c2[go.shape.int]
./generic_call_results.go:76:6: can inline c3[go.shape.int,go.shape.string]
./generic_call_results.go:82:6: can inline c4[go.shape.uint8]
./generic_call_results.go:86:6: can inline c5[go.shape.map[string]int]
./generic_call_results.go:86:6: can inline c5[map[string]int]
./generic_call_results.go:82:6: can inline c4[uint8]
./generic_call_results.go:76:6: can inline c3[int,string]
./generic_call_results.go:69:6: can inline c2[int]
./generic_call_results.go:67:6: can inline c1[int]
./generic_call_results.go:36:6: can inline (*M[go.shape.string]).Pair
./generic_call_results.go:21:6: can inline (*M[go.shape.string]).Row
./generic_call_results.go:22:6: can inline (*M[go.shape.string]).Peer
./generic_call_results.go:23:6: can inline (*M[go.shape.string]).Same
./generic_call_results.go:20:6: can inline (*M[go.shape.string]).At
./generic_call_results.go:50:6: can inline f2[int]
./generic_call_results.go:36:6: can inline (*M[string]).Pair
./generic_call_results.go:24:6: can inline (*M[string]).Clone
./generic_call_results.go:23:6: can inline (*M[string]).Same
./generic_call_results.go:22:6: can inline (*M[string]).Peer
./generic_call_results.go:21:6: can inline (*M[string]).Row
./generic_call_results.go:20:6: can inline (*M[string]).At
./generic_call_results.go:42:6: can inline f1[string]
./generic_call_results.go:23:6: can inline (*M[go.shape.int]).Same
./generic_call_results.go:16:6: can inline New[int]
./generic_call_results.go:36:6: can inline (*M[int]).Pair
./generic_call_results.go:24:6: can inline (*M[int]).Clone
./generic_call_results.go:23:6: can inline (*M[int]).Same
./generic_call_results.go:22:6: can inline (*M[int]).Peer
./generic_call_results.go:21:6: can inline (*M[int]).Row
./generic_call_results.go:20:6: can inline (*M[int]).At
./generic_call_results.go:25:13: inlining call to New[go.shape.int]
./generic_call_results.go:26:13: inlining call to New[go.shape.int]
./generic_call_results.go:27:12: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:28:17: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:29:13: inlining call to (*M[go.shape.int]).Peer
./generic_call_results.go:37:13: inlining call to New[go.shape.int]
./generic_call_results.go:38:13: inlining call to New[go.shape.int]
./generic_call_results.go:43:13: inlining call to New[go.shape.string]
./generic_call_results.go:44:13: inlining call to New[go.shape.string]
./generic_call_results.go:45:10: inlining call to Get[go.shape.string]
./generic_call_results.go:46:10: inlining call to Get[go.shape.string]
./generic_call_results.go:51:12: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:52:12: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:53:11: inlining call to (*M[go.shape.int]).At
./generic_call_results.go:60:15: inlining call to New[go.shape.int]
./generic_call_results.go:62:15: inlining call to (*M[go.shape.int]).Pair
./generic_call_results.go:63:16: inlining call to f1[go.shape.string]
./generic_call_results.go:64:8: inlining call to f2[go.shape.int]
./generic_call_results.go:62:15: inlining call to New[go.shape.int]
./generic_call_results.go:62:15: inlining call to New[go.shape.int]
./generic_call_results.go:63:16: inlining call to New[go.shape.string]
./generic_call_results.go:63:16: inlining call to New[go.shape.string]
./generic_call_results.go:63:16: inlining call to Get[go.shape.string]
./generic_call_results.go:63:16: inlining call to Get[go.shape.string]
./generic_call_results.go:64:8: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:64:8: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:64:8: inlining call to (*M[go.shape.int]).At
./generic_call_results.go:93:8: inlining call to c1[go.shape.int]
./generic_call_results.go:94:4: inlining call to c2[go.shape.int]
./generic_call_results.go:95:4: inlining call to c3[go.shape.int,go.shape.string]
./generic_call_results.go:96:8: inlining call to c4[go.shape.uint8]
./generic_call_results.go:97:4: inlining call to c5[go.shape.map[string]int]
./generic_call_results.go:86:6: inlining call to c5[go.shape.map[string]int]
./generic_call_results.go:82:6: inlining call to c4[go.shape.uint8]
./generic_call_results.go:76:6: inlining call to c3[go.shape.int,go.shape.string]
./generic_call_results.go:69:6: inlining call to c2[go.shape.int]
./generic_call_results.go:67:6: inlining call to c1[go.shape.int]
./generic_call_results.go:37:13: inlining call to New[go.shape.string]
./generic_call_results.go:38:13: inlining call to New[go.shape.string]
./generic_call_results.go:25:13: inlining call to New[go.shape.string]
./generic_call_results.go:26:13: inlining call to New[go.shape.string]
./generic_call_results.go:27:12: inlining call to (*M[go.shape.string]).Row
./generic_call_results.go:28:17: inlining call to (*M[go.shape.string]).Row
./generic_call_results.go:29:13: inlining call to (*M[go.shape.string]).Peer
./generic_call_results.go:50:6: inlining call to f2[go.shape.int]
./generic_call_results.go:50:6: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:50:6: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:50:6: inlining call to (*M[go.shape.int]).At
./generic_call_results.go:36:6: inlining call to (*M[go.shape.string]).Pair
./generic_call_results.go:36:6: inlining call to New[go.shape.string]
./generic_call_results.go:36:6: inlining call to New[go.shape.string]
./generic_call_results.go:23:6: inlining call to (*M[go.shape.string]).Same
./generic_call_results.go:22:6: inlining call to (*M[go.shape.string]).Peer
./generic_call_results.go:21:6: inlining call to (*M[go.shape.string]).Row
./generic_call_results.go:20:6: inlining call to (*M[go.shape.string]).At
./generic_call_results.go:42:6: inlining call to f1[go.shape.string]
./generic_call_results.go:42:6: inlining call to New[go.shape.string]
./generic_call_results.go:42:6: inlining call to New[go.shape.string]
./generic_call_results.go:42:6: inlining call to Get[go.shape.string]
./generic_call_results.go:42:6: inlining call to Get[go.shape.string]
./generic_call_results.go:16:6: inlining call to New[go.shape.int]
./generic_call_results.go:36:6: inlining call to (*M[go.shape.int]).Pair
./generic_call_results.go:36:6: inlining call to New[go.shape.int]
./generic_call_results.go:36:6: inlining call to New[go.shape.int]
./generic_call_results.go:23:6: inlining call to (*M[go.shape.int]).Same
./generic_call_results.go:22:6: inlining call to (*M[go.shape.int]).Peer
./generic_call_results.go:21:6: inlining call to (*M[go.shape.int]).Row
./generic_call_results.go:20:6: inlining call to (*M[go.shape.int]).At
