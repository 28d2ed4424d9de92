"""checkdigits - the check-digit arithmetic every corpus generator needs (Luhn for
cards, ISO 13616 mod-97 for IBANs), in one place. The generators stay independent in
the forms they write; the arithmetic is not a form."""


def luhn_ok(digits):
    """Whether a digit string passes the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    """The check digit that makes body + digit pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def mod97(s):
    """s (digits and letters, A=10 .. Z=35) as a number, mod 97."""
    r = 0
    for ch in s:
        r = (r * (10 if ch.isdigit() else 100) + int(ch, 36)) % 97
    return r


def iban_mod97(iban):
    """The ISO 13616 remainder of a compact IBAN: 1 when its check digits are right."""
    return mod97(iban[4:] + iban[:4])
