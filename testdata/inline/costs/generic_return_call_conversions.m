./generic_return_call_conversions.go:9:6: can inline P2
./generic_return_call_conversions.go:8:6: can inline Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:17:6: can inline gA
./generic_return_call_conversions.go:19:6: can inline hA
./generic_return_call_conversions.go:13:6: can inline Q[go.shape.int].A
./generic_return_call_conversions.go:15:6: can inline fA[go.shape.int]
./generic_return_call_conversions.go:21:6: can inline kA[go.shape.int]
./generic_return_call_conversions.go:33:6: can inline E.Error
./generic_return_call_conversions.go:35:6: can inline Two[go.shape.int]
./generic_return_call_conversions.go:37:6: can inline t1[go.shape.int]
./generic_return_call_conversions.go:35:6: can inline Two[go.shape.interface {}]
./generic_return_call_conversions.go:37:6: can inline t1[go.shape.interface {}]
./generic_return_call_conversions.go:35:6: can inline Two[go.shape.struct {}]
./generic_return_call_conversions.go:38:6: can inline t3[go.shape.struct {}]
./generic_return_call_conversions.go:35:6: can inline Two[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:38:6: can inline t3[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:39:6: can inline t4[go.shape.interface {}]
./generic_return_call_conversions.go:39:6: can inline t4[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:40:6: can inline t5[go.shape.interface {}]
./generic_return_call_conversions.go:40:6: can inline t5[interface {}]
./generic_return_call_conversions.go:39:6: can inline t4[error]
./generic_return_call_conversions.go:39:6: can inline t4[interface {}]
./generic_return_call_conversions.go:38:6: can inline t3[error]
./generic_return_call_conversions.go:38:6: can inline t3[main.E]
./generic_return_call_conversions.go:37:6: can inline t1[interface {}]
./generic_return_call_conversions.go:37:6: can inline t1[int]
./generic_return_call_conversions.go:21:6: can inline kA[int]
./generic_return_call_conversions.go:15:6: can inline fA[int]
./generic_return_call_conversions.go:13:6: can inline Q[int].A
./generic_return_call_conversions.go:8:6: can inline Pair[int,int]
./generic_return_call_conversions.go:17:40: inlining call to Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:19:38: inlining call to P2
./generic_return_call_conversions.go:13:41: inlining call to Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:15:43: inlining call to Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:21:43: inlining call to P2
./generic_return_call_conversions.go:24:19: inlining call to Q[go.shape.int].A
./generic_return_call_conversions.go:25:11: inlining call to fA[go.shape.int]
./generic_return_call_conversions.go:26:11: inlining call to gA
./generic_return_call_conversions.go:27:11: inlining call to hA
./generic_return_call_conversions.go:28:11: inlining call to kA[go.shape.int]
./generic_return_call_conversions.go:24:19: inlining call to Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:25:11: inlining call to Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:26:11: inlining call to Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:27:11: inlining call to P2
./generic_return_call_conversions.go:28:11: inlining call to P2
./generic_return_call_conversions.go:37:54: inlining call to Two[go.shape.int]
./generic_return_call_conversions.go:37:54: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:38:54: inlining call to Two[go.shape.struct {}]
./generic_return_call_conversions.go:38:54: inlining call to Two[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:39:54: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:39:54: inlining call to Two[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:40:57: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:43:11: inlining call to t1[go.shape.int]
./generic_return_call_conversions.go:44:16: inlining call to t1[go.shape.interface {}]
./generic_return_call_conversions.go:45:11: inlining call to t3[go.shape.struct {}]
./generic_return_call_conversions.go:46:18: inlining call to t3[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:47:16: inlining call to t4[go.shape.interface {}]
./generic_return_call_conversions.go:48:18: inlining call to t4[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:49:24: inlining call to t5[go.shape.interface {}]
./generic_return_call_conversions.go:43:11: inlining call to Two[go.shape.int]
./generic_return_call_conversions.go:44:16: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:45:11: inlining call to Two[go.shape.struct {}]
./generic_return_call_conversions.go:46:18: inlining call to Two[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:47:16: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:48:18: inlining call to Two[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:49:24: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:40:6: inlining call to t5[go.shape.interface {}]
./generic_return_call_conversions.go:40:6: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:39:6: inlining call to t4[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:39:6: inlining call to Two[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:39:6: inlining call to t4[go.shape.interface {}]
./generic_return_call_conversions.go:39:6: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:38:6: inlining call to t3[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:38:6: inlining call to Two[go.shape.interface { Error() string }]
./generic_return_call_conversions.go:38:6: inlining call to t3[go.shape.struct {}]
./generic_return_call_conversions.go:38:6: inlining call to Two[go.shape.struct {}]
./generic_return_call_conversions.go:37:6: inlining call to t1[go.shape.interface {}]
./generic_return_call_conversions.go:37:6: inlining call to Two[go.shape.interface {}]
./generic_return_call_conversions.go:37:6: inlining call to t1[go.shape.int]
./generic_return_call_conversions.go:37:6: inlining call to Two[go.shape.int]
./generic_return_call_conversions.go:21:6: inlining call to kA[go.shape.int]
./generic_return_call_conversions.go:21:6: inlining call to P2
./generic_return_call_conversions.go:15:6: inlining call to fA[go.shape.int]
./generic_return_call_conversions.go:15:6: inlining call to Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:13:6: inlining call to Q[go.shape.int].A
./generic_return_call_conversions.go:13:6: inlining call to Pair[go.shape.int,go.shape.int]
./generic_return_call_conversions.go:8:6: inlining call to Pair[go.shape.int,go.shape.int]
<autogenerated>:1: inlining call to E.Error
<autogenerated>:1: inlining call to Q[int].A
<autogenerated>:1: inlining call to Q[go.shape.int].A
<autogenerated>:1: inlining call to Pair[go.shape.int,go.shape.int]
<autogenerated>:1: inlining call to Q[go.shape.int].A
<autogenerated>:1: inlining call to Pair[go.shape.int,go.shape.int]
