"""solitaire.py: Bruce Schneier's Solitaire (Pontifex) cipher from
Cryptonomicon, the Shed Skin example's algorithm: a 54-card deck (two
jokers) is stepped by moving the jokers, a triple cut around them and a
count cut, and the card it points to gives one keystream letter. Decks are
keyed by a passphrase; messages are encrypted, grouped in fives and
decrypted again, with the book's test vectors."""

import string
import random

JOKER_A = 53
JOKER_B = 54


class Deck(object):
    def __init__(self, passphrase=''):
        self.cards = list(range(1, 55))
        for letter in passphrase.upper():
            if letter in string.ascii_uppercase:
                self.step()
                self.count_cut(ord(letter) - ord('A') + 1)

    def move_down(self, card, places):
        cards = self.cards
        for _ in range(places):
            i = cards.index(card)
            if i == len(cards) - 1:
                # a card at the bottom wraps to just below the top card
                cards.pop()
                cards.insert(1, card)
            else:
                cards[i], cards[i + 1] = cards[i + 1], cards[i]

    def triple_cut(self):
        cards = self.cards
        a = cards.index(JOKER_A)
        b = cards.index(JOKER_B)
        top, bottom = min(a, b), max(a, b)
        self.cards = cards[bottom + 1:] + cards[top:bottom + 1] + cards[:top]

    def count_cut(self, count=None):
        cards = self.cards
        if count is None:
            count = min(cards[-1], 53)
        self.cards = cards[count:-1] + cards[:count] + cards[-1:]

    def step(self):
        self.move_down(JOKER_A, 1)
        self.move_down(JOKER_B, 2)
        self.triple_cut()
        self.count_cut()

    def next_value(self):
        while True:
            self.step()
            top = min(self.cards[0], 53)
            value = self.cards[top]
            if value < JOKER_A:
                return value

    def keystream(self, n):
        return [self.next_value() for _ in range(n)]


def prepare(text):
    letters = ''.join(c for c in text.upper() if c in string.ascii_uppercase)
    while len(letters) % 5:
        letters += 'X'
    return letters


def group(text, n=5):
    return ' '.join(text[i:i + n] for i in range(0, len(text), n))


def encrypt(text, passphrase=''):
    letters = prepare(text)
    deck = Deck(passphrase)
    out = []
    for c, k in zip(letters, deck.keystream(len(letters))):
        out.append(chr((ord(c) - 65 + k) % 26 + 65))
    return group(''.join(out))


def decrypt(text, passphrase=''):
    letters = text.replace(' ', '')
    deck = Deck(passphrase)
    out = []
    for c, k in zip(letters, deck.keystream(len(letters))):
        out.append(chr((ord(c) - 65 - k) % 26 + 65))
    return group(''.join(out))


def card_name(value):
    if value == JOKER_A:
        return 'A'
    if value == JOKER_B:
        return 'B'
    suit = 'CDHS'[(value - 1) // 13]
    rank = 'A23456789TJQK'[(value - 1) % 13]
    return rank + suit


def main():
    vectors = [
        ('AAAAAAAAAAAAAAA', ''),
        ('AAAAAAAAAAAAAAA', 'f'),
        ('AAAAAAAAAAAAAAA', 'fo'),
        ('AAAAAAAAAAAAAAA', 'foo'),
        ('AAAAAAAAAAAAAAA', 'a'),
        ('AAAAAAAAAAAAAAAAAAAAAAAAA', 'cryptonomicon'),
        ('SOLITAIRE', 'cryptonomicon'),
    ]
    for plain, key in vectors:
        cipher = encrypt(plain, key)
        print('%-26s key %-14r -> %s' % (plain, key, cipher))
        assert decrypt(cipher, key).replace(' ', '').startswith(prepare(plain))
    deck = Deck()
    print('first keystream values', deck.keystream(10))
    print('deck now', ' '.join(card_name(c) for c in deck.cards[:12]), '...')
    rng = random.Random(3)
    words = ['attack', 'at', 'dawn', 'retreat', 'the', 'eagle', 'has', 'landed',
             'meet', 'me', 'by', 'old', 'bridge', 'midnight', 'bring', 'cards']
    checksum = 0
    for i in range(60):
        message = ' '.join(rng.choice(words) for _ in range(rng.randint(3, 12)))
        key = ''.join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(0, 12)))
        cipher = encrypt(message, key)
        back = decrypt(cipher, key)
        assert back.replace(' ', '').rstrip('X') == prepare(message).rstrip('X')
        checksum = (checksum * 131 + sum(ord(c) for c in cipher)) % 999983
        if i < 4:
            print(repr(message), repr(key), '->', cipher)
    print('checksum', checksum)


if __name__ == '__main__':
    main()
