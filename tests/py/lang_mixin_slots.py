# A dunder from a Python mixin listed after a builtin base is used when the builtin lacks it
# (class B(int, Mixin)); the builtin's own methods still win where it has them.
class IterMixin:
    def __iter__(self):
        yield from range(int(self))

    def __len__(self):
        return int(self)

    def __add__(self, other):
        return 'mixin add'

    def __contains__(self, x):
        return x == 'magic'


class Num(int, IterMixin):
    pass


n = Num(3)
print(list(n), len(n), n + 1, 'magic' in n, [x for x in n], repr(n), n * 2)


class Words(str, IterMixin):
    pass


w = Words('ab')
print(list(w), 'a' in w, 'magic' in w, w + 'c')
