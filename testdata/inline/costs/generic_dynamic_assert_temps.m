./generic_dynamic_assert_temps.go:33:6: can inline plain
./generic_dynamic_assert_temps.go:13:6: can inline box[go.shape.int].next
./generic_dynamic_assert_temps.go:20:6: can inline assert[go.shape.int]
./generic_dynamic_assert_temps.go:26:6: can inline lookup[go.shape.int]
./generic_dynamic_assert_temps.go:26:6: can inline lookup[int]
./generic_dynamic_assert_temps.go:20:6: can inline assert[int]
./generic_dynamic_assert_temps.go:13:6: can inline box[int].next
./generic_dynamic_assert_temps.go:44:17: inlining call to box[go.shape.int].next
./generic_dynamic_assert_temps.go:45:13: inlining call to assert[go.shape.int]
./generic_dynamic_assert_temps.go:46:13: inlining call to lookup[go.shape.int]
./generic_dynamic_assert_temps.go:48:7: inlining call to plain
./generic_dynamic_assert_temps.go:26:6: inlining call to lookup[go.shape.int]
./generic_dynamic_assert_temps.go:20:6: inlining call to assert[go.shape.int]
./generic_dynamic_assert_temps.go:13:6: inlining call to box[go.shape.int].next
