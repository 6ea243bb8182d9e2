./receiver_field_offset0.go:5:6: can inline (*U).get
./receiver_field_offset0.go:12:6: can inline first
./receiver_field_offset0.go:13:6: can inline second
./receiver_field_offset0.go:15:6: can inline main
./receiver_field_offset0.go:12:43: inlining call to (*U).get
./receiver_field_offset0.go:13:43: inlining call to (*U).get
