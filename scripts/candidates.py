#!/usr/bin/env python3
"""Select the candidate articles of the labelled corpus (docs/labelling.md).

    python3 scripts/candidates.py [CORPUS] > candidates.tsv

Reads ../shared/corpus/news-dev.jsonl (or CORPUS) and prints, one a line,
the articles whose title or first summary sentence matches a generous
pattern of trust words (tab-separated: id, date, outlet, title, first
sentence). id is the first 10 hex digits of SHA-1 of the link, as in
testdata/labels/news-dev.tsv. Every line it prints was read and labelled;
articles it does not print are labelled "-" (a random sample of 600 of
them was read as a check of the filter: see the README).
"""
import hashlib
import json
import os
import re
import sys

STRONG = re.compile(r"""\b(ban|bans|banned|banning|barred|bars|prohibit\w*|sanction\w*|entity\s+list|covered\s+list|
blacklist\w*|export\s+control\w*|delist\w*|halts?\s+sales|stop(s|ped)?\s+selling|pull(s|ed)?\s+(from|\w+\s+from)|
removed?\s+from|directive|backdoor\w*|back\s+door|supply[\s-]chain|trojani[sz]ed|distrust\w*|root\s+store|
certificate\s+authorit\w*|spy|spying|spyware|espionage|national\s+security|hijack\w*|compromised|
malicious\s+(update|version|package|code|release|extension|librar\w+|npm|pypi|dependency)|tamper\w*|phase\s+out|
rip\s+and\s+replace|cut\s+ties|lift\w*\s+(the\s+)?(ban|sanction)|kicked\s+off|warn\w*\s+against|poison\w*|
restrict\w*|block(s|ed)|curb\w*|limit\w*\s+(purchases|use)|hacked|infected|malware\s+(in|into|through|via)|
(npm|pypi|rubygems|crates|github|chrome|firefox|vs\s?code)\s+(package|packages|extension|extensions|library|repositor\w+|account)|
removes|pulls|pulled|dropp?s?|dropped|orders|ordered|warns|surveillance|state-(backed|linked|owned|sponsored)|
chinese\s+(government|military|communist|state)|ccp|kremlin|huawei|zte|kaspersky|tiktok|hikvision|dahua|dji|
nso\s+group|solarwinds|3cx|intellexa|cytrox|candiru|entrust|trustcor|xz)\b""", re.I | re.X)


def first_sentence(s, n=400):
    s = re.sub(r"<[^>]+>", " ", s or "")
    s = re.sub(r"\s+", " ", s).strip()
    m = re.search(r"(.{40,}?[.!?])(\s|$)", s)
    return (m.group(1) if m else s)[:n]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "corpus", "news-dev.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            i = hashlib.sha1(o["link"].encode()).hexdigest()[:10]
            t, fs = o.get("title") or "", first_sentence(o.get("summary", ""))
            if STRONG.search(t) or STRONG.search(fs):
                rows.append((i, o["published"][:10], o.get("outlet", ""), t.replace("\t", " "), fs.replace("\t", " ")))
    rows.sort(key=lambda r: r[1])
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main()
