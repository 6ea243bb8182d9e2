module goesc/tools/stdlib

go 1.26
