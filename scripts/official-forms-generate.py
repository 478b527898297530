#!/usr/bin/env python3
"""
Writes content/official-forms/ (one field map per edition, and editions.json) from the Council's
own v4.0.1 Word files, which a developer has locally and which never enter the project:

    python3 scripts/official-forms-generate.py /path/to/council/docx

How the maps were made, kept so that a new edition can be mapped the same way. It finds each form
field's official part from the headings before it, gives the part's fields their target names (the
layout of each part is checked: a surprise stops the run), and stores each field's Word properties
and a hash of the label beside it, never the text. The eligibility boxes of Part 2h are matched to
our criteria by meaning (the SAQS table below). Label and shape rules mirror
src/domain/official-forms/fields.ts and recognise.ts; `npm run forms:verify -- <folder>` checks the
result against the files with the TypeScript engine.
"""
import difflib, html, json, os, re, sys, unicodedata, zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
CONTENT = os.path.join(ROOT, 'content', 'saq') + '/'
DOCX = ''

TOK = re.compile(r'<w:fldChar\b([^>]*?)(/>|>(.*?)</w:fldChar>)|<w:instrText\b[^>]*?(?:/>|>(.*?)</w:instrText>)|<w:t(?:\s[^>]*)?(?:/>|>(.*?)</w:t>)|</w:p>', re.S)
def attr(s, name):
    m = re.search(r'<w:%s\b[^>]*?w:val="([^"]*)"' % name, s)
    return html.unescape(m.group(1)) if m else None
def norm(t):
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'\s+', ' ', t).strip().lower()
    return t
def fnv(s):
    h = 0x811c9dc5
    for b in s.encode('utf8'):
        h ^= b; h = (h * 0x01000193) & 0xffffffff
    return '%08x' % h
HEAD=re.compile(r'^(Part \d[a-h]?\.|Section \d|Appendix [A-G]\d?|Requirement \d+:|Requirement A2|Parte \d[a-h]?\.|Secci[oó]n \d|Anexo [A-G]\d?|Requisito \d+:)')
ROWID=re.compile(r'^(A2\.\d+(\.\d+)*|\d{1,2}\.\d+(\.\d+)+)$')
def scan(xml, extra=False):
    fields = []; stack = []; para = ''; last = ''; head=''; rowid=''
    for m in TOK.finditer(xml):
        g = m.group(0)
        if g.startswith('<w:fldChar'):
            typ = re.search(r'w:fldCharType="(\w+)"', m.group(1)).group(1)
            if typ == 'begin':
                label = norm(para) or last
                stack.append({'ff': m.group(3) or '', 'instr': '', 'label': label, 'phase': 'instr', 'start': m.start(), 'head': head, 'rowid': rowid})
            elif typ == 'separate' and stack: stack[-1]['phase'] = 'result'
            elif typ == 'end' and stack:
                f = stack.pop()
                kw = f['instr'].strip().split(' ')[0].upper() if f['instr'].strip() else ''
                if kw in ('FORMTEXT', 'FORMCHECKBOX', 'FORMDROPDOWN'):
                    ff = f['ff']
                    if not ff or '<w:ffData' not in ff: kind = 'ghost'
                    elif '<w:checkBox' in ff: kind = 'checkbox'
                    elif '<w:ddList' in ff: kind = 'dropdown'
                    else: kind = 'text'
                    d = {'kind': kind, 'label': f['label'], 'start': f['start']}
                    if extra: d['head']=f['head']; d['rowid']=f['rowid']
                    if kind != 'ghost':
                        d['name'] = attr(ff, 'name') or ''
                        if kind == 'checkbox':
                            d['default'] = attr(ff, 'default')
                        elif kind == 'text':
                            ti = re.search(r'<w:textInput\b[^>]*?(?:/>|>.*?</w:textInput>)', ff, re.S)
                            ti = ti.group(0) if ti else ''
                            dv = attr(ti, 'default'); ml = attr(ti, 'maxLength')
                            if dv is not None: d['default'] = dv
                            if ml is not None and ml != '0': d['maxLength'] = int(ml)
                    fields.append(d)
        elif g.startswith('<w:instrText'):
            if stack: stack[-1]['instr'] += html.unescape(m.group(4) or '')
        elif g == '</w:p>':
            if not stack:
                if norm(para): last = norm(para)
                t=para.strip()
                if HEAD.match(t): head=t[:60]
                if ROWID.match(t): rowid=t
                para = ''
        else:
            if not stack: para += html.unescape(m.group(5) or '')
    return fields
