# __name__ == "__main__"
import sys
def main():
    print("main running", __name__)
    return 0
print("module level", __name__)
if __name__ == "__main__":
    rc = main()
    print("rc", rc)
else:
    print("imported")
print(type(sys.argv).__name__, sys.argv[0].endswith("lang_main_guard.py"))
