./expand_method_wrappers.go:5:6: can inline T.Get
./expand_method_wrappers.go:6:6: can inline T.Ptr
./expand_method_wrappers.go:7:6: can inline T.Set
./expand_method_wrappers.go:8:6: can inline T.mk
./expand_method_wrappers.go:19:6: can inline Z.Str
./expand_method_wrappers.go:20:6: can inline (*Z).Inc
./expand_method_wrappers.go:22:6: can inline main
