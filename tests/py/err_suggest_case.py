# A case change costs less than another edit: Deposit -> deposit.
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, n):
        self.balance += n
a = Account()
a.deposit(5)
print(a.balance)
a.Deposit(5)