def shape_sig(f):
    k = {'text': 'T', 'checkbox': 'C', 'ghost': 'G', 'dropdown': 'D'}[f['kind']]
    return '|'.join([k, f.get('name', ''), f.get('default') or '', str(f.get('maxLength', ''))])
def hashes(fields):
    shape = fnv('\n'.join(shape_sig(f) for f in fields))
    kinds = fnv(''.join(shape_sig(f)[0] for f in fields if f['kind'] != 'ghost'))
    return shape, kinds
def read(path):
    return zipfile.ZipFile(path).read('word/document.xml').decode('utf8')

# Per SAQ: the Council's file names, and for Part 2h, our criterion ids in the order of the official
# boxes, matched by meaning ('a+b': the box is ticked when both are confirmed; one of ours can stand
# for two boxes, and our criteria with no official box are left out).
SAQS = {
  'a':   {'id': 'A', 'saq': 'PCIDSSv4_0_1SAQAr1', 'aoc': 'PCIDSSv401AOCforSAQAr1', 'rev': 'r1',
          'elig': ['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7']},
  'a-ep': {'id': 'A-EP', 'saq': 'PCIDSSv401SAQAEP', 'aoc': 'PCIDSSv401AOCforSAQAEP', 'rev': None,
          'elig': ['aep-%d' % i for i in range(1, 9)]},
  'b':   {'id': 'B', 'saq': 'PCIDSSv401SAQB', 'aoc': 'PCIDSSv401AOCforSAQB', 'rev': None,
          'elig': ['b-1', 'b-2', 'b-3', 'b-5', 'b-4']},
  'b-ip': {'id': 'B-IP', 'saq': 'PCIDSSv401SAQBIP', 'aoc': 'PCIDSSv401AOCforSAQBIP', 'rev': None,
          'elig': ['b-ip-1', 'b-ip-2', 'b-ip-4', 'b-ip-5', 'b-ip-3', 'b-ip-6', 'b-ip-6']},
  'c':   {'id': 'C', 'saq': 'PCIDSSv401SAQC', 'aoc': 'PCIDSSv401AOCforSAQC', 'rev': None,
          'elig': ['c-1', 'c-2', 'c-3', 'c-4', 'c-5']},
  'c-vt': {'id': 'C-VT', 'saq': 'PCIDSSv401SAQCVT', 'aoc': 'PCIDSSv401AOCforSAQCVT', 'rev': None,
          'elig': ['c-vt-1', 'c-vt-1+c-vt-2', 'c-vt-3', 'c-vt-4', 'c-vt-5', 'c-vt-7', 'c-vt-7']},
  'd-merchant': {'id': 'D-Merchant', 'saq': 'PCIDSSv401SAQDMerchant', 'aoc': 'PCIDSSv401AOCforSAQDMerchant', 'rev': None,
          'elig': []},
  'p2pe': {'id': 'P2PE', 'saq': 'PCIDSSv401SAQP2PE', 'aoc': 'PCIDSSv401AOCforSAQP2PE', 'rev': None,
          'elig': ['p2pe-1+p2pe-2', 'p2pe-3', 'p2pe-4', 'p2pe-5', 'p2pe-6']},
  'spoc': {'id': 'SPoC', 'saq': 'PCIDSSv401SAQSPoC', 'aoc': 'PCIDSSv401AOCforSAQSPoC', 'rev': None,
          'elig': ['spoc-1', 'spoc-2+spoc-3', 'spoc-4', 'spoc-4', 'spoc-5', 'spoc-6', 'spoc-7']},
}
ACK = ['completed-per-instructions', 'fair-results', 'maintain-controls']

class Err(Exception): pass

def part_of(f):
    h = f['head']
    for a, b in (('Parte ', 'Part '), ('Requisito ', 'Requirement '), ('Anexo ', 'Appendix '), ('Sección ', 'Section '), ('Seccion ', 'Section ')):
        if h.startswith(a): h = b + h[len(a):]
    h = re.sub(r'^(Appendix A2:)\s+', r'\1 ', h)
    if h == '' and f['kind'] == 'ghost': return 'front'
    m = re.match(r'^Part (\d[a-h]?)\.', h)
    if m: return m.group(1)
    if re.match(r'^Requirement \d+:$', h.strip()) or re.match(r'^Appendix A2:$', h.strip()): return '2g'
    if h.startswith('Section 2'): return 'section2'
    m = re.match(r'^Requirement (\d+): \S', h)
    if m: return 'section2'
    if re.match(r'^Appendix A2: ?\S', h): return 'section2'
    m = re.match(r'^Appendix ([BCD])', h)
    if m: return 'appendix' + m.group(1)
    if h.strip() == 'Appendix A2': return '4'
    raise Err('no part for head %r' % h)

