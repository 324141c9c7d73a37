#!/usr/bin/env python3
"""Derives notebooks/data/world-outlines.json (country outlines for the map notebook) from the npm package
world-atlas 2.0.2 (TopoJSON of Natural Earth's 1:110m countries; ISC licence, data public domain).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 notebooks/build_world_outlines.py package/countries-110m.json notebooks/data/world-outlines.json

Output: {"source": ..., "countries": [{"name": "India", "rings": [[[lon, lat], ...], ...]}, ...]}, every ring of
every polygon as longitude/latitude pairs rounded to 0.01 degree. Plain Python, no dependencies.
"""
import json
import sys


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return [list(p) for p in points]


def main(source, target):
    with open(source, encoding="utf-8") as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    countries = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(geometry.get("type"), [])
        rings = [ring(arcs, r) for polygon in polygons for r in polygon]
        if rings:
            countries.append({"name": geometry.get("properties", {}).get("name", ""), "rings": rings})
    out = {"source": "world-atlas 2.0.2 countries-110m.json (Natural Earth 1:110m, public domain; "
                     "TopoJSON (c) 2013-2019 Michael Bostock, ISC licence); see data/SOURCE.md",
           "countries": countries}
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"))
    print(f"{target}: {len(countries)} countries, {sum(len(r) for c in countries for r in c['rings'])} points")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
