./receiver_returns_field.go:5:6: can inline (*T).get
./receiver_returns_field.go:9:6: can inline main
./receiver_returns_field.go:12:11: inlining call to (*T).get
