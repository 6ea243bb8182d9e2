./call_operand_temp_text.go:14:6: can inline (*user).Name
./call_operand_temp_text.go:17:39: can inline pick.func1
