class ValidationError(Exception):
    pass
def validate(x):
    if x < 0:
        raise ValidationError(f"negative value: {x}")
    return x
print(validate(3))
validate(-1)
