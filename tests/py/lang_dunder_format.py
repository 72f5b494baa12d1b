# __format__ on user classes; format(), f-strings and str.format delegate to it
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.celsius, spec[:-1] + "f") + "°C"
        return str(self.celsius)
    def __str__(self):
        return f"T({self.celsius})"
t = Temperature(21.5)
print(format(t, ".1F"), format(t, ".0C"), format(t))
print(f"{t:.2F} | {t:8.1C} | {t} | {t!s}")
print("{0:.3C} {0}".format(t))
w = 6
print(f"{t:{w}.1C}")
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)
print(f"{str(Plain()):>10}|", f"{Plain()!s:>8}|", f"{Plain()!r:.3}")
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        spec = spec or ",.2f"
        return "$" + format(self.v, spec)
print(f"{Money(1234567.891)}", f"{Money(5):08.1f}")
print(format(255, "#x"), format(True, "d"), format(3, "b"), format("x", "^5"))
