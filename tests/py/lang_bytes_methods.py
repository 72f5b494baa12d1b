# bytes: the constructor's forms, hex/fromhex, the byte-wise methods, and str.encode /
# bytes.decode with utf-8, ascii and latin-1 (strict, ignore, replace) and CPython's errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: bytes())
t(lambda: bytes(3))
t(lambda: bytes([72, 105, 0, 255]))
t(lambda: bytes(range(65, 70)))
t(lambda: bytes((x * 2 for x in range(3))))
t(lambda: bytes('héllo', 'utf-8'))
t(lambda: bytes('héllo', encoding='latin-1'))
t(lambda: bytes('hé', 'ascii', 'replace'))
t(lambda: bytes(b'copy'))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes('x'))
t(lambda: bytes(-1))
t(lambda: bytes(5, 'utf-8'))
t(lambda: bytes(3.5))
t(lambda: bytes(['a']))
t(lambda: bytes('x', 'klingon'))


class Payload:
    def __bytes__(self):
        return b'payload'


t(lambda: bytes(Payload()))
t(lambda: b'\x00\x0f\xab'.hex())
t(lambda: bytes.fromhex('41 42 6a7F'))
t(lambda: bytes.fromhex('4g'))
t(lambda: bytes.fromhex('414'))
data = b'  alpha,beta,,gamma  '
t(lambda: data.split(b','))
t(lambda: data.split(b',', 1))
t(lambda: data.split())
t(lambda: b'a b  c'.split(None, 1))
t(lambda: data.strip())
t(lambda: data.lstrip())
t(lambda: data.rstrip(b' a'))
t(lambda: b'-'.join([b'a', b'b', b'c']))
t(lambda: b'-'.join([b'a', 'b']))
t(lambda: b'aXbXc'.replace(b'X', b'--'))
t(lambda: b'aXbXc'.replace(b'X', b'', 1))
t(lambda: b'abc'.replace(b'', b'.'))
t(lambda: b'hello'.find(b'l'), )
t(lambda: b'hello'.rfind(b'l'))
t(lambda: b'hello'.find(108))
t(lambda: b'hello'.find(b'l', 3, 4))
t(lambda: b'hello'.index(b'z'))
t(lambda: b'hello'.count(b'l'))
t(lambda: b'hello'.count(b''))
t(lambda: b'hello'.startswith(b'he'))
t(lambda: b'hello'.endswith((b'x', b'lo')))
t(lambda: b'hello'.startswith('he'))
t(lambda: b'Hello World'.upper())
t(lambda: b'Hello World'.lower())
t(lambda: (b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b' \t'.isspace(), b''.isalpha()))
t(lambda: b'hello'.find(300))

# codecs
t(lambda: 'héllo €'.encode())
t(lambda: 'héllo €'.encode('utf-8'))
t(lambda: 'héllo'.encode('latin-1'))
t(lambda: 'h€llo'.encode('latin-1'))
t(lambda: 'hé€llo'.encode('ascii'))
t(lambda: 'hé€llo'.encode('ascii', 'ignore'))
t(lambda: 'hé€llo'.encode('ascii', errors='replace'))
t(lambda: 'x'.encode('nope'))
t(lambda: b'h\xc3\xa9llo'.decode())
t(lambda: b'h\xc3\xa9llo'.decode('latin-1'))
t(lambda: b'h\xe9llo'.decode())
t(lambda: b'h\xe9llo'.decode('utf-8', 'replace'))
t(lambda: b'h\xe9llo'.decode('utf-8', 'ignore'))
t(lambda: b'abc\xc3'.decode())
t(lambda: b'\xff'.decode('ascii'))
t(lambda: b'\xc3\x28'.decode())
t(lambda: 'π'.encode('UTF8'))
t(lambda: len('naïve'.encode()), )