def gen(slug, doc, lang='en'):
    cfg = SAQS[slug]
    content = json.load(open(CONTENT + slug + '.json'))
    responses = content['responses']
    principals = [g['principal'] for g in content['groups']]
    rows = [r['id'] for g in content['groups'] for r in g['rows'] if not r.get('notForMerchants')]
    file = cfg[doc] + ('.docx' if lang == 'en' else 'LA.docx')
    fields = scan(read(DOCX + file), True)
    parts = {}
    order = []
    for f in fields:
        p = part_of(f)
        if p not in parts: parts[p] = []; order.append(p)
        parts[p].append(f)
    out = []
    def assign(p, targets):
        fs = parts[p]
        if len(fs) != len(targets): raise Err('%s %s part %s: %d fields, %d targets %s' % (slug, doc, p, len(fs), len(targets), ''.join(x['kind'][0] for x in fs)))
        for f, t in zip(fs, targets):
            k, tgt = t
            if k != f['kind']: raise Err('%s %s part %s: kind %s vs %s for %s' % (slug, doc, p, f['kind'], k, tgt))
            f['to'] = tgt
    T = lambda t: ('text', t); C = lambda t: ('checkbox', t); G = ('ghost', None)
    kinds = lambda p: ''.join({'text':'T','checkbox':'C','ghost':'G'}[x['kind']] for x in parts[p])
    for p in order:
        ks = kinds(p)
        if p == 'front':
            assign(p, [G for _ in ks])
        elif p == '1a':
            assign(p, [T('part1a.' + x) for x in ['companyName', 'dba', 'mailingAddress', 'website', 'contactName', 'contactTitle', 'contactPhone', 'contactEmail']])
        elif p == '1b':
            assign(p, [T('part1b.' + x) for x in ['isaNames', 'qsaCompany', 'qsaAddress', 'qsaWebsite', 'qsaLeadName', 'qsaPhone', 'qsaEmail', 'qsaCertificate']])
        elif p == '2a':
            ch = {'CCCCCT': ['moto', 'ecommerce', 'cardPresent'], 'CCCCT': ['moto', 'cardPresent'], 'CCCT': ['cardPresent']}[ks]
            assign(p, [C('part2a.channel.' + c) for c in ch] + [C('part2a.excluded.yes'), C('part2a.excluded.no'), T('part2a.excludedWhy')])
        elif p == '2b':
            n = len(ks) // 2
            assign(p, [t for i in range(1, n + 1) for t in (T('part2b.%d.channel' % i), T('part2b.%d.description' % i))])
        elif p == '2c':
            assign(p, [T('part2c.environment'), C('part2c.segmentation.yes'), C('part2c.segmentation.no')])
        elif p == '2d':
            n = len(ks) // 3
            assign(p, [T('part2d.%d.%s' % (i, c)) for i in range(1, n + 1) for c in ['type', 'count', 'where']])
        elif p == '2e':
            if ks.startswith('CC'):
                n = (len(ks) - 2) // 5
                assign(p, [C('part2e.uses.yes'), C('part2e.uses.no')] + [T('part2e.%d.%s' % (i, c)) for i in range(1, n + 1) for c in ['name', 'version', 'standard', 'listing', 'expiry']])
            elif ks == 'TTTTT':
                assign(p, [T('part2e.solution.' + c) for c in ['provider', 'name', 'listing', 'devices', 'reassessment']])
            elif ks == 'TTTTTT':
                assign(p, [T('part2e.solution.' + c) for c in ['provider', 'name', 'listing', 'devices', 'reassessment', 'checkpoint']])
            else: raise Err('2e ' + ks)
        elif p == '2f':
            n = (len(ks) - 6) // 2
            assign(p, [C('part2f.storesProcessesTransmits.yes'), C('part2f.storesProcessesTransmits.no'), C('part2f.managesComponents.yes'), C('part2f.managesComponents.no'), C('part2f.couldAffect.yes'), C('part2f.couldAffect.no')] + [T('part2f.%d.%s' % (i, c)) for i in range(1, n + 1) for c in ['name', 'service']])
        elif p == '2g':
            assign(p, [C('part2g.%s.%s' % (pr, r)) for pr in principals for r in responses])
        elif p == '2h':
            el = iter(cfg['elig'])
            t = []
            for k in ks:
                t.append(G if k == 'G' else C('part2h.' + next(el)))
            if next(el, None) is not None: raise Err('2h leftover')
            assign(p, t)
        elif p == 'section2':
            fs = parts[p]
            if doc == 'aoc':
                assign(p, [T('section2.completionDate'), C('section2.legalConstraint.yes'), C('section2.legalConstraint.no')])
            else:
                fs[0]['to'] = 'section2.completionDate'
                if fs[0]['kind'] != 'text': raise Err('s2 date')
                # group the checkboxes by row id
                groups = []
                for f in fs[1:]:
                    if f['kind'] != 'checkbox': raise Err('s2 kind')
                    if groups and groups[-1][0] == f['rowid']: groups[-1][1].append(f)
                    else: groups.append((f['rowid'], [f]))
                ids = [g[0] for g in groups]
                # SAQ D prints 12.3.2 (customized approach only) without response boxes.
                rows = [r for r in rows if not (slug == 'd-merchant' and r == '12.3.2')]
                if ids != rows: raise Err('%s rows differ: %s' % (slug, list(difflib.unified_diff(rows, ids, lineterm='', n=0))))
                for rid, gf in groups:
                    if len(gf) % len(responses): raise Err('row %s has %d boxes' % (rid, len(gf)))
                    for i, f in enumerate(gf):
                        f['to'] = 'row.%s.response.%s' % (rid, responses[i % len(responses)])
        elif p == 'appendixB':
            assign(p, [T('appendixB.1.' + c) for c in ['requirement', 'constraints', 'definition', 'objective', 'objectiveMet', 'risk', 'validation', 'maintenance']])
        elif p == 'appendixC':
            n = len(ks) // 2
            assign(p, [T('appendixC.%d.%s' % (i, c)) for i in range(1, n + 1) for c in ['requirement', 'reason']])
        elif p == 'appendixD':
            n = len(ks) // 3
            assign(p, [T('appendixD.%d.%s' % (i, c)) for i in range(1, n + 1) for c in ['requirement', 'what', 'why']])
        elif p == '3':
            t = [T('part3.saqDate')]
            if ks.startswith('TCCC'): t += [C('part3.scope.full'), C('part3.scope.partial')]
            t += [C('part3.status.compliant'), T('part3.status.compliant.company'), C('part3.status.non-compliant'), T('part3.status.non-compliant.company'), T('part3.targetDate'), C('part3.status.legal-exception'), T('part3.status.legal-exception.company')]
            n = (len(ks) - len(t)) // 2
            t += [T('part3.legal.%d.%s' % (i, c)) for i in range(1, n + 1) for c in ['requirement', 'details']]
            assign(p, t)
        elif p == '3a':
            assign(p, [C('part3a.' + a) for a in ACK])
        elif p == '3b':
            assign(p, [T('signature.merchant.date'), T('part3b.name'), T('part3b.title')])
        elif p == '3c':
            assign(p, [C('part3c.role.testing'), C('part3c.role.other'), T('part3c.roles'), T('signature.qsa.date'), T('part3c.leadName'), T('signature.qsaOfficer.date'), T('part3c.officerName'), T('part3c.company')])
        elif p == '3d':
            assign(p, [C('part3d.role.testing'), C('part3d.role.other'), T('part3d.roles')])
        elif p == '4':
            fs = parts[p]
            if len(fs) != 3 * len(principals): raise Err('part 4 %d for %s' % (len(fs), principals))
            assign(p, [t for pr in principals for t in (C('part4.%s.compliant.yes' % pr), C('part4.%s.compliant.no' % pr), T('part4.%s.actions' % pr))])
        else:
            raise Err('unhandled part ' + p)
    return file, fields, order

