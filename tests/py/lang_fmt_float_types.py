# format spec float presentation types: e E f F g G % and none, with precision
vals = [0.0, 1.0, -2.5, 123.456, 0.000123456, 1e16, 1.5e-7, 12345678.9]
for v in vals:
    print(f"{v:e}|{v:.2E}|{v:f}|{v:.1F}|{v:g}|{v:.3G}|{v:.1%}|{v}|{v:.4}")
print(f"{1/3:.10f} {2/3:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}")
print(f"{1e100:g} {1e-100:G} {123456789012.0:g} {1234567.0:g} {123456.0:g}")
print(f"{float('inf'):f} {float('-inf'):E} {float('nan'):g} {float('nan'):F} {float('inf'):%}")
print(f"{0.5:%} {0.00001:.3%} {1:%} {-0.25:.0%}")
print(f"{5:e} {5:f} {5:g} {5:.2%} {True:.1f}")
print(f"{100.0:.0e} {9.999:.2f} {9.995:.2f} {0.1 + 0.2:.17f} {1e-4:g} {1e-5:g}")
print("%e %E %f %F %g %G" % (1234.5, 0.00012, 2.5, -0.1, 1e-5, 1e20))
print("%.3e %.0f %.10g %10.4f|%-10.2e|" % (299792458.0, 0.5, 1 / 7, 3.14159, 6.02e23))
print(format(1.0, ""), format(1e16, ""), format(1.23456789e-5, ""), format(-0.0, "g"))
