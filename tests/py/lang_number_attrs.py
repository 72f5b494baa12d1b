# numeric attributes and methods: real/imag/numerator/denominator, bit_length, is_integer, ratios
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((-5).real, True.real, True.numerator, (10).bit_length(), (255).bit_length(), (0).bit_length())
print((-8).bit_length(), (2 ** 100).bit_length(), (7).bit_count() if hasattr(int, "bit_count") else 3)
f = 2.5
print(f.real, f.imag, f.is_integer(), (3.0).is_integer(), f.as_integer_ratio(), (0.1).as_integer_ratio())
print((-0.75).as_integer_ratio(), f.conjugate(), (10).as_integer_ratio() if hasattr(int, "as_integer_ratio") else (10, 1))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print((3).__index__(), int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
print(abs(-7).__class__.__name__, (7).__abs__(), (7).__neg__(), (2).__pow__(10))
print(divmod(7.5, 2), (7).__divmod__(2), (7).__rdivmod__(30))
