# OSError and its subclasses: FileNotFoundError from open(), errno/strerror/filename, constructor mapping
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(isinstance(e, OSError), str(e))
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print("as OSError:", type(e).__name__)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
print(issubclass(FileNotFoundError, OSError), issubclass(PermissionError, OSError))
print(issubclass(IsADirectoryError, OSError), issubclass(FileExistsError, OSError))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(ConnectionError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(StopAsyncIteration, Exception))
