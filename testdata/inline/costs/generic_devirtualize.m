./generic_devirtualize.go:9:6: can inline (*Box[go.shape.int]).Keep
./generic_devirtualize.go:7:6: can inline Box[go.shape.int].String
./generic_devirtualize.go:9:6: can inline (*Box[go.shape.string]).Keep
./generic_devirtualize.go:7:6: can inline Box[go.shape.string].String
./generic_devirtualize.go:9:6: can inline (*Box[string]).Keep
./generic_devirtualize.go:7:6: can inline Box[string].String
./generic_devirtualize.go:9:6: can inline (*Box[int]).Keep
./generic_devirtualize.go:7:6: can inline Box[int].String
./generic_devirtualize.go:7:6: inlining call to Box[go.shape.string].String
./generic_devirtualize.go:9:6: inlining call to (*Box[go.shape.int]).Keep
./generic_devirtualize.go:17:14: inlining call to Box[string].String
./generic_devirtualize.go:19:15: inlining call to (*Box[int]).Keep
./generic_devirtualize.go:17:14: inlining call to Box[go.shape.string].String
./generic_devirtualize.go:19:15: inlining call to (*Box[go.shape.int]).Keep
./generic_devirtualize.go:9:6: inlining call to (*Box[go.shape.string]).Keep
./generic_devirtualize.go:7:6: inlining call to Box[go.shape.int].String