def emit(slug, doc, lang, file, fields, order):
    cfg = SAQS[slug]
    rev = cfg['rev']
    eid = '%s-%s-v4.0.1%s-%s' % (doc, slug, '-' + rev if rev else '', lang)
    partsOut = []
    prevlabel = None
    cur = None
    for f in fields:
        p = f['partname']
        if cur is None or cur['part'] != p:
            cur = {'part': p, 'fields': []}; partsOut.append(cur)
        e = {'to': f['to'] if f['to'] else 'none', 'kind': f['kind']}
        if f['kind'] != 'ghost':
            if f.get('name'): e['name'] = f['name']
            if f.get('default') is not None: e['default'] = f['default']
            if f.get('maxLength') is not None: e['maxLength'] = f['maxLength']
        lab = fnv(f['label']) if f['label'] else None
        if lab and f['label'] != prevlabel: e['label'] = lab
        prevlabel = f['label']
        cur['fields'].append(e)
    shape, kinds = hashes(fields)
    idx = {'id': eid, 'document': doc, 'saq': cfg['id'], 'version': '4.0.1', **({'revision': rev} if rev else {}), 'language': lang,
           'councilFile': file, 'fields': len(fields), 'shapeHash': shape, 'kindHash': kinds}
    return eid, {'id': eid, 'parts': partsOut}, idx

