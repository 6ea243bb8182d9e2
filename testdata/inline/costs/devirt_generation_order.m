./devirt_generation_order.go:9:6: can inline foo.Get
./devirt_generation_order.go:17:6: can inline direct.Get
./devirt_generation_order.go:21:6: can inline a
./devirt_generation_order.go:27:6: can inline a2
./devirt_generation_order.go:33:6: can inline k
./devirt_generation_order.go:35:6: can inline h
./devirt_generation_order.go:24:14: inlining call to foo.Get
./devirt_generation_order.go:30:14: inlining call to direct.Get
./devirt_generation_order.go:35:24: inlining call to k
./devirt_generation_order.go:37:16: inlining call to a
./devirt_generation_order.go:37:21: inlining call to h
./devirt_generation_order.go:37:27: inlining call to a2
./devirt_generation_order.go:37:16: inlining call to foo.Get
./devirt_generation_order.go:37:21: inlining call to k
./devirt_generation_order.go:37:27: inlining call to direct.Get
