#!/usr/bin/env python3
"""Compiles the inline-marked quotation gold (gold-ur.txt, gold-en.txt) to JSONL with UTF-16 offsets.

Usage: python3 compile_gold.py            (writes quotes-<lang>-dev.jsonl and quotes-<lang>-blind.jsonl here)

A paragraph goes to the dev part when its number ends in 1, 4 or 7 (30 of 100), else to the blind part.
Each JSONL line: {"id", "lang", "text", "quotes": [{"quote": {"begin", "end", "text"}, "kind": "direct"|
"indirect", "speaker": {"begin", "end", "text", "type": PERSON|ORGANIZATION|ROLE}, "verb": {...} or null}]}.
Offsets are UTF-16 code units into text (Java String offsets); end is exclusive.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TAG = re.compile(r'\{([PORVDI]\d+(?:,[PORVDI]\d+)*)\|([^{}]*)\}')
TYPES = {'P': 'PERSON', 'O': 'ORGANIZATION', 'R': 'ROLE'}


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def parse(line):
    pid, marked = line.split('\t', 1)
    text, spans, pos = [], {}, 0
    for m in TAG.finditer(marked):
        text.append(marked[pos:m.start()])
        begin = u16(''.join(text))
        text.append(m.group(2))
        end = u16(''.join(text))
        for tag in m.group(1).split(','):
            kind, num = tag[0], int(tag[1:])
            role = 'speaker' if kind in TYPES else {'V': 'verb', 'D': 'quote', 'I': 'quote'}[kind]
            q = spans.setdefault(num, {})
            if role in q:
                sys.exit(f'{pid}: two {role} spans for quotation {num}')
            q[role] = {'begin': begin, 'end': end, 'text': m.group(2)}
            if kind in TYPES:
                q[role]['type'] = TYPES[kind]
            if kind in 'DI':
                q['kind'] = 'direct' if kind == 'D' else 'indirect'
        pos = m.end()
    text.append(marked[pos:])
    plain = ''.join(text)
    if '{' in plain or '}' in plain or '|' in plain:
        sys.exit(f'{pid}: stray markup in {plain!r}')
    quotes = []
    for num in sorted(spans):
        q = spans[num]
        if 'quote' not in q or 'speaker' not in q:
            sys.exit(f'{pid}: quotation {num} lacks a quote or a speaker: {q}')
        quotes.append({'quote': q['quote'], 'kind': q['kind'], 'speaker': q['speaker'], 'verb': q.get('verb')})
    return pid, plain, quotes


def main():
    for lang in ('ur', 'en'):
        parts = {'dev': [], 'blind': []}
        with open(os.path.join(HERE, f'gold-{lang}.txt'), encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                pid, text, quotes = parse(line)
                part = 'dev' if int(pid[2:]) % 10 in (1, 4, 7) else 'blind'
                parts[part].append(json.dumps({'id': pid, 'lang': lang, 'text': text, 'quotes': quotes},
                                              ensure_ascii=False))
        for part, lines in parts.items():
            with open(os.path.join(HERE, f'quotes-{lang}-{part}.jsonl'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines) + '\n')
            n = sum(len(json.loads(l)['quotes']) for l in lines)
            print(f'{lang} {part}: {len(lines)} paragraphs, {n} quotations')


if __name__ == '__main__':
    main()
