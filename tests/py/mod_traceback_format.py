# traceback.format_exc / print_exc text as a course prints it
import traceback
def inner():
    raise ValueError("deep problem")
def outer():
    inner()
try:
    outer()
except ValueError:
    text = traceback.format_exc()
    lines = text.rstrip("\n").splitlines()
    print(lines[0])
    print(lines[-1])
    print(sum(1 for l in lines if l.startswith("  File")))
class ConfigError(Exception):
    pass
try:
    try:
        {}["k"]
    except KeyError:
        raise ConfigError("missing") from None
except ConfigError:
    text = traceback.format_exc()
    print("During handling" in text, text.strip().splitlines()[-1])
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise ConfigError("wrapped") from ke
except ConfigError:
    print("direct cause" in traceback.format_exc())
try:
    1 / 0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e))
    for line in traceback.format_exc().splitlines():
        if not line.startswith("  File"):
            print(line)
