./nil_conversion_costs.go:9:6: can inline n1
./nil_conversion_costs.go:10:6: can inline n2
./nil_conversion_costs.go:11:6: can inline n3
./nil_conversion_costs.go:12:6: can inline n4
./nil_conversion_costs.go:13:6: can inline n5
./nil_conversion_costs.go:14:6: can inline n6
./nil_conversion_costs.go:15:6: can inline n7
./nil_conversion_costs.go:16:6: can inline n8
./nil_conversion_costs.go:18:6: can inline main
./nil_conversion_costs.go:19:8: inlining call to n1
./nil_conversion_costs.go:20:8: inlining call to n2
./nil_conversion_costs.go:21:8: inlining call to n3
./nil_conversion_costs.go:22:8: inlining call to n4
./nil_conversion_costs.go:23:8: inlining call to n5
./nil_conversion_costs.go:24:4: inlining call to n6
./nil_conversion_costs.go:25:8: inlining call to n7
./nil_conversion_costs.go:26:11: inlining call to n8
