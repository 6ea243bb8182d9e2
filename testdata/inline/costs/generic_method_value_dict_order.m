./generic_method_value_dict_order.go:11:6: can inline Box[go.shape.int].Get
./generic_method_value_dict_order.go:11:6: can inline Box[int].Get
./generic_method_value_dict_order.go:15:6: can inline Box[go.shape.string].String
./generic_method_value_dict_order.go:13:6: can inline (*Box[go.shape.string]).Set
./generic_method_value_dict_order.go:11:6: can inline Box[go.shape.string].Get
./generic_method_value_dict_order.go:15:6: can inline Box[string].String
./generic_method_value_dict_order.go:13:6: can inline (*Box[string]).Set
./generic_method_value_dict_order.go:11:6: can inline Box[string].Get
./generic_method_value_dict_order.go:15:6: can inline Box[go.shape.int].String
./generic_method_value_dict_order.go:13:6: can inline (*Box[go.shape.int]).Set
./generic_method_value_dict_order.go:15:6: can inline Box[int].String
./generic_method_value_dict_order.go:13:6: can inline (*Box[int]).Set
./generic_method_value_dict_order.go:11:6: inlining call to Box[go.shape.int].Get
./generic_method_value_dict_order.go:15:6: inlining call to Box[go.shape.string].String
./generic_method_value_dict_order.go:13:6: inlining call to (*Box[go.shape.string]).Set
./generic_method_value_dict_order.go:11:6: inlining call to Box[go.shape.string].Get
./generic_method_value_dict_order.go:15:6: inlining call to Box[go.shape.int].String
./generic_method_value_dict_order.go:13:6: inlining call to (*Box[go.shape.int]).Set
