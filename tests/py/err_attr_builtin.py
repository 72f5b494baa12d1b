lst = [1]
lst.push(2)
