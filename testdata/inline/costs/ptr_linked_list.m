./ptr_linked_list.go:8:6: can inline push
./ptr_linked_list.go:12:6: can inline main
./ptr_linked_list.go:12:23: inlining call to push
