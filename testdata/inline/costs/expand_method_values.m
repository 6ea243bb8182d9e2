./expand_method_values.go:5:6: can inline (*T).get
./expand_method_values.go:6:6: can inline T.val
./expand_method_values.go:10:6: can inline (*U).put
./expand_method_values.go:14:6: can inline main