def write_map(path, m):
    lines = ['{', '  "id": %s,' % json.dumps(m['id']), '  "parts": [']
    for pi, p in enumerate(m['parts']):
        lines.append('    {')
        lines.append('      "part": %s,' % json.dumps(p['part']))
        lines.append('      "fields": [')
        for fi, f in enumerate(p['fields']):
            lines.append('        ' + json.dumps(f, ensure_ascii=False).replace('", "', '", "') + (',' if fi < len(p['fields']) - 1 else ''))
        lines.append('      ]')
        lines.append('    }' + (',' if pi < len(m['parts']) - 1 else ''))
    lines.append('  ]')
    lines.append('}')
    open(path, 'w').write('\n'.join(lines) + '\n')


def write_map(path, m):
    lines = ['{', '  "id": %s,' % json.dumps(m['id']), '  "parts": [']
    for pi, p in enumerate(m['parts']):
        lines.append('    {')
        lines.append('      "part": %s,' % json.dumps(p['part']))
        lines.append('      "fields": [')
        for fi, f in enumerate(p['fields']):
            lines.append('        ' + json.dumps(f, ensure_ascii=False) + (',' if fi < len(p['fields']) - 1 else ''))
        lines.append('      ]')
        lines.append('    }' + (',' if pi < len(m['parts']) - 1 else ''))
    lines += ['  ]', '}']
    open(path, 'w').write('\n'.join(lines) + '\n')


def main(docx, outdir):
    global DOCX
    DOCX = docx.rstrip('/') + '/'
    index = []
    for slug in SAQS:
        for doc, lang in [('saq', 'en'), ('saq', 'es'), ('aoc', 'en')]:
            try:
                file, fields, order = gen(slug, doc, lang)
            except Err as e:
                raise SystemExit('%s %s %s: %s' % (slug, doc, lang, e))
            for f in fields:
                f['partname'] = part_of(f)
                if 'to' not in f: f['to'] = None
                if f['kind'] != 'ghost' and not f['to']: raise SystemExit('unassigned %s' % f)
            eid, m, idx = emit(slug, doc, lang, file, fields, order)
            write_map(os.path.join(outdir, eid + '.json'), m)
            index.append(idx)
            print('mapped', eid, len(fields), 'fields')
    # Editions OpenSAQ only names (service providers): recognised by their fingerprints alone.
    for file, doc, lang, rev in [('PCIDSSv401SAQDServiceProviderr2.docx', 'saq', 'en', 'r2'), ('PCIDSSv401SAQDServiceProviderr2LA.docx', 'saq', 'es', 'r2'), ('PCIDSSv401AOCforSAQDServiceProviderr1.docx', 'aoc', 'en', 'r1')]:
        fs = scan(read(DOCX + file))
        shape, kinds = hashes(fs)
        index.append({'id': '%s-d-sp-v4.0.1-%s-%s' % (doc, rev, lang), 'document': doc, 'saq': 'D-SP', 'version': '4.0.1', 'revision': rev, 'language': lang, 'councilFile': file, 'fields': len(fs), 'shapeHash': shape, 'kindHash': kinds, 'supported': False})
    out = ['{', '  "editions": [']
    for k, i in enumerate(index):
        out.append('    ' + json.dumps(i) + (',' if k < len(index) - 1 else ''))
    out += ['  ]', '}']
    open(os.path.join(outdir, 'editions.json'), 'w').write('\n'.join(out) + '\n')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'content', 'official-forms'))
