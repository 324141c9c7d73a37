"""A copy of a warehouse with what the pipeline does not produce yet filled in synthetically, so
the notebooks' non-empty paths run in tests before the entity linker and the event coder land:

- a second dump date (the first date's partitions copied a week later);
- entities: kb_id / canonical_name / country on a few English country mentions, and Urdu LOCATION
  mentions (عراق, شام, ...) found by plain string search, linked to the same ids — except بغداد and
  دمشق, left unlinked so Urdu labels reach the plots;
- events: one per sentence with a trigger word, actors and place from a small table, the place's
  point from a small table of country centroids; their sentence_tone is the article's tone (the real job
  writes both);
- quotes and themes: copied to the second date like the rest (the job makes them from real text).

Nothing here is a model of the real linker or coder; it only has the real schemas (taken from the
warehouse's own files). Usage: python synthetic_warehouse.py SOURCE_WAREHOUSE TARGET_DIR
"""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

COUNTRIES = {  # mention (normalized) -> (kb_id, canonical_name, country, subtype)
    "Iraq": ("iso3166:IQ", "Iraq", "IQ", "COUNTRY"),
    "Iraqi": ("iso3166:IQ", "Iraq", "IQ", "NATIONALITY"),
    "Syria": ("iso3166:SY", "Syria", "SY", "COUNTRY"),
    "Iran": ("iso3166:IR", "Iran", "IR", "COUNTRY"),
    "Pakistan": ("iso3166:PK", "Pakistan", "PK", "COUNTRY"),
    "United States": ("iso3166:US", "United States", "US", "COUNTRY"),
    "US": ("iso3166:US", "United States", "US", "COUNTRY"),
    "عراق": ("iso3166:IQ", "Iraq", "IQ", "COUNTRY"),
    "عراقی": ("iso3166:IQ", "Iraq", "IQ", "NATIONALITY"),
    "شام": ("iso3166:SY", "Syria", "SY", "COUNTRY"),
    "ایران": ("iso3166:IR", "Iran", "IR", "COUNTRY"),
    "پاکستان": ("iso3166:PK", "Pakistan", "PK", "COUNTRY"),
    "امریکی": ("iso3166:US", "United States", "US", "NATIONALITY"),
    "بغداد": (None, None, "IQ", "CITY"),
    "Baghdad": (None, None, "IQ", "CITY"),
    "Damascus": (None, None, "SY", "CITY"),
    "Tehran": (None, None, "IR", "CITY"),
    "تہران": (None, None, "IR", "CITY"),
    "Islamabad": (None, None, "PK", "CITY"),
    "اسلام آباد": (None, None, "PK", "CITY"),
    "Karachi": (None, None, "PK", "CITY"),
    "کراچی": (None, None, "PK", "CITY"),
    "لاہور": (None, None, "PK", "CITY"),
    "دمشق": (None, None, "SY", "CITY"),
}
POINTS = {  # country -> (latitude, longitude) of a point inside it, for synthetic events
    "IQ": (33.3, 44.4), "SY": (34.8, 38.9), "IR": (32.4, 53.7), "PK": (30.4, 69.3), "US": (38.9, -77.0),
}
URDU_PLACES = [k for k in COUNTRIES if any("\u0600" <= c <= "\u06ff" for c in k)]

TRIGGERS = {  # trigger -> (code, root, label, quad_class, goldstein, actor1 role, actor2 role)
    "rockets": ("190", "19", "Use conventional military force", 4, -10.0, "REB", "MIL"),
    "راکٹ": ("190", "19", "Use conventional military force", 4, -10.0, "REB", "MIL"),
    "drone": ("183", "18", "Conduct suicide, car, or other non-military bombing", 4, -10.0, "MIL", "REB"),
    "ڈرون": ("183", "18", "Conduct suicide, car, or other non-military bombing", 4, -10.0, "MIL", "REB"),
    "talks": ("040", "04", "Consult", 1, 1.0, "GOV", "GOV"),
    "مذاکرات": ("040", "04", "Consult", 1, 1.0, "GOV", "GOV"),
    "sanctions": ("163", "16", "Impose embargo, boycott, or sanctions", 4, -8.0, "GOV", "BUS"),
    "protest": ("140", "14", "Engage in political dissent", 3, -6.5, "CVL", "GOV"),
    "احتجاج": ("140", "14", "Engage in political dissent", 3, -6.5, "CVL", "GOV"),
    "arrested": ("173", "17", "Arrest, detain, or charge with legal action", 4, -5.0, "COP", "REB"),
    "گرفتار": ("173", "17", "Arrest, detain, or charge with legal action", 4, -5.0, "COP", "REB"),
}


def _hash(*parts) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:32]


def _read(path: Path) -> pa.Table:
    files = sorted(path.glob("*.parquet"))
    return pa.concat_tables([pq.read_table(f) for f in files]) if files else None


