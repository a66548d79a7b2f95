# A sales report: aggregate nested order data per region and product, then
# emit it as JSON (pretty-printed with sorted keys, compact, and to stdout).
import json
import sys

ORDERS = [
    {'id': 1001, 'region': 'north', 'customer': {'name': 'Ada', 'tier': 'gold'},
     'items': [{'sku': 'A-1', 'qty': 3, 'price': 9.99}, {'sku': 'B-7', 'qty': 1, 'price': 24.5}]},
    {'id': 1002, 'region': 'south', 'customer': {'name': 'Grace', 'tier': 'silver'},
     'items': [{'sku': 'A-1', 'qty': 10, 'price': 9.49}]},
    {'id': 1003, 'region': 'north', 'customer': {'name': 'Linus', 'tier': None},
     'items': [{'sku': 'C-3', 'qty': 2, 'price': 120.0}, {'sku': 'B-7', 'qty': 4, 'price': 23.75}]},
    {'id': 1004, 'region': 'west', 'customer': {'name': 'Ren\u00e9e', 'tier': 'gold'}, 'items': []},
    {'id': 1005, 'region': 'south', 'customer': {'name': 'Zo\u00eb "Z" Smith', 'tier': 'bronze'},
     'items': [{'sku': 'C-3', 'qty': 1, 'price': 118.0}, {'sku': 'D-9', 'qty': 7, 'price': 0.35}]},
]


def order_total(order):
    return round(sum(item['qty'] * item['price'] for item in order['items']), 2)


def build_report(orders):
    regions = {}
    products = {}
    tiers = {}
    for order in orders:
        total = order_total(order)
        region = regions.setdefault(order['region'], {'orders': 0, 'revenue': 0.0, 'customers': []})
        region['orders'] += 1
        region['revenue'] = round(region['revenue'] + total, 2)
        name = order['customer']['name']
        if name not in region['customers']:
            region['customers'].append(name)
        tier = order['customer']['tier']
        tiers[tier if tier is not None else 'none'] = tiers.get(tier if tier is not None else 'none', 0) + 1
        for item in order['items']:
            p = products.setdefault(item['sku'], {'units': 0, 'revenue': 0.0, 'orders': []})
            p['units'] += item['qty']
            p['revenue'] = round(p['revenue'] + item['qty'] * item['price'], 2)
            p['orders'].append(order['id'])
    for stats in regions.values():
        stats['average'] = round(stats['revenue'] / stats['orders'], 2) if stats['orders'] else None
        stats['customers'].sort()
    best = max(products, key=lambda sku: products[sku]['revenue'])
    empty = [o['id'] for o in orders if not o['items']]
    return {
        'title': 'Quarterly sales \u2014 Q3',
        'generated': {'by': 'report.py', 'version': [1, 4, 2]},
        'regions': regions,
        'products': products,
        'tiers': tiers,
        'summary': {
            'orders': len(orders),
            'revenue': round(sum(order_total(o) for o in orders), 2),
            'best_seller': best,
            'empty_orders': empty,
            'ratio_gold': len([o for o in orders if o['customer']['tier'] == 'gold']) / len(orders),
        },
    }


def main():
    report = build_report(ORDERS)
    print(json.dumps(report, indent=2, sort_keys=True))
    print(json.dumps(report['summary'], separators=(',', ':'), sort_keys=True))
    print(json.dumps(report['regions'], ensure_ascii=False, sort_keys=True))
    # One line per product, as a log would hold them.
    for sku in sorted(report['products']):
        line = {'sku': sku}
        line.update(report['products'][sku])
        print(json.dumps(line))
    json.dump(report['tiers'], sys.stdout, indent='\t', sort_keys=True)
    print()
    # The report reads back to the same data.
    text = json.dumps(report)
    print(json.loads(text) == report, len(text))


if __name__ == "__main__":
    main()
