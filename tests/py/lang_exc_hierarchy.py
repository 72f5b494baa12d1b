# a custom exception hierarchy: catching by base, args, extra attributes, ordering of handlers
class BankError(Exception):
    """base for bank errors"""
class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class AccountLocked(BankError):
    pass
class FrozenAccount(AccountLocked):
    pass
def withdraw(kind):
    if kind == 1:
        raise InsufficientFunds(100, 30)
    if kind == 2:
        raise FrozenAccount("acct 7", "court order")
    if kind == 3:
        raise AccountLocked()
    if kind == 4:
        raise BankError
    return "ok"
for k in range(5):
    try:
        print(withdraw(k))
    except InsufficientFunds as e:
        print("funds:", e, e.args, e.needed - e.available)
    except AccountLocked as e:
        print(type(e).__name__, e.args, str(e) == "", len(e.args))
    except BankError as e:
        print("generic", repr(e), BankError.__doc__)
print([c.__name__ for c in FrozenAccount.__mro__])
print(issubclass(FrozenAccount, BankError), isinstance(InsufficientFunds(1, 2), Exception))
e = InsufficientFunds(5, 1)
e.args = ("replaced",)
print(str(e), repr(e))
errors = (KeyError, IndexError)
for exc in [KeyError("k"), IndexError("i"), ValueError("v")]:
    try:
        try:
            raise exc
        except errors as caught:
            print("tuple caught", repr(caught))
    except Exception as other:
        print("outer caught", repr(other))
print(repr(BaseException("a", 1)), str(Exception(["x"])), str(KeyError("a b")))
