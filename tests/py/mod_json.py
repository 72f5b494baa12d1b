# json: dumps options (indent, separators, sort_keys, default, ensure_ascii, cls), loads with
# hooks, round trips, and CPython's JSONDecodeError messages for common mistakes.
import json
from collections import OrderedDict

data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'ok': True, 'none': None,
        'score': 9.5, 'nested': {'x': [1, 2, {'y': ()}], 'e': {}, 'l': []}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, [2, [3]]], indent=4, separators=(', ', ' = ')))
print(json.dumps('héllo ☃ \U0001f600'), json.dumps('héllo ☃ \U0001f600', ensure_ascii=False))
print(json.dumps('tab\tnl\ncr\rq"bs\\ \x00\x1f\x7f /'))
print(json.dumps(1.0), json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(-0.0), json.dumps(10 ** 30))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(''), json.dumps(None))
print(json.dumps({(1, 2): 'x', 'k': 1}, skipkeys=True))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2), {3, 1}], default=lambda o: sorted(o) if isinstance(o, set) else vars(o)))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': [o.x, o.y]}
        return super().default(o)


print(json.dumps({'p': Point(3, 4)}, cls=PointEncoder, indent=1))
print(PointEncoder().encode([Point(0, 0)]))
for bad in (lambda: json.dumps({1, 2}), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(Point(1, 2)),
            lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({'a': 1, 2: 'b'}, sort_keys=True),
            lambda: json.dumps([Point(1, 2)], cls=PointEncoder, default=lambda o: 'P')):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print('ValueError:', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError:', e)

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}, "e": ""}'
obj = json.loads(text)
print(obj)
print(json.loads(' [ ] '), json.loads('{ }'), json.loads('"x"'), json.loads('-0'), json.loads('1E+2'))
print(json.loads('[NaN, Infinity, -Infinity, 1.5e-3, 0.0, 12345678901234567890]'))
print(json.loads(b'{"bytes": 1}'), json.loads('\n\t{"a" :\n 1 }\r\n'))
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=2)) == data)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1.5, "n": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": [{"c": 2}]}', object_pairs_hook=list))
print(json.loads('{"__point__": [1, 2]}', object_hook=lambda d: ('point', d['__point__']) if '__point__' in d else d))
print(json.loads('[NaN]', parse_constant=lambda c: 'const ' + c))
print(json.loads('"\\/\\b\\f\\r\\t\\"\\\\"'))

bad_docs = ['', '   ', '{', '{"a" 1}', '{"a": }', '[1,]', '[1 2]', '{"a": 1,}', '{"a": 1 "b": 2}',
            '1 2', '[1] x', '"abc', "'single'", '{a: 1}', '[', '[1', 'nul', 'tru', '-', '01', '1.',
            '.5', '1e', '"bad \\x escape"', '"\\u12"', '"\\uzzzz"', '"tab\there"', '{"a": [1, 2}',
            '\n\n  [1,\n   2,,\n]', '{"a":1}\n{"b":2}', '[1, 2]]', '\ufeff[]', '"\\', '[-]',
            '{"key" : "value", }', '[True]', '{"a": nan}', '1.5.5', '+1']
for doc in bad_docs:
    try:
        print(repr(doc), '->', json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError:', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(None)
except TypeError as e:
    print('TypeError:', e)
try:
    json.loads('[1,')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, type(e).__module__, isinstance(e, ValueError))
print(json.loads('"tab\there"', strict=False))
dec = json.JSONDecoder()
print(dec.decode('[1]'), dec.raw_decode('{"a": 1} trailing'))
