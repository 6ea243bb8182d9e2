./generic_set_getter.go:7:6: can inline Set[go.shape.*int].Add
./generic_set_getter.go:9:6: can inline Set[go.shape.*int].Keys
./generic_set_getter.go:17:6: can inline Of[go.shape.int]
./generic_set_getter.go:17:6: can inline Of[go.shape.string]
./generic_set_getter.go:19:6: can inline (*Box[go.shape.string]).Getter
./generic_set_getter.go:20:9: can inline (*Box[go.shape.string]).Getter.func1
./generic_set_getter.go:19:6: can inline (*Box[go.shape.int]).Getter
./generic_set_getter.go:20:9: can inline (*Box[go.shape.int]).Getter.func1
./generic_set_getter.go:19:6: can inline (*Box[string]).Getter
./generic_set_getter.go:17:6: can inline Of[string]
./generic_set_getter.go:17:6: can inline Of[int]
./generic_set_getter.go:9:6: can inline Set[*int].Keys
./generic_set_getter.go:7:6: can inline Set[*int].Add
./generic_set_getter.go:19:6: can inline (*Box[int]).Getter
./generic_set_getter.go:30:7: inlining call to Set[go.shape.*int].Add
./generic_set_getter.go:31:12: inlining call to Set[go.shape.*int].Keys
./generic_set_getter.go:32:8: inlining call to Of[go.shape.int]
./generic_set_getter.go:33:11: inlining call to Of[go.shape.string]
./generic_set_getter.go:35:15: inlining call to (*Box[go.shape.string]).Getter
./generic_set_getter.go:20:9: can inline main.(*Box[go.shape.string]).Getter.func1
./generic_set_getter.go:36:7: inlining call to main.(*Box[go.shape.string]).Getter.func1
./generic_set_getter.go:19:6: inlining call to (*Box[go.shape.string]).Getter
./generic_set_getter.go:17:6: inlining call to Of[go.shape.string]
./generic_set_getter.go:17:6: inlining call to Of[go.shape.int]
./generic_set_getter.go:9:6: inlining call to Set[go.shape.*int].Keys
./generic_set_getter.go:7:6: inlining call to Set[go.shape.*int].Add
./generic_set_getter.go:19:6: inlining call to (*Box[go.shape.int]).Getter
