./generic_method_dictionary.go:35:6: can inline S.String
./generic_method_dictionary.go:14:6: can inline Wrap[go.shape.int]
./generic_method_dictionary.go:18:6: can inline (*Box[go.shape.int]).Early
./generic_method_dictionary.go:25:6: can inline Box[go.shape.int].Name
./generic_method_dictionary.go:15:6: can inline Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:27:6: can inline Box[go.shape.int].Twice
./generic_method_dictionary.go:29:6: can inline (*Box[go.shape.int]).Set
./generic_method_dictionary.go:15:6: can inline Pair[go.shape.int,go.shape.string]
./generic_method_dictionary.go:31:6: can inline Box[go.shape.int].Pairs
./generic_method_dictionary.go:39:6: can inline (*List[go.shape.int]).Push
./generic_method_dictionary.go:40:6: can inline (*List[go.shape.int]).Len
./generic_method_dictionary.go:41:6: can inline (*List[go.shape.int]).First
./generic_method_dictionary.go:58:6: can inline Q[go.shape.int].A
./generic_method_dictionary.go:59:6: can inline Q[go.shape.int].B
./generic_method_dictionary.go:60:6: can inline Q[go.shape.int].C
./generic_method_dictionary.go:61:6: can inline Q[go.shape.int].D
./generic_method_dictionary.go:62:6: can inline Q[go.shape.int].E
./generic_method_dictionary.go:15:6: can inline Pair[go.shape.int,go.shape.bool]
./generic_method_dictionary.go:63:6: can inline (*Q[go.shape.int]).F
./generic_method_dictionary.go:63:6: can inline (*Q[main.S]).F
./generic_method_dictionary.go:62:6: can inline Q[main.S].E
./generic_method_dictionary.go:61:6: can inline Q[main.S].D
./generic_method_dictionary.go:60:6: can inline Q[main.S].C
./generic_method_dictionary.go:59:6: can inline Q[main.S].B
./generic_method_dictionary.go:58:6: can inline Q[main.S].A
./generic_method_dictionary.go:41:6: can inline (*List[int]).First
./generic_method_dictionary.go:40:6: can inline (*List[int]).Len
./generic_method_dictionary.go:39:6: can inline (*List[int]).Push
./generic_method_dictionary.go:31:6: can inline Box[main.S].Pairs
./generic_method_dictionary.go:29:6: can inline (*Box[main.S]).Set
./generic_method_dictionary.go:27:6: can inline Box[main.S].Twice
./generic_method_dictionary.go:25:6: can inline Box[main.S].Name
./generic_method_dictionary.go:18:6: can inline (*Box[main.S]).Early
./generic_method_dictionary.go:18:46: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:27:47: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:31:50: inlining call to Pair[go.shape.int,go.shape.string]
./generic_method_dictionary.go:39:60: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:41:47: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:45:13: inlining call to (*Box[go.shape.int]).Early
./generic_method_dictionary.go:46:12: inlining call to Box[go.shape.int].Name
./generic_method_dictionary.go:47:16: inlining call to Box[go.shape.int].Twice
./generic_method_dictionary.go:48:7: inlining call to (*Box[go.shape.int]).Set
./generic_method_dictionary.go:49:16: inlining call to Box[go.shape.int].Pairs
./generic_method_dictionary.go:51:8: inlining call to (*List[go.shape.int]).Push
./generic_method_dictionary.go:52:11: inlining call to (*List[go.shape.int]).Len
./generic_method_dictionary.go:53:16: inlining call to (*List[go.shape.int]).First
./generic_method_dictionary.go:45:13: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:47:16: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:49:16: inlining call to Pair[go.shape.int,go.shape.string]
./generic_method_dictionary.go:51:8: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:53:16: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:58:43: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:60:43: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:61:43: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:63:43: inlining call to Pair[go.shape.int,go.shape.bool]
./generic_method_dictionary.go:67:12: inlining call to Q[go.shape.int].A
./generic_method_dictionary.go:68:9: inlining call to Q[go.shape.int].B
./generic_method_dictionary.go:69:9: inlining call to Q[go.shape.int].C
./generic_method_dictionary.go:70:9: inlining call to Q[go.shape.int].D
./generic_method_dictionary.go:71:9: inlining call to Q[go.shape.int].E
./generic_method_dictionary.go:72:12: inlining call to (*Q[go.shape.int]).F
./generic_method_dictionary.go:67:12: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:69:9: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:70:9: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:72:12: inlining call to Pair[go.shape.int,go.shape.bool]
./generic_method_dictionary.go:63:6: inlining call to (*Q[go.shape.int]).F
./generic_method_dictionary.go:63:6: inlining call to Pair[go.shape.int,go.shape.bool]
./generic_method_dictionary.go:62:6: inlining call to Q[go.shape.int].E
./generic_method_dictionary.go:61:6: inlining call to Q[go.shape.int].D
./generic_method_dictionary.go:61:6: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:60:6: inlining call to Q[go.shape.int].C
./generic_method_dictionary.go:60:6: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:59:6: inlining call to Q[go.shape.int].B
./generic_method_dictionary.go:58:6: inlining call to Q[go.shape.int].A
./generic_method_dictionary.go:58:6: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:41:6: inlining call to (*List[go.shape.int]).First
./generic_method_dictionary.go:41:6: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:40:6: inlining call to (*List[go.shape.int]).Len
./generic_method_dictionary.go:39:6: inlining call to (*List[go.shape.int]).Push
./generic_method_dictionary.go:39:6: inlining call to Wrap[go.shape.int]
./generic_method_dictionary.go:31:6: inlining call to Box[go.shape.int].Pairs
./generic_method_dictionary.go:31:6: inlining call to Pair[go.shape.int,go.shape.string]
./generic_method_dictionary.go:29:6: inlining call to (*Box[go.shape.int]).Set
./generic_method_dictionary.go:27:6: inlining call to Box[go.shape.int].Twice
./generic_method_dictionary.go:27:6: inlining call to Pair[go.shape.int,go.shape.int]
./generic_method_dictionary.go:25:6: inlining call to Box[go.shape.int].Name
./generic_method_dictionary.go:18:6: inlining call to (*Box[go.shape.int]).Early
./generic_method_dictionary.go:18:6: inlining call to Wrap[go.shape.int]
<autogenerated>:1: inlining call to S.String
<autogenerated>:1: inlining call to Q[main.S].A
<autogenerated>:1: inlining call to Q[go.shape.int].A
<autogenerated>:1: inlining call to Pair[go.shape.int,go.shape.int]
<autogenerated>:1: inlining call to Q[main.S].B
<autogenerated>:1: inlining call to Q[go.shape.int].B
<autogenerated>:1: inlining call to Q[main.S].C
<autogenerated>:1: inlining call to Q[go.shape.int].C
<autogenerated>:1: inlining call to Wrap[go.shape.int]
<autogenerated>:1: inlining call to Q[main.S].D
<autogenerated>:1: inlining call to Q[go.shape.int].D
<autogenerated>:1: inlining call to Wrap[go.shape.int]
<autogenerated>:1: inlining call to Q[main.S].E
<autogenerated>:1: inlining call to Q[go.shape.int].E
<autogenerated>:1: inlining call to Q[go.shape.int].A
<autogenerated>:1: inlining call to Pair[go.shape.int,go.shape.int]
<autogenerated>:1: inlining call to Q[go.shape.int].B
<autogenerated>:1: inlining call to Q[go.shape.int].C
<autogenerated>:1: inlining call to Wrap[go.shape.int]
<autogenerated>:1: inlining call to Q[go.shape.int].D
<autogenerated>:1: inlining call to Wrap[go.shape.int]
<autogenerated>:1: inlining call to Q[go.shape.int].E
<autogenerated>:1: inlining call to Box[main.S].Name
<autogenerated>:1: inlining call to Box[go.shape.int].Name
<autogenerated>:1: inlining call to Box[main.S].Pairs
<autogenerated>:1: inlining call to Box[go.shape.int].Pairs
<autogenerated>:1: inlining call to Pair[go.shape.int,go.shape.string]
<autogenerated>:1: inlining call to Box[main.S].Twice
<autogenerated>:1: inlining call to Box[go.shape.int].Twice
<autogenerated>:1: inlining call to Pair[go.shape.int,go.shape.int]
<autogenerated>:1: inlining call to Box[go.shape.int].Name
<autogenerated>:1: inlining call to Box[go.shape.int].Pairs
<autogenerated>:1: inlining call to Pair[go.shape.int,go.shape.string]
<autogenerated>:1: inlining call to Box[go.shape.int].Twice
<autogenerated>:1: inlining call to Pair[go.shape.int,go.shape.int]
