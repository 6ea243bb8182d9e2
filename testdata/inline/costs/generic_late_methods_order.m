./generic_late_methods_order.go:19:6: can inline Some[go.shape.int]
./generic_late_methods_order.go:27:6: can inline useOption
./generic_late_methods_order.go:19:6: can inline Some[go.shape.string]
./generic_late_methods_order.go:32:6: can inline useOther
./generic_late_methods_order.go:25:6: can inline Ok[go.shape.int]
./generic_late_methods_order.go:37:6: can inline useResult
./generic_late_methods_order.go:42:6: can inline main
./generic_late_methods_order.go:23:6: can inline Result[go.shape.int].String
./generic_late_methods_order.go:25:6: can inline Ok[int]
./generic_late_methods_order.go:23:6: can inline Result[int].String
./generic_late_methods_order.go:17:6: can inline Option[go.shape.string].Get
./generic_late_methods_order.go:16:6: can inline Option[go.shape.string].String
./generic_late_methods_order.go:19:6: can inline Some[string]
./generic_late_methods_order.go:17:6: can inline Option[string].Get
./generic_late_methods_order.go:16:6: can inline Option[string].String
./generic_late_methods_order.go:17:6: can inline Option[go.shape.int].Get
./generic_late_methods_order.go:16:6: can inline Option[go.shape.int].String
./generic_late_methods_order.go:19:6: can inline Some[int]
./generic_late_methods_order.go:17:6: can inline Option[int].Get
./generic_late_methods_order.go:16:6: can inline Option[int].String
./generic_late_methods_order.go:28:16: inlining call to Some[go.shape.int]
./generic_late_methods_order.go:33:19: inlining call to Some[go.shape.string]
./generic_late_methods_order.go:38:14: inlining call to Ok[go.shape.int]
./generic_late_methods_order.go:43:11: inlining call to useOption
./generic_late_methods_order.go:44:10: inlining call to useOther
./generic_late_methods_order.go:45:11: inlining call to useResult
./generic_late_methods_order.go:43:11: inlining call to Some[go.shape.int]
./generic_late_methods_order.go:44:10: inlining call to Some[go.shape.string]
./generic_late_methods_order.go:45:11: inlining call to Ok[go.shape.int]
./generic_late_methods_order.go:25:6: inlining call to Ok[go.shape.int]
./generic_late_methods_order.go:23:6: inlining call to Result[go.shape.int].String
./generic_late_methods_order.go:19:6: inlining call to Some[go.shape.string]
./generic_late_methods_order.go:17:6: inlining call to Option[go.shape.string].Get
./generic_late_methods_order.go:16:6: inlining call to Option[go.shape.string].String
./generic_late_methods_order.go:19:6: inlining call to Some[go.shape.int]
./generic_late_methods_order.go:17:6: inlining call to Option[go.shape.int].Get
./generic_late_methods_order.go:16:6: inlining call to Option[go.shape.int].String
