./vm.go:3:6: can inline vm
./vm.go:5:6: can inline main
