./local_type_wrappers.go:8:6: can inline hidden.Error
./local_type_wrappers.go:12:6: can inline other.Name
./local_type_wrappers.go:14:6: can inline f1
./local_type_wrappers.go:20:6: can inline f2
./local_type_wrappers.go:27:6: can inline main
./local_type_wrappers.go:17:19: inlining call to hidden.Error
./local_type_wrappers.go:17:33: inlining call to other.Name
./local_type_wrappers.go:22:18: inlining call to other.Name
./local_type_wrappers.go:27:25: inlining call to f1
./local_type_wrappers.go:27:31: inlining call to f2
./local_type_wrappers.go:27:45: inlining call to other.Name
./local_type_wrappers.go:27:25: inlining call to hidden.Error
./local_type_wrappers.go:27:25: inlining call to other.Name
./local_type_wrappers.go:27:31: inlining call to other.Name
