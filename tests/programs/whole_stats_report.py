"""A sensor report: statistics over generated readings, printed as wrapped text."""
import random
import statistics
import textwrap

SITES = ["harbour", "hill-top", "old-town", "airport"]


def generate_readings(site_index, count):
    """Temperatures in tenths of a degree (ints) and humidity as floats."""
    base = 120 + 35 * site_index
    temperatures = []
    humidity = []
    for _ in range(count):
        temperatures.append(base + random.randint(-40, 40) + random.randint(-15, 15))
        humidity.append(round(40.0 + random.random() * 45.0, 2))
    return temperatures, humidity


def describe(site, temperatures, humidity):
    mean_t = statistics.mean(temperatures)
    quartiles = statistics.quantiles(temperatures)
    deciles = statistics.quantiles(humidity, n=10, method="inclusive")
    parts = [
        f"Site {site} reported {len(temperatures)} readings.",
        f"The mean temperature was {mean_t} tenths of a degree",
        f"(median {statistics.median(temperatures)}, low median",
        f"{statistics.median_low(temperatures)}, high median {statistics.median_high(temperatures)}),",
        f"with a sample standard deviation of {statistics.stdev(temperatures):.4f}",
        f"and a population variance of {statistics.pvariance(temperatures)}.",
        f"The quartiles were {quartiles[0]}, {quartiles[1]} and {quartiles[2]}.",
        f"Humidity averaged {statistics.fmean(humidity):.3f}% (exact mean {statistics.mean(humidity)}),",
        f"variance {statistics.variance(humidity)}; its deciles ran from {deciles[0]:.2f} to {deciles[-1]:.2f}.",
        f"The most common temperature was {statistics.mode(temperatures)}",
        f"and the modes were {statistics.multimode(temperatures)}.",
    ]
    return " ".join(parts)


def main():
    random.seed(2024)
    wrapper = textwrap.TextWrapper(width=64, initial_indent="  * ", subsequent_indent="    ")
    all_temperatures = []
    summaries = []
    print("SENSOR REPORT")
    print("=" * 64)
    for index, site in enumerate(SITES):
        temperatures, humidity = generate_readings(index, 24 + 11 * index)
        all_temperatures.extend(temperatures)
        print(wrapper.fill(describe(site, temperatures, humidity)))
        summaries.append((site, statistics.mean(temperatures), statistics.pstdev(temperatures)))
        print()
    ranked = sorted(summaries, key=lambda s: s[1], reverse=True)
    ranking = ", then ".join(f"{name} ({mean:.1f})" for name, mean, _ in ranked)
    print(textwrap.fill("Sites ranked by mean temperature: " + ranking + ".", width=50))
    print()
    overall = statistics.mean(all_temperatures)
    spread = statistics.stdev(all_temperatures)
    cut_points = statistics.quantiles(all_temperatures, n=5)
    footer = textwrap.dedent(f"""\
        Overall mean: {overall}
        Overall stdev: {spread}
        Quintile cut points: {cut_points}
        """)
    print(textwrap.indent(footer, "| "), end="")
    print(textwrap.shorten("Notes: " + " ".join(SITES) + " readings were generated, not measured, "
                           "so treat every number above as illustrative only.", width=60))
    try:
        statistics.variance(all_temperatures[:1])
    except statistics.StatisticsError as error:
        print(textwrap.fill(f"Single-reading variance fails: {error}", width=40,
                            initial_indent="! ", subsequent_indent="! "))


if __name__ == "__main__":
    main()
