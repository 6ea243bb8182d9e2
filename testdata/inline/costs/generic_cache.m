./generic_cache.go:56:6: can inline N.String
./generic_cache.go:19:6: can inline NewCache[go.shape.string,go.shape.int]
./generic_cache.go:23:6: can inline (*Cache[go.shape.string,go.shape.int]).Put
./generic_cache.go:28:6: can inline (*Cache[go.shape.string,go.shape.int]).Get
./generic_cache.go:19:6: can inline NewCache[go.shape.int,go.shape.*uint8]
./generic_cache.go:23:6: can inline (*Cache[go.shape.int,go.shape.*uint8]).Put
./generic_cache.go:38:6: can inline Reduce[go.shape.int,go.shape.string]
./generic_cache.go:77:30: can inline main.func1
./generic_cache.go:60:5: can inline Chan[go.shape.string].func1
./generic_cache.go:58:6: can inline Chan[string]
./generic_cache.go:46:6: can inline Join[main.N]
./generic_cache.go:38:6: can inline Reduce[int,string]
./generic_cache.go:28:6: can inline (*Cache[go.shape.int,go.shape.*uint8]).Get
./generic_cache.go:19:6: can inline NewCache[int,*main.N]
./generic_cache.go:28:6: can inline (*Cache[int,*main.N]).Get
./generic_cache.go:23:6: can inline (*Cache[int,*main.N]).Put
./generic_cache.go:19:6: can inline NewCache[string,int]
./generic_cache.go:28:6: can inline (*Cache[string,int]).Get
./generic_cache.go:23:6: can inline (*Cache[string,int]).Put
./generic_cache.go:32:26: inlining call to errors.New
./generic_cache.go:49:16: inlining call to strings.(*Builder).WriteString
./generic_cache.go:51:17: inlining call to strings.(*Builder).String
./generic_cache.go:49:16: inlining call to strings.(*Builder).copyCheck
./generic_cache.go:49:16: inlining call to abi.NoEscape
./generic_cache.go:70:28: inlining call to NewCache[go.shape.string,go.shape.int]
./generic_cache.go:71:7: inlining call to (*Cache[go.shape.string,go.shape.int]).Put
./generic_cache.go:72:17: inlining call to (*Cache[go.shape.string,go.shape.int]).Get
./generic_cache.go:73:13: inlining call to fmt.Println
./generic_cache.go:74:25: inlining call to NewCache[go.shape.int,go.shape.*uint8]
./generic_cache.go:76:8: inlining call to (*Cache[go.shape.int,go.shape.*uint8]).Put
./generic_cache.go:77:12: inlining call to Reduce[go.shape.int,go.shape.string]
./generic_cache.go:72:17: inlining call to errors.New
./generic_cache.go:77:12: inlining call to main.func1
./generic_cache.go:38:6: inlining call to Reduce[go.shape.int,go.shape.string]
./generic_cache.go:32:26: inlining call to errors.New
./generic_cache.go:19:6: inlining call to NewCache[go.shape.int,go.shape.*uint8]
./generic_cache.go:28:6: inlining call to (*Cache[go.shape.int,go.shape.*uint8]).Get
./generic_cache.go:28:6: inlining call to errors.New
./generic_cache.go:23:6: inlining call to (*Cache[go.shape.int,go.shape.*uint8]).Put
./generic_cache.go:19:6: inlining call to NewCache[go.shape.string,go.shape.int]
./generic_cache.go:28:6: inlining call to (*Cache[go.shape.string,go.shape.int]).Get
./generic_cache.go:28:6: inlining call to errors.New
./generic_cache.go:23:6: inlining call to (*Cache[go.shape.string,go.shape.int]).Put