def build(source: Path, target: Path, shift_days: int = 7) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("_staging", ".*.crc"))
    dates = sorted(p.name for p in (target / "articles").glob("dump_date=*"))
    for part in dates:
        date = dt.date.fromisoformat(part.split("=")[1])
        _fill(target, part, date)
        later = f"dump_date={date + dt.timedelta(days=shift_days)}"
        for table in ("articles", "sentences", "entities", "events", "quotes", "themes", "rejects", "runs"):
            src = target / table / part
            if src.exists() and not (target / table / later).exists():
                shutil.copytree(src, target / table / later)
    return target


def _fill(wh: Path, part: str, date: dt.date):
    articles = _read(wh / "articles" / part).to_pylist()
    sentences = _read(wh / "sentences" / part).to_pylist()
    ent_path = wh / "entities" / part
    ent_table = _read(ent_path)
    entities = ent_table.to_pylist()
    for e in entities:                       # link English country mentions
        link = COUNTRIES.get(e["normalized"])
        if link and e["kb_id"] is None:
            e["kb_id"], e["canonical_name"], e["country"], e["subtype"] = link
    language = {a["article_id"]: a["language"] for a in articles}
    for s in sentences:                      # Urdu place mentions by string search
        if s["language"] != "ur":
            continue
        for place in URDU_PLACES:
            i = s["text"].find(place)
            if i >= 0:
                kb, name, country, subtype = COUNTRIES[place]
                entities.append(dict(
                    article_id=s["article_id"], language="ur", section=s["section"],
                    sentence_index=s["sentence_index"], token_begin=0, token_end=1,
                    char_begin=s["char_begin"] + i, char_end=s["char_begin"] + i + len(place),
                    mention=place, normalized=place,
                    type="MISC" if subtype == "NATIONALITY" else "LOCATION", subtype=subtype,
                    kb_id=kb, canonical_name=name, country=country, confidence=0.9,
                    extractor="synthetic"))
    _write(ent_path, entities, ent_table.schema)

    ev_path = wh / "events" / part
    ev_schema = _read(ev_path).schema
    dateline = {a["article_id"]: a["dateline"] for a in articles}
    tone = {a["article_id"]: a.get("tone") for a in articles}
    events = []
    for s in sentences:
        for trig, (code, root, label, quad, gold, role1, role2) in TRIGGERS.items():
            i = s["text"].find(trig)
            if i < 0:
                continue
            found = [e for e in entities if e["article_id"] == s["article_id"]
                     and e["section"] == s["section"] and e["sentence_index"] == s["sentence_index"]
                     and e["country"]]
            a1 = found[0] if found else None
            a2 = found[1] if len(found) > 1 else None
            place = dateline.get(s["article_id"])
            place_country = COUNTRIES.get(place or "", (None, None, None, None))[2]
            when = date - dt.timedelta(days=1)
            events.append(dict(
                event_id=_hash(s["article_id"], s["section"], s["sentence_index"], i),
                # same root and place the same day = the same event, across articles and languages
                event_key=_hash(when, root, place_country or place),
                article_id=s["article_id"], language=language[s["article_id"]], section=s["section"],
                sentence_index=s["sentence_index"], event_code=code, event_root=root,
                event_label=label, quad_class=quad, goldstein=gold, trigger=trig,
                trigger_char_begin=s["char_begin"] + i, trigger_char_end=s["char_begin"] + i + len(trig),
                actor1_text=a1 and a1["mention"], actor1_kb_id=a1 and a1["kb_id"],
                actor1_country=a1 and a1["country"], actor1_role=a1 and role1,
                actor2_text=a2 and a2["mention"], actor2_kb_id=a2 and a2["kb_id"],
                actor2_country=a2 and a2["country"], actor2_role=a2 and role2,
                location_text=place, location_kb_id=None, location_country=place_country,
                location_latitude=POINTS.get(place_country, (None, None))[0],
                location_longitude=POINTS.get(place_country, (None, None))[1],
                location_feature="COUNTRY" if place_country in POINTS else None,
                event_date=when, event_date_text="Thursday" if language[s["article_id"]] == "en" else "جمعرات",
                date_precision="DAY", sentence_tone=tone.get(s["article_id"]), confidence=0.5,
                coder="synthetic/0"))
            break
    # GDELT's NumArticles / NumSources: the articles and distinct sources behind each event_key (this date)
    source = {a["article_id"]: a["source"] for a in articles}
    by_key = {}
    for ev in events:
        by_key.setdefault(ev["event_key"], set()).add(ev["article_id"])
    for ev in events:
        ids = by_key[ev["event_key"]]
        ev["num_articles"] = len(ids)
        ev["num_sources"] = len({source[i] for i in ids if source.get(i)})
    _write(ev_path, events, ev_schema)


def _write(path: Path, rows: list, schema: pa.Schema):
    for f in path.iterdir():
        if f.name.endswith(".parquet") or f.name.endswith(".crc"):
            f.unlink()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path / "part-00000-synthetic.parquet")


if __name__ == "__main__":
    print(build(Path(sys.argv[1]), Path(sys.argv[2])))
