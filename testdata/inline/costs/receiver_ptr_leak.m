./receiver_ptr_leak.go:7:6: can inline (*T).save
./receiver_ptr_leak.go:11:6: can inline main
./receiver_ptr_leak.go:13:8: inlining call to (*T).save
