# __getitem__/__setitem__/__delitem__ receiving slice objects; slice.indices
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:5], r[::2], r[:-1], r[1:2:3], r[:, 1], r[..., 0])
s = r[2:8:2]
print(type(s).__name__, s.start, s.stop, s.step)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
class MyList:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return MyList(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.data[i] = v
    def __delitem__(self, i):
        print("delitem", i)
        del self.data[i]
    def __repr__(self):
        return f"MyList({self.data})"
m = MyList(range(10))
print(m[2:5], m[::-3], m[-1], m[100:])
m[0:3] = ["a"]
del m[::2]
print(m, len(m))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, pos):
        r, c = pos
        if isinstance(r, slice):
            return [row[c] for row in self.rows[r]]
        return self.rows[r][c]
mx = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(mx[1, 2], mx[:, 0], mx[::2, 1], mx[1, :])
print(slice(3), slice(1, 2))
