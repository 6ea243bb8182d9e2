./receiver_returns_self.go:5:6: can inline (*T).self
./receiver_returns_self.go:9:6: can inline main
./receiver_returns_self.go:11:12: inlining call to (*T).self
