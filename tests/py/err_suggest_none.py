# Nothing close enough: no suggestion (at most a third of the characters may change).
class Account:
    def __init__(self):
        self.balance = 0
a = Account()
print(a.balance)
print(a.history)
