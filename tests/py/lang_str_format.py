# str.format and format()
print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[1]} {d[k]}".format([10, 20], d={"k": "v"}))
class P:
    def __init__(self):
        self.x = 7
print("{p.x}".format(p=P()))
print("{:>6}|{:<6}|{:^6}|{:06.2f}".format("ab", "cd", "ef", 3.14159))
print("{{}} {}".format(1))
print("{!r} {!s}".format("q", "q"))
print("{:,}".format(10 ** 9), "{:b}".format(10), "{:.3}".format(2 / 3))
print(format(3.5, ".1f"), format("s", ">3"), format(12, ""), format(1e-7))
print("{0:{1}}|".format("pad", 6))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data))
print("{} {} {}".format(*range(3)))
