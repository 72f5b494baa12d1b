# operator module: itemgetter/attrgetter/methodcaller as sort keys, function forms of operators
import operator
from functools import reduce
rows = [("ann", 31, 5.5), ("bob", 25, 7.0), ("cy", 31, 6.25)]
print(sorted(rows, key=operator.itemgetter(1, 0)), list(map(operator.itemgetter(0), rows)))
print(operator.itemgetter(slice(1, 3))("abcd"), operator.itemgetter("k")({"k": 1}))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return self.name
people = [P("zed", 3), P("amy", 5), P("bo", 3)]
print(sorted(people, key=operator.attrgetter("age", "name")), operator.attrgetter("name")(people[0]))
print(list(map(operator.methodcaller("upper"), ["a", "b"])), operator.methodcaller("split", ",")("x,y"))
print(reduce(operator.mul, range(1, 8)), reduce(operator.add, ["a", "b", "c"]), list(map(operator.neg, [1, -2])))
print(operator.add(2, 3), operator.sub(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.not_(0), operator.truth([1]), operator.contains([1, 2], 2))
print(operator.getitem([5, 6], 1), operator.pow(2, 5), operator.abs(-3), operator.index(7), operator.concat([1], [2]))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.iadd([1], [2]), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
