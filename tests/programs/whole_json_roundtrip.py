# A config migration: parse JSON documents, validate and transform them, and
# write them back; malformed documents are reported with CPython's messages.
import json

INVENTORY = '''
{
  "version": 2,
  "warehouse": "Gda\\u0144sk-1",
  "updated": null,
  "items": [
    {"sku": "bolt-m4", "qty": 1200, "unit_cost": 0.045, "tags": ["metal", "small"]},
    {"sku": "nut-m4", "qty": 0, "unit_cost": 0.02, "tags": []},
    {"sku": "gear-\\u00e9", "qty": 35, "unit_cost": 12.5, "tags": ["metal"], "dims": {"d": 4.2e1, "h": 1e-3}},
    {"sku": "label", "qty": 99999999999999999999, "unit_cost": 1E0, "tags": ["paper", "bulk"], "note": "\\"fragile\\"\\n\\tstack <= 3"}
  ],
  "limits": {"max_qty": 1e6, "min_cost": -0.0}
}
'''

DOCUMENTS = [
    '{"name": "a", "enabled": true, "retries": 3}',
    '{"name": "b", "enabled": false, "retries": -1, "backoff": [0.5, 1.0, 2.0]}',
    '{"name": "c", "enabled": true, "retries": 2,}',
    '{"name": "d" "enabled": true}',
    '{"name": "e", "enabled": tru}',
    '{"name": "f", "retries": 1}\n{"name": "g"}',
    '{"name": "\\u00fcber\\ud83d\\ude80", "enabled": true, "retries": 0}',
    '[{"name": "h"}]',
    '',
]


def migrate(doc):
    """Version 2 -> 3: totals per item, tags as one string, quantities capped."""
    out = {'version': 3, 'warehouse': doc['warehouse'], 'items': []}
    cap = int(doc['limits']['max_qty'])
    for item in doc['items']:
        qty = min(item['qty'], cap)
        entry = {
            'sku': item['sku'].upper(),
            'qty': qty,
            'value': round(qty * item['unit_cost'], 2),
            'tags': ','.join(sorted(item['tags'])) or None,
        }
        if 'dims' in item:
            entry['volume'] = item['dims']['d'] * item['dims']['h']
        if 'note' in item:
            entry['note'] = item['note']
        out['items'].append(entry)
    out['total_value'] = round(sum(e['value'] for e in out['items']), 2)
    out['capped'] = [i['sku'] for i in doc['items'] if i['qty'] > cap]
    return out


def validate(text):
    try:
        cfg = json.loads(text)
    except json.JSONDecodeError as e:
        return 'invalid: %s' % e
    if not isinstance(cfg, dict):
        return 'invalid: expected an object, got %s' % json.dumps(cfg)
    problems = []
    if cfg.get('retries', 0) < 0:
        problems.append('negative retries')
    if 'enabled' not in cfg:
        problems.append('missing enabled')
    cfg['problems'] = problems
    return json.dumps(cfg, sort_keys=True)


def main():
    doc = json.loads(INVENTORY)
    print(doc['warehouse'], len(doc['items']), doc['updated'], doc['limits'])
    print(type_names(doc['items'][3]))
    migrated = migrate(doc)
    text = json.dumps(migrated, indent=2)
    print(text)
    # Round trips: the text reads back to equal data and re-encodes identically.
    again = json.loads(text)
    print(again == migrated, json.dumps(again, indent=2) == text)
    compact = json.dumps(doc, separators=(',', ':'), ensure_ascii=False)
    print(compact)
    print(json.loads(compact) == doc)
    for text in DOCUMENTS:
        print(validate(text))


def type_names(item):
    names = []
    for key in sorted(item):
        v = item[key]
        if isinstance(v, bool):
            kind = 'bool'
        elif isinstance(v, int):
            kind = 'int'
        elif isinstance(v, float):
            kind = 'float'
        elif isinstance(v, str):
            kind = 'str'
        elif isinstance(v, list):
            kind = 'list'
        else:
            kind = 'other'
        names.append(key + ':' + kind)
    return ' '.join(names)


if __name__ == "__main__":
    main()
