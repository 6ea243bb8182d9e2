./generic_tparam_method_text.go:16:6: can inline ledger.ID
./generic_tparam_method_text.go:17:6: can inline ledger.Amounts
./generic_tparam_method_text.go:18:6: can inline ledger.Sum
./generic_tparam_method_text.go:36:6: can inline main
./generic_tparam_method_text.go:32:6: can inline show[main.ledger]
./generic_tparam_method_text.go:33:13: inlining call to fmt.Println
