"""Identity linking: keys, name parts, keyed choice and rendering of pseudonyms (split from linking.py)."""
