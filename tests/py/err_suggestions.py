# AttributeError.name / NameError.name, and str(e) without the "Did you mean" that only the printed
# traceback carries (err_suggest_*.py check the printed form).
import sys, threading, math

def show(f):
    try:
        f()
    except (NameError, AttributeError) as e:
        # The suggestion is part of the printed traceback, not of str(e).
        print(type(e).__name__, "|", e, "|", getattr(e, "name", None))

class Account:
    def __init__(self):
        self.balance = 0
        self.owner = "ann"
    def deposit(self, n):
        self.balance += n

acct = Account()
show(lambda: acct.balanse)
show(lambda: acct.Deposit)
show(lambda: acct.zzzzzz)
show(lambda: math.sqr)
show(lambda: threading.Lok)
counter_total = 0
show(lambda: counter_totl)
show(lambda: prnt)
show(lambda: lenght)

def local_typo():
    results_list = [1, 2]
    return result_list
show(local_typo)

