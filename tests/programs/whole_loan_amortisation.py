# Loan amortisation schedule printed with f-strings.

PRINCIPAL = 25000.0
ANNUAL_RATE = 6.5
YEARS = 3
EXTRA_FROM_MONTH = 25
EXTRA_PAYMENT = 150.0


def monthly_payment(principal, annual_rate, years):
    r = annual_rate / 100 / 12
    n = years * 12
    if r == 0:
        return principal / n
    return principal * r / (1 - (1 + r) ** -n)


def cents(x):
    return int(x * 100 + 0.5) / 100


def print_header():
    print(f"{'month':>5} {'payment':>10} {'interest':>10} {'principal':>10} {'balance':>12}")
    print("-" * 51)


def schedule(principal, annual_rate, years, extra_from, extra):
    payment = cents(monthly_payment(principal, annual_rate, years))
    rate = annual_rate / 100 / 12
    balance = principal
    month = 0
    total_interest = 0.0
    total_paid = 0.0
    print_header()
    while balance > 0.005:
        month += 1
        interest = cents(balance * rate)
        this_payment = payment
        if month >= extra_from:
            this_payment += extra
        if this_payment > balance + interest:
            this_payment = cents(balance + interest)
        toward_principal = this_payment - interest
        balance = balance - toward_principal
        total_interest += interest
        total_paid += this_payment
        if month <= 3 or month % 6 == 0 or balance < 0.005:
            print(f"{month:>5} {this_payment:>10,.2f} {interest:>10,.2f} {toward_principal:>10,.2f} {balance:>12,.2f}")
        if month > years * 12 + 1:
            print("schedule did not converge")
            break
    print("-" * 51)
    print(f"{'total':>5} {total_paid:>10,.2f} {total_interest:>10,.2f} {total_paid - total_interest:>10,.2f}")
    return month


def main():
    base = monthly_payment(PRINCIPAL, ANNUAL_RATE, YEARS)
    print(f"Loan of {PRINCIPAL:,.2f} at {ANNUAL_RATE}% over {YEARS} years")
    print(f"Exact monthly payment: {base!r}")
    print(f"Rounded monthly payment: {cents(base):.2f}")
    print()
    months = schedule(PRINCIPAL, ANNUAL_RATE, YEARS, EXTRA_FROM_MONTH, EXTRA_PAYMENT)
    print(f"Paid off after {months} months ({YEARS * 12 - months} early)")
    zero = monthly_payment(1200.0, 0, 1)
    print(f"Zero-rate payment on 1,200.00 over 1 year: {zero:.2f}")
    for rate in range(2, 12, 3):
        p = monthly_payment(PRINCIPAL, rate, YEARS)
        total = p * YEARS * 12
        print(f"rate {rate:>2}%: payment {p:>9.2f}, total {total:>11,.2f}, interest {total - PRINCIPAL:>9,.2f} ({(total - PRINCIPAL) / PRINCIPAL:.1%})")


if __name__ == "__main__":
    main()
