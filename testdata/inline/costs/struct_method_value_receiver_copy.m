./struct_method_value_receiver_copy.go:5:6: can inline T.sum
./struct_method_value_receiver_copy.go:7:6: can inline f
./struct_method_value_receiver_copy.go:13:6: can inline main
./struct_method_value_receiver_copy.go:10:14: inlining call to T.sum
./struct_method_value_receiver_copy.go:13:20: inlining call to f
./struct_method_value_receiver_copy.go:13:20: inlining call to T.sum
