"""json: JSON text to and from Python values (CPython's API and messages): dumps/dump with
indent, separators, sort_keys, default and ensure_ascii; loads/load with the hooks, and
JSONDecodeError's 'Expecting value: line 1 column 1 (char 0)'. A scanner without re.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')
_WS = ' \t\n\r'
_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def _encode_str(s):
    return '"' + ''.join(_ESCAPES.get(c, c) for c in s) + '"'


def _encode_str_ascii(s):
    out = []
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return (_encode_str_ascii if self.ensure_ascii else _encode_str)(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _Encoding(self, indent, {} if self.check_circular else None, chunks).value(o, 0)
        return chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text


class _Encoding:
    # One encode() call: the options, the open containers (for cycles) and the output chunks.
    def __init__(self, enc, indent, markers, chunks):
        self.enc, self.indent, self.markers, self.out = enc, indent, markers, chunks
        self.string = _encode_str_ascii if enc.ensure_ascii else _encode_str

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.enc._float(o))
        elif isinstance(o, (list, tuple)):
            self.container(o, level, '[]', self.items)
        elif isinstance(o, dict):
            self.container(o, level, '{}', self.pairs)
        else:
            key = self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(key)

    def enter(self, o):
        if self.markers is None:
            return None
        key = id(o)
        if key in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[key] = o
        return key

    def leave(self, key):
        if key is not None:
            del self.markers[key]

    def container(self, o, level, brackets, body):
        if not o:
            self.out.append(brackets)
            return
        key = self.enter(o)
        self.out.append(brackets[0])
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            self.out.append(newline)
            body(o, level, self.enc.item_separator + newline)
            self.out.append('\n' + self.indent * (level - 1))
        else:
            body(o, level, self.enc.item_separator)
        self.out.append(brackets[1])
        self.leave(key)

    def items(self, lst, level, separator):
        for i, v in enumerate(lst):
            if i:
                self.out.append(separator)
            self.value(v, level)

    def pairs(self, dct, level, separator):
        enc = self.enc
        items = sorted(dct.items()) if enc.sort_keys else dct.items()
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = enc._float(k)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')
            if not first:
                self.out.append(separator)
            first = False
            self.out.append(self.string(k))
            self.out.append(enc.key_separator)
            self.value(v, level)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    for chunk in (kw.pop('cls', None) or JSONEncoder)(**kw).iterencode(obj):
        fp.write(chunk)


class JSONDecodeError(ValueError):
    """A ValueError with the position: msg, doc, pos, lineno, colno."""
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    # No JSON value starts at .pos (the caller says "Expecting value").
    def __init__(self, pos):
        self.pos = pos


_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': -_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}


def _skip(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


def _decode_uXXXX(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def _scanstring(s, end, strict=True):
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        start = end
        while end < n:
            c = s[end]
            if c == '"' or c == '\\' or c < ' ':
                break
            end += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if end > start:
            chunks.append(s[start:end])
        terminator = s[end]
        end += 1
        if terminator == '"':
            break
        if terminator != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            chunks.append(terminator)
            continue
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        chunks.append(char)
    return ''.join(chunks), end


def _digits(s, i):
    n = len(s)
    while i < n and '0' <= s[i] <= '9':
        i += 1
    return i


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def _value(self, s, idx):
        c = s[idx:idx + 1]
        if c == '"':
            return _scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        for word, value in (('null', None), ('true', True), ('false', False)):
            if s[idx:idx + len(word)] == word:
                return value, idx + len(word)
        i = idx + 1 if c == '-' else idx
        if s[i:i + 1] == '0':
            i += 1
        elif '1' <= s[i:i + 1] <= '9':
            i = _digits(s, i + 1)
        else:
            for word in _CONSTANTS:
                if s[idx:idx + len(word)] == word:
                    return self.parse_constant(word), idx + len(word)
            raise _NoValue(idx)
        int_end = i
        if s[i:i + 1] == '.' and '0' <= s[i + 1:i + 2] <= '9':
            i = _digits(s, i + 2)
        if s[i:i + 1] in ('e', 'E'):
            j = i + 2 if s[i + 1:i + 2] in ('+', '-') else i + 1
            if '0' <= s[j:j + 1] <= '9':
                i = _digits(s, j + 1)
        if i == int_end:
            return self.parse_int(s[idx:i]), i
        return self.parse_float(s[idx:i]), i

    def _member_value(self, s, end):
        try:
            return self._value(s, end)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def _object(self, s, end):
        pairs = []
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar != '}':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
            end += 1
        else:
            end += 1
            while True:
                key, end = _scanstring(s, end, self.strict)
                end = _skip(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
                value, end = self._member_value(s, _skip(s, end + 1))
                pairs.append((key, value))
                end = _skip(s, end)
                nextchar = s[end:end + 1]
                end += 1
                if nextchar == '}':
                    break
                if nextchar != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
                end = _skip(s, end)
                nextchar = s[end:end + 1]
                end += 1
                if nextchar != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, end

    def _array(self, s, end):
        values = []
        end = _skip(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            value, end = self._member_value(s, end)
            values.append(value)
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                return values, end
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, bytes):
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    return (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                                parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
