def lookup(table, *, key, default=None):
    return table.get(key, default)
print(lookup({"a": 1}, key="a"))
lookup({"a": 1})
