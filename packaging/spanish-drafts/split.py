"""Split the unfinished Spanish messages into N parts by context, balanced by count."""
import json, sys, xml.etree.ElementTree as ET
ts, n = sys.argv[1], int(sys.argv[2])
tree = ET.parse(ts)
by_ctx = {}
for ctx in tree.iter("context"):
    name = ctx.findtext("name")
    for m in ctx.iter("message"):
        t = m.find("translation")
        if t.get("type") == "unfinished":
            by_ctx.setdefault(name, []).append({"context": name, "source": m.findtext("source"), "numerus": m.get("numerus") == "yes", **({"note": " ".join(filter(None, [m.findtext("comment"), m.findtext("extracomment")]))} if (m.findtext("comment") or m.findtext("extracomment")) else {})})
parts = [[] for _ in range(n)]
for name, msgs in sorted(by_ctx.items(), key=lambda kv: -sum(len(x["source"]) for x in kv[1])):
    min(parts, key=lambda p: sum(len(x["source"]) for x in p)).extend(msgs)
for i, p in enumerate(parts, 1):
    json.dump(p, open(f"/tmp/tr/in-{i}.json", "w"), ensure_ascii=False, indent=1)
    print(i, len(p), sum(len(x["source"]) for x in p), sorted({x["context"] for x in p}))
