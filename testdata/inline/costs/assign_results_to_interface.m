./assign_results_to_interface.go:5:6: can inline pair
./assign_results_to_interface.go:7:6: can inline assignResults
./assign_results_to_interface.go:12:6: can inline main
./assign_results_to_interface.go:9:16: inlining call to pair
