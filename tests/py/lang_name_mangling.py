# private name mangling: __name inside a class body becomes _Class__name
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 1
        self.__dunder__ = "not mangled"
    def balance(self):
        return self.__balance
    def __helper(self):
        return "helper"
    def call_helper(self):
        return self.__helper()
a = Account()
print(a.balance(), a.call_helper(), a._protected, a.__dunder__)
print(sorted(vars(a)))
print(a._Account__balance, a._Account__helper())
print(hasattr(a, "__balance"), hasattr(Account, "_Account__helper"))
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "sub's own"
    def both(self):
        return self.__balance, self.balance()
print(Sub().both(), sorted(vars(Sub())))
print(getattr(a, "_Account__balance"))
