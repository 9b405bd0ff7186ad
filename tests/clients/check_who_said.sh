#!/usr/bin/env bash
# kg-query answers a who-said question on the example graph, in table and
# JSON form.  check_who_said.sh KG_QUERY GRAPH
set -euo pipefail
kg_query=$1 graph=$2
table=$("$kg_query" "$graph" who-said "starving")
echo "$table"
grep -q "Marta Kovanen" <<< "$table"
json=$("$kg_query" "$graph" who-said "starving" --json)
/usr/bin/python3 - "$json" <<'PY'
import json, sys
answers = json.loads(sys.argv[1])
assert answers, "no answers"
speakers = {a["speaker"]["name"] for a in answers if a.get("speaker")}
assert "Marta Kovanen" in speakers, speakers
articles = {r["id"] for a in answers for r in a["reported_by"] if r.get("kind") == "article"}
dates = sorted({r["date"] for a in answers for r in a["reported_by"] if r.get("date")})
assert len(articles) >= 4, articles
assert dates[0] == "2031-05-12", dates
print("json ok:", sorted(speakers), len(articles), "articles, earliest", dates[0])
PY
