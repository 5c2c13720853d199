import json, re, hashlib, sys, collections
pat = re.compile(r"""\b(
 ban|bans|banned|banning|bar|bars|barred|barring|prohibit\w*|outlaw\w*|forbid\w*|restrict\w*|block(s|ed|ing)?|curb\w*|phase[sd]?\s+out|phasing\s+out|rip\s+and\s+replace|
 sanction\w*|entity\s+list|covered\s+list|blacklist\w*|black-list\w*|export\s+control\w*|ofac|designat\w*|national\s+security|security\s+(risk|threat|concern)s?|
 halt\w*|pull(s|ed|ing)?|stop(s|ped)?\s+selling|delist\w*|remov\w*|kick(s|ed)?\s+(off|out)|drop(s|ped)?|cut(s|ting)?\s+ties|
 directive|warn(s|ed|ing)?\s+(against|agencies|users|about)|advis\w*\s+against|ordered\s+to|orders?\s+(agencies|federal)|disconnect\w*|uninstall\w*|
 backdoor\w*|back\s+door\w*|supply[\s-]chain|trojani[sz]ed|compromis\w*|hijack\w*|tamper\w*|poison\w*|malicious\s+(update|version|package|code|release|extension|library|npm|pypi|dependency)|
 update\s+server|software\s+update|(npm|pypi|rubygems|github|extension|package|library|plugin)|
 distrust\w*|untrust\w*|root\s+(store|program|certificate)|certificate\s+authorit\w*|\bCA\b|
 spy|spies|spying|spyware|espionage|surveillance|intelligence|state-(backed|linked|owned)|chinese\s+(government|military|communist)|ccp|kremlin|exfiltrat\w*|
 lift\w*|struck\s+down|strike\s+down|overturn\w*|reverse\w*|rescind\w*|injunction|court\s+blocks
)\b""", re.I|re.X)
strong = re.compile(r"""\b(ban|bans|banned|banning|barred|bars|prohibit\w*|sanction\w*|entity\s+list|covered\s+list|blacklist\w*|export\s+control\w*|delist\w*|halts?\s+sales|stop(s|ped)?\s+selling|pull(s|ed)?\s+(from|\w+\s+from)|removed?\s+from|directive|backdoor\w*|back\s+door|supply[\s-]chain|trojani[sz]ed|distrust\w*|root\s+store|certificate\s+authorit\w*|spy|spying|spyware|espionage|national\s+security|hijack\w*|compromised|malicious\s+(update|version|package|code|release|extension|librar\w+|npm|pypi|dependency)|tamper\w*|phase\s+out|rip\s+and\s+replace|cut\s+ties|lift\w*\s+(the\s+)?(ban|sanction)|kicked\s+off|warn\w*\s+against|poison\w*|restrict\w*|block(s|ed)|curb\w*|limit\w*\s+(purchases|use)|hacked|infected|malware\s+(in|into|through|via)|(npm|pypi|rubygems|crates|github|chrome|firefox|vs\s?code)\s+(package|packages|extension|extensions|library|repositor\w+|account)|removes|pulls|pulled|dropp?s?|dropped|orders|ordered|warns|surveillance|state-(backed|linked|owned|sponsored)|chinese\s+(government|military|communist|state)|ccp|kremlin|huawei|zte|kaspersky|tiktok|hikvision|dahua|dji|nso\s+group|solarwinds|3cx|intellexa|cytrox|candiru|entrust|trustcor|xz)\b""", re.I)
def first_sent(s, n=400):
    s = re.sub(r'<[^>]+>', ' ', s or '')
    s = re.sub(r'\s+', ' ', s).strip()
    m = re.search(r'(.{40,}?[.!?])(\s|$)', s)
    out = m.group(1) if m else s
    return out[:n]
ids=set(); rows=[]; non=[]; years=collections.Counter(); cy=collections.Counter()
with open('/work/shared/corpus/news-dev.jsonl') as f:
    for ln, line in enumerate(f, 1):
        o=json.loads(line)
        i=hashlib.sha1(o['link'].encode()).hexdigest()[:10]
        assert i not in ids, i
        ids.add(i)
        y=o['published'][:4]; years[y]+=1
        t=o['title'] or ''; fs=first_sent(o.get('summary',''))
        # candidate: strong signal in title or first sentence
        if strong.search(t) or strong.search(fs):
            rows.append((i,o['published'][:10],o.get('outlet',''),t.replace('\t',' '),fs.replace('\t',' ')))
            cy[y]+=1
        else:
            non.append((i,o['published'][:10],o.get('outlet',''),t.replace('\t',' '),fs.replace('\t',' ')))
print(len(ids), years, file=sys.stderr)
print(len(rows), cy, file=sys.stderr)
with open('/tmp/lab/cands3.tsv','w') as w:
    for r in rows: w.write('\t'.join(r)+'\n')

rows.sort(key=lambda r:r[1])
import random
random.seed(11)
samp=random.sample(non,600)
with open('/tmp/lab/noncand-sample.tsv','w') as w:
    for r in samp: w.write('\t'.join(r)+'\n')
n=7; k=(len(rows)+n-1)//n
for j in range(n):
    with open('/tmp/lab/batch-%d.tsv'%j,'w') as w:
        for r in rows[j*k:(j+1)*k]: w.write('\t'.join(r)+'\n')
