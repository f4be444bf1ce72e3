"""A walk through the Python package, in cells (``# %%``) that an editor with
notebook support runs one by one; ``python python/examples/walkthrough.py`` runs them
all. It reads the repository's Kazakhstan fixture."""

# %% [markdown]
# # crosscheck from Python
#
# Names first: who is who across scripts and romanizations.

# %%
import pathlib
import tempfile

import crosscheck

FIXTURE = pathlib.Path(__file__).resolve().parents[2] / "fixtures" / "kazakhstan"

for a, b in [
    ("Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев"),
    ("Nursultan Nazarbayev", "Dariga Nazarbayeva"),
    ("Nazarbayev", "Nursultan Nazarbayev"),
]:
    r = crosscheck.match(a, b)
    print(f"{a} / {b}: {r.decision} ({r.score:.2f})")
    for reason in r.evidence:
        print("   -", reason)

# %%
# the forms the matcher compares
print(crosscheck.normalize("Қасым-Жомарт Тоқаев"))
print(crosscheck.variant_key("Qasym-Zhomart Toqaev"), crosscheck.variant_key("Kassym-Jomart Tokayev"))

# %%
# a stricter matcher: what the default merges, it leaves for review
strict = crosscheck.HybridConfig(match_threshold=0.99)
print(crosscheck.match("Kassim-Jomart Tokayuv", "Kassym-Jomart Tokayev").decision)
print(crosscheck.match("Kassim-Jomart Tokayuv", "Kassym-Jomart Tokayev", strict).decision)

# %%
# many mentions into entities; undecided pairs are listed, not merged
mentions = ["Nursultan Nazarbayev", "Нурсултан Назарбаев", "N. Nazarbaev", "Nazarbayev",
            "Dariga Nazarbayeva", "Nur-Sultan"]
clustering = crosscheck.cluster(mentions)
for c in clustering.clusters:
    print(c.representative, "<-", c.members)
for link in clustering.possible:
    print("review:", link.a, "/", link.b, f"{link.score:.2f}")

# %% [markdown]
# ## The registry
#
# Known entities with their aliases and renames, from a file or from Python objects.

# %%
registry = crosscheck.Registry.from_file(FIXTURE / "entities.json")
print(registry, registry.resolve("Nour Otan"), registry.resolve("Amanat"), sep="\n")

parties = crosscheck.Registry([
    {"name": "Nur Otan", "kind": "party", "aliases": ["Nour Otan"],
     "renamed": [{"to": "Amanat", "on": "2022-03-01"}]},
])
print(parties.resolve("Amanat party"))

# %% [markdown]
# ## Reconciling claims
#
# Claims from a JSONL file, from dicts, or from a DataFrame; the report says where the
# sources agree, where they are only compatible, and where they disagree.

# %%
report = crosscheck.reconcile(FIXTURE / "claims.jsonl", registry=registry)
print(report)
for g in report.groups[:3]:
    print(g["verdict"].upper(), g["subject"], "·", g["predicate"])
    print("   ", g["explanation"])

# %%
print(report.to_text()[:1200])

# %%
claims = [
    {"source": "Agency A", "published": "2021-01-10", "subject": "Kazakhstan",
     "predicate": "population", "value": "19 million"},
    {"source": "Agency B", "published": "2021-01-11", "subject": "Kazakhstan",
     "predicate": "population", "value": "just under 19 million"},
]
print(crosscheck.reconcile(claims).groups[0]["explanation"])

# %%
# errors name the claim and the field
try:
    crosscheck.reconcile(claims + [dict(claims[0], published="2021-02-30")])
except crosscheck.ClaimError as e:
    print(f"line {e.line}, field {e.field}, kind {e.kind}: {e}")

# %%
# pandas, when installed: one row per claim, and the frame reconciled again
try:
    frame = report.to_frame()
except ImportError as e:
    print(e)
else:
    print(frame[["group", "verdict", "entity", "predicate", "source", "value"]].head(8))
    again = crosscheck.reconcile(frame, registry=registry)
    print("same verdicts:", [g["verdict"] for g in again.groups] == [g["verdict"] for g in report.groups])

# %%
# the HTML report: one page, nothing fetched from the network
page = pathlib.Path(tempfile.gettempdir()) / "crosscheck-report.html"
page.write_text(report.to_html(), encoding="utf-8")
print("wrote", page)

# %% [markdown]
# ## Claims from news text

# %%
found = crosscheck.extract(sorted((FIXTURE / "articles").glob("*.txt")), registry=registry)
print(len(found), "claims")
for claim in found[:5]:
    print(claim["source"], "|", claim["subject"], "|", claim["predicate"], "|", claim["value"])

# %%
text = "Turnout in Kazakhstan reached 63.1%, the election commission said on Monday."
print(crosscheck.extract(text, published="2021-01-11", source="Agency A"))

# %%
# extracted claims reconcile as they are
print(crosscheck.reconcile(found, registry=registry))
