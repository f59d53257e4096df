#!/usr/bin/env python3
"""Heuristic cross-check of a pair's gold.json against its two texts.

usage: python3 check_status.py PAIRDIR [--show]

For every one-to-one link it recomputes the status from the documents: the
task's text is taken from its anchor to the end of its block (next numbered
line, next anchor, or a closing line such as 抄送/印发/page number), compared
after NFKC + whitespace removal; the ancestors are the nearest numbered
headings above it (附件N > 一、 > （一） > 1./一是/table row), numbers dropped.
Equal text and ancestors -> unchanged, equal text only -> moved, else changed.
It prints MISMATCH lines where the gold disagrees, and warns when a split or
merged link joins identical texts.  --show also lists numbered lines that
carry no anchor (they should all be headings or non-task items).
The block and heading rules are tuned to the documents in this folder
(including three unnumbered sub-heading cells of the 001 pair); it is a
sanity check for editing the golds, not part of the scoring.
"""
import json, re, sys, unicodedata, os

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split())

CN = "一二三四五六七八九十"
STRUCT = [
    (0, re.compile(r'^附件\s*\d+\s*$')),
    (1, re.compile(rf'^[{CN}]+、')),
    (2, re.compile(rf'^[（(][{CN}]+[）)]')),
    (3, re.compile(r'^\d+\s*[.．、]')),
    (3, re.compile(rf'^[{CN}]+是')),
    (3, re.compile(r'^\d+\t')),
    (3, re.compile(r'^\d+$')),
]
STOP = re.compile(r'(^—\s*\d+\s*—$|印发\s*$|^抄送|^附件[：:]|^街道将把|^其他辖区相关|^（此件|办事处\s*$|^\d{4}年\s*\d+月\s*\d+\s*日\s*$|^[^\t]*委员会\s*$|^[^\t]*人民政府\s*$|^[^\t]*办公室\s*$)')

def level(line, extra):
    s = line.strip()
    if not s:
        return None
    if norm(s) in extra:
        return extra[norm(s)]
    for lv, rx in STRUCT:
        if rx.search(s):
            return lv
    return None

def strip_num(s):
    s = s.strip()
    for lv, rx in STRUCT:
        m = rx.search(s)
        if m:
            return norm(s[m.end():])
    return norm(s)

def analyse(path, anchors, extra):
    lines = open(path, encoding='utf-8-sig').read().split('\n')
    # normalized text with line index mapping
    buf, owner = [], []
    for i, l in enumerate(lines):
        n = norm(l)
        buf.append(n); owner.extend([i] * len(n))
    text = ''.join(buf)
    starts = {}
    for a in anchors:
        p = text.find(a)
        assert p >= 0 and text.count(a) == 1, (path, a)
        starts[a] = p
    startline = {a: owner[p] for a, p in starts.items()}
    anchor_lines = {}
    for a, li in startline.items():
        anchor_lines.setdefault(li, []).append(a)
    lv = [level(l, extra) for l in lines]
    out = {}
    for a in anchors:
        li = startline[a]
        # own level: the structural line at or before li
        j = li
        while j >= 0 and lv[j] is None:
            j -= 1
        own = lv[j] if j >= 0 else 9
        stack = {}
        for k in range(0, j):
            if lv[k] is not None:
                stack[lv[k]] = strip_num(lines[k])
                for d in [x for x in stack if x > lv[k]]:
                    del stack[d]
        anc = tuple(stack[x] for x in sorted(stack) if x < own)
        # block: from anchor start to end of block
        # offset of anchor inside its line
        linestart = sum(len(b) for b in buf[:li])
        parts = [buf[li][starts[a] - linestart:]]
        k = li + 1
        while k < len(lines):
            if lv[k] is not None or k in anchor_lines or STOP.search(lines[k].strip()):
                break
            parts.append(buf[k]); k += 1
        out[a] = (''.join(parts), anc, li + 1)
    return out, lines, lv, startline

def main():
    if len(sys.argv) < 2:
        print(__doc__); sys.exit(2)
    d = sys.argv[1]; show = '--show' in sys.argv
    g = json.load(open(os.path.join(d, 'gold.json')))
    extra = {norm(k): 2 for k in ['厘清“多跨疑难”安全职责','开展精准严格闭环执法','查排场走过场']}
    olds = [norm(a) for l in g['links'] for a in l['old']] + [norm(a) for a in g.get('removed', [])]
    news = [norm(a) for l in g['links'] for a in l['new']] + [norm(a) for a in g.get('added', [])]
    O, olines, olv, ostart = analyse(os.path.join(d, g['old']), olds, extra)
    N, nlines, nlv, nstart = analyse(os.path.join(d, g['new']), news, extra)
    bad = 0
    for l in g['links']:
        st = l['status']
        if st in ('unchanged', 'moved', 'changed'):
            o, n = O[norm(l['old'][0])], N[norm(l['new'][0])]
            if o[0] != n[0]:
                exp = 'changed'
            else:
                exp = 'unchanged' if o[1] == n[1] else 'moved'
            if exp != st:
                bad += 1
                print(f"MISMATCH gold={st} computed={exp}: {l['old'][0]} | {l['new'][0]}")
                print('   old anc', o[1]); print('   new anc', n[1])
                if o[0] != n[0]:
                    import difflib
                    sm = difflib.SequenceMatcher(None, o[0], n[0])
                    for op in sm.get_opcodes():
                        if op[0] != 'equal':
                            print('   ', op[0], repr(o[0][op[1]:op[2]]), '->', repr(n[0][op[3]:op[4]]))
            elif show:
                print(f"ok {st}: {l['old'][0]} | {l['new'][0]}  anc={o[1][-1:] } -> {n[1][-1:]}")
        else:
            for a in l['old']:
                for b in l['new']:
                    if O[norm(a)][0] == N[norm(b)][0]:
                        print('WARN identical text in', st, a, b)
    # numbered lines not carrying an anchor
    for name, lines, lv, start in (('old', olines, olv, ostart), ('new', nlines, nlv, nstart)):
        have = set(start.values())
        for i, l in enumerate(lines):
            if lv[i] is not None and i not in have:
                # heading lines are expected; print for review
                if show:
                    print(f'  {name} unanchored L{lv[i]} line {i+1}: {l.strip()[:40]}')
    print(f'{d}: {bad} mismatches')
    return 1 if bad else 0

sys.exit(main())
