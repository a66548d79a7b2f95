"""A SpamBayes-style tokenizer and classifier (in the spirit of PyPy's spambayes
benchmark): regex tokenizing of generated messages with header, URL and
long-word tokens; per-word counts in __slots__ records; Robinson probabilities
combined with Fisher's chi-squared method (math.frexp/log)."""
import math
import re
from collections import namedtuple

Message = namedtuple("Message", "subject sender body")

url_re = re.compile(r"https?://([^\s/]+)(/[^\s]*)?")
word_re = re.compile(r"[\w$\-']+")
html_re = re.compile(r"<[^>]*>")
money_re = re.compile(r"\$\d+(?:\.\d\d)?")

UNKNOWN_PROB = 0.5
UNKNOWN_STRENGTH = 0.45
MAX_DISCRIMINATORS = 30
MINIMUM_PROB_STRENGTH = 0.1
HAM_CUTOFF = 0.20
SPAM_CUTOFF = 0.90


def chi2Q(x2, v):
    """Return prob(chisq >= x2, with v degrees of freedom); v must be even."""
    assert v & 1 == 0
    m = x2 / 2.0
    sum = term = math.exp(-m)
    for i in range(1, v // 2):
        term *= m / i
        sum += term
    return min(sum, 1.0)


def tokenize_word(word):
    n = len(word)
    if 3 <= n <= 12:
        yield word
    elif n >= 3:
        if "@" in word:
            name, _, domain = word.partition("@")
            yield "email name:" + name
            for part in domain.split("."):
                yield "email addr:" + part
        else:
            yield "skip:%c %d" % (word[0], n // 10 * 10)


class Tokenizer:
    def __init__(self, strip_html=True):
        self.strip_html = strip_html

    def tokenize_headers(self, msg):
        for w in msg.subject.lower().split():
            yield "subject:" + w
        user, _, domain = msg.sender.partition("@")
        yield "from:" + domain
        if any(c.isdigit() for c in user):
            yield "from:digits"

    def tokenize_body(self, text):
        if self.strip_html:
            stripped, n = html_re.subn(" ", text)
            if n:
                yield "html tags:%d" % min(n, 5)
            text = stripped
        for m in url_re.finditer(text):
            yield "url:" + m.group(1)
            if m.group(2):
                for piece in m.group(2).strip("/").split("/"):
                    if piece:
                        yield "url path:" + piece
        text = url_re.sub(" ", text)
        for amount in money_re.findall(text):
            yield "money:" + ("big" if float(amount[1:]) >= 100 else "small")
        for w in word_re.findall(text.lower()):
            yield from tokenize_word(w)

    def tokenize(self, msg):
        yield from self.tokenize_headers(msg)
        yield from self.tokenize_body(msg.body)


class WordInfo:
    __slots__ = ("spamcount", "hamcount")

    def __init__(self):
        self.spamcount = 0
        self.hamcount = 0

    def __repr__(self):
        return "WordInfo(%d, %d)" % (self.spamcount, self.hamcount)


class Classifier:
    def __init__(self):
        self.wordinfo = {}
        self.nspam = 0
        self.nham = 0

    def learn(self, tokens, is_spam):
        if is_spam:
            self.nspam += 1
        else:
            self.nham += 1
        for word in set(tokens):
            record = self.wordinfo.setdefault(word, WordInfo())
            if is_spam:
                record.spamcount += 1
            else:
                record.hamcount += 1

    def probability(self, record):
        nham = float(self.nham or 1)
        nspam = float(self.nspam or 1)
        hamratio = record.hamcount / nham
        spamratio = record.spamcount / nspam
        prob = spamratio / (hamratio + spamratio)
        n = record.hamcount + record.spamcount
        return (UNKNOWN_STRENGTH * UNKNOWN_PROB + n * prob) / (UNKNOWN_STRENGTH + n)

    def _getclues(self, tokens):
        clues = []
        for word in set(tokens):
            record = self.wordinfo.get(word)
            prob = UNKNOWN_PROB if record is None else self.probability(record)
            distance = abs(prob - 0.5)
            if distance >= MINIMUM_PROB_STRENGTH:
                clues.append((distance, prob, word))
        clues.sort(key=lambda c: (-c[0], c[2]))
        return [(prob, word) for _, prob, word in clues[:MAX_DISCRIMINATORS]]

    def chi2_spamprob(self, tokens, evidence=False):
        H = S = 1.0
        Hexp = Sexp = 0
        clues = self._getclues(tokens)
        for prob, word in clues:
            S *= 1.0 - prob
            H *= prob
            if S < 1e-200:
                S, e = math.frexp(S)
                Sexp += e
            if H < 1e-200:
                H, e = math.frexp(H)
                Hexp += e
        S = math.log(S) + Sexp * math.log(2)
        H = math.log(H) + Hexp * math.log(2)
        n = len(clues)
        if n:
            S = 1.0 - chi2Q(-2.0 * S, 2 * n)
            H = 1.0 - chi2Q(-2.0 * H, 2 * n)
            prob = (S - H + 1.0) / 2.0
        else:
            prob = 0.5
        if evidence:
            return prob, clues
        return prob


SPAM_WORDS = ["free", "winner", "viagra", "cash", "offer", "urgent", "click", "guaranteed", "prize", "limited"]
HAM_WORDS = ["meeting", "project", "lunch", "report", "schedule", "python", "review", "budget", "notes", "team"]
FILLER = ["the", "and", "for", "you", "this", "with", "have", "from", "please", "about"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % n


def make_message(rng, spam):
    words = SPAM_WORDS if spam else HAM_WORDS
    body = []
    for _ in range(12 + rng.next(10)):
        pool = words if rng.next(3) else FILLER
        body.append(pool[rng.next(len(pool))])
    if spam:
        body.append("<b>only $%d.99</b> http://deals%d.example.com/buy/now" % (rng.next(500), rng.next(3)))
        sender = "promo%d@mailer%d.biz" % (rng.next(90), rng.next(4))
    else:
        body.append("see https://wiki.corp.example/%s/page" % words[rng.next(len(words))])
        sender = "%s@corp.example" % FILLER[rng.next(3)]
    if rng.next(4) == 0:
        body.append("supercalifragilisticexpialidocious")
    subject = " ".join(words[rng.next(len(words))] for _ in range(3))
    return Message(subject.title(), sender, " ".join(body))


def main():
    rng = Rng(2024)
    tok = Tokenizer()
    bayes = Classifier()
    for i in range(120):
        spam = i % 3 == 0
        bayes.learn(list(tok.tokenize(make_message(rng, spam))), spam)
    print("trained: %d spam, %d ham, %d words" % (bayes.nspam, bayes.nham, len(bayes.wordinfo)))
    top = sorted(bayes.wordinfo.items(), key=lambda kv: (-(kv[1].spamcount + kv[1].hamcount), kv[0]))[:5]
    for word, record in top:
        print("  %-22s %r %.4f" % (word, record, bayes.probability(record)))
    results = {"spam": 0, "ham": 0, "unsure": 0}
    correct = 0
    for i in range(60):
        spam = i % 4 == 0
        prob = bayes.chi2_spamprob(tok.tokenize(make_message(rng, spam)))
        verdict = "spam" if prob > SPAM_CUTOFF else "ham" if prob < HAM_CUTOFF else "unsure"
        results[verdict] += 1
        correct += (verdict == "spam") == spam and verdict != "unsure"
    print("verdicts:", results, "correct:", correct)
    msg = Message("Free Cash Prize", "promo7@mailer1.biz", "click <i>here</i> for $250 http://deals1.example.com/buy/now")
    tokens = list(tok.tokenize(msg))
    print("tokens:", tokens)
    prob, clues = bayes.chi2_spamprob(tokens, evidence=True)
    print("prob: %.6f" % prob)
    for p, w in clues[:6]:
        print("  %.4f %s" % (p, w))
    print("chi2Q:", round(chi2Q(10.0, 8), 10), chi2Q(0.0, 2))
    print(list(tokenize_word("someone@example.co.uk")), list(tokenize_word("x" * 25)))
    try:
        WordInfo().other = 1
    except AttributeError as e:
        print("AttributeError:", e)


if __name__ == "__main__":
    main()
