#!/usr/bin/env python3
"""Flesch-Kincaid grade of the `asks` texts in requirement content files (same heuristic as src/content/readability.ts).
Usage: python3 scripts/fk.py content/requirements/req-08.json"""
import json, re, sys, statistics
def syllables(word):
    w = word.lower()
    w = re.sub(r'[^a-z]', '', w)
    if not w: return 0
    if len(w) <= 3: return 1
    w = re.sub(r'(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$', '', w)
    w = re.sub(r'^y', '', w)
    groups = re.findall(r'[aeiouy]{1,2}', w)
    return max(1, len(groups))
def grade(text):
    sentences = [s for s in re.split(r'[.!?]+(?:\s|$)', text) if re.search(r'[A-Za-z]', s)]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    if not words: return 0
    syl = sum(syllables(w) for w in words)
    return 0.39 * len(words) / max(1, len(sentences)) + 11.8 * syl / len(words) - 15.59
grades = []
for f in sys.argv[1:]:
    data = json.load(open(f))
    for e in data['entries']:
        if e.get('placeholder'): continue
        g = grade(e['asks']); grades.append(g)
        print(f"{e['id']:>10}  grade {g:5.1f}")
if grades: print(f"median grade: {statistics.median(grades):.1f} over {len(grades)} entries")
