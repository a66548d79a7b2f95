"""The `xml.etree` package of the bundled library: `ElementTree` (xml/etree/ElementTree.py)."""
