#!/usr/bin/env bash
# kg-query answers a who-said question on the example graph, in table and
# JSON form.  check_who_said.sh KG_QUERY GRAPH
set -euo pipefail
kg_query=$1 graph=$2
table=$("$kg_query" "$graph" who-said "starving")
echo "$table"
grep -q "Okafor" <<< "$table"
json=$("$kg_query" "$graph" who-said "starving" --json)
/usr/bin/python3 - "$json" <<'PY'
import json, sys
answers = json.loads(sys.argv[1])
assert answers, "no answers"
speakers = {a["speaker"]["name"] for a in answers if a.get("speaker")}
assert any("Okafor" in s for s in speakers), speakers
outlets = {r.get("publisher") for a in answers for r in a["reported_by"]}
assert len(outlets) >= 2, outlets
print("json ok:", sorted(speakers), sorted(o for o in outlets if o))
PY
