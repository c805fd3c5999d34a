"""Write the helpers' Spanish into the .ts (only messages still unfinished; checks placeholders)."""
import json, glob, re, sys, xml.etree.ElementTree as ET
ts = sys.argv[1]
done = {}
for f in sorted(glob.glob(str(__import__("pathlib").Path(__file__).parent / "out-*.json"))):
    try:
        done.update(json.load(open(f)))
    except Exception as e:
        print("unreadable", f, e)
VALUES = re.compile(r"\{[a-z_]*\}")
COUNT = re.compile(r"%L?n")
tree = ET.parse(ts)
applied = bad = missing = 0
for ctx in tree.iter("context"):
    name = ctx.findtext("name")
    for m in ctx.iter("message"):
        t = m.find("translation")
        if t.get("type") != "unfinished":
            continue
        src = m.findtext("source")
        got = done.get(f"{name}\u0004{src}")
        if not got:
            missing += 1; continue
        texts = got if isinstance(got, list) else [got]
        if m.get("numerus") == "yes":
            if len(texts) == 1: texts = texts * 2
            forms = t.findall("numerusform")
            if len(forms) != 2 or len(texts) != 2:
                bad += 1; continue
        ok = all(sorted(set(VALUES.findall(x))) == sorted(set(VALUES.findall(src))) for x in texts) and all(x.strip() for x in texts)
        if COUNT.search(src) and not COUNT.search(texts[-1]):
            ok = False
        if ("&" in src.replace("&&", "")) != all("&" in x.replace("&&","") for x in texts):
            ok = False
        if not ok:
            bad += 1; print("BAD", name, repr(src), repr(texts)); continue
        if m.get("numerus") == "yes":
            for f, x in zip(t.findall("numerusform"), texts): f.text = x
        else:
            t.text = texts[0]
        del t.attrib["type"]
        applied += 1
ET.indent(tree, space="    ")
body = ET.tostring(tree.getroot(), encoding="unicode")
open(ts, "w").write(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n')
print("applied", applied, "bad", bad, "missing", missing)
