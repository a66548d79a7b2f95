"""The `xml` package of the bundled library: only `xml.etree.ElementTree` is provided."""
