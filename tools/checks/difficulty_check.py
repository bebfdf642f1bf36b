#!/usr/bin/env python3
"""Independent check of a synth dataset's difficulty (issue 12 targets), with pandas and scikit-learn.

Not part of the project's tests and not using the project's code: it reads the written CSVs
(data/synth/*.csv, data/pairs/pairs.csv) and recomputes the figures from their definitions.

    /usr/bin/python3 tools/checks/difficulty_check.py --synth data/synth --pairs data/pairs [--json out.json]

Needs Debian's python3-sklearn and python3-pandas (`apt-get install python3-sklearn python3-pandas`).
"""
import argparse
import json
import re
import sys

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score

KEYS = ["src_a", "id_a", "src_b", "id_b", "y", "pair_kind", "split"]
COMMON_US_FIRST = {
    "james", "john", "robert", "michael", "william", "david", "richard", "charles", "joseph", "thomas",
    "christopher", "daniel", "paul", "mark", "donald", "george", "kenneth", "steven", "edward", "brian",
    "mary", "patricia", "linda", "barbara", "elizabeth", "jennifer", "maria", "susan", "margaret", "dorothy",
    "lisa", "nancy", "karen", "betty", "helen", "sandra", "donna", "carol", "ruth", "sharon",
}


def local_key(email):
    if not isinstance(email, str) or "@" not in email:
        return None
    local = email.split("@", 1)[0].lower().split("+", 1)[0]
    local = re.sub(r"[._]", "", local)
    return local or None


def phone_key(phone):
    if not isinstance(phone, str):
        return None
    # Issue 12's definition taken literally: the last 10 digits (an extension's digits count too).
    digits = re.sub(r"\D", "", phone)
    return digits[-10:] or None


def house_zip_key(address, zipc):
    if not isinstance(address, str) or not isinstance(zipc, str):
        return None
    m = re.match(r"\s*(\d+)", address)
    z = re.sub(r"\s", "", zipc.lower())[:3]
    return f"{m.group(1)}|{z}" if m and z else None


def norm_name(s):
    """Case and whitespace folded: `  ALEX ` and `Alex` are one name."""
    return re.sub(r"\s+", " ", s).strip().lower() if isinstance(s, str) else ""


def load_records(synth):
    frames = []
    for src in ["leads", "sales", "financial"]:
        df = pd.read_csv(f"{synth}/{src}.csv", dtype=str, keep_default_na=False, na_values=[""])
        if "billing_address" in df.columns:
            df = df.rename(columns={"billing_address": "address"})
        df["source"] = src
        frames.append(df[["source", "id", "email", "phone", "first_name", "last_name", "address", "zip", "country"]])
    recs = pd.concat(frames, ignore_index=True)
    truth = pd.read_csv(f"{synth}/truth.csv", dtype=str, keep_default_na=False)
    return recs.merge(truth[["source", "id", "entity_id", "noise"]], on=["source", "id"], how="left")


def best_threshold_f1(x_train, y_train, x_test, y_test):
    xs = np.nan_to_num(x_train, nan=0.0)
    cands = np.unique(np.quantile(xs, np.linspace(0, 1, 201)))
    best_t, best_f = 0.5, -1.0
    for t in cands:
        f = f1_score(y_train, xs >= t, zero_division=0)
        if f > best_f:
            best_t, best_f = t, f
    return best_t, f1_score(y_test, np.nan_to_num(x_test, nan=0.0) >= best_t, zero_division=0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--synth", default="data/synth")
    ap.add_argument("--pairs", default="data/pairs")
    ap.add_argument("--json")
    args = ap.parse_args()

    pairs = pd.read_csv(f"{args.pairs}/pairs.csv", dtype={"id_a": str, "id_b": str})
    feats = [c for c in pairs.columns if c not in KEYS]
    out = {"pairs": len(pairs), "features": feats}
    out["split_share"] = pairs["split"].value_counts(normalize=True).round(4).to_dict()
    out["random_negatives_per_split"] = pairs[pairs.pair_kind.str.contains("random")].groupby("split").size().to_dict()
    tr, te = pairs[pairs.split == "train"], pairs[pairs.split == "test"]
    X = lambda d: d[feats].astype(float).to_numpy()
    gbt = HistGradientBoostingClassifier(random_state=0).fit(X(tr), tr.y)
    out["gbt_test_f1"] = round(f1_score(te.y, gbt.predict(X(te))), 4)
    both = pd.concat([tr, te])
    gbt2 = HistGradientBoostingClassifier(random_state=0).fit(X(both), both.y)
    out["gbt_train_plus_test_f1_on_test"] = round(f1_score(te.y, gbt2.predict(X(te))), 4)
    per = {}
    for j, f in enumerate(feats):
        per[f] = round(best_threshold_f1(X(tr)[:, j], tr.y, X(te)[:, j], te.y)[1], 4)
    best = max(per, key=per.get)
    out["best_single_feature"] = {"feature": best, "test_f1": per[best]}
    pred = gbt.predict(X(te))
    out["gbt_error_per_kind"] = te.assign(err=(pred != te.y)).groupby("pair_kind").err.mean().round(4).to_dict()

    recs = load_records(args.synth)
    recs["k_local"] = recs.email.map(local_key)
    recs["k_phone"] = recs.phone.map(phone_key)
    recs["k_house"] = [house_zip_key(a, z) for a, z in zip(recs.address, recs.zip)]
    recs["f"] = recs.first_name.map(norm_name)
    recs["l"] = recs.last_name.map(norm_name)
    recs["name"] = recs.f + " " + recs.l
    r = recs.set_index(["source", "id"])
    pos = pairs[pairs.y == 1]
    a = r.loc[list(zip(pos.src_a, pos.id_a))].reset_index(drop=True)
    b = r.loc[list(zip(pos.src_b, pos.id_b))].reset_index(drop=True)
    agree = np.zeros(len(pos), dtype=bool)
    for k in ["k_local", "k_phone", "k_house"]:
        agree |= (a[k].notna() & b[k].notna() & (a[k] == b[k])).to_numpy()
    out["name_only_positive_share"] = round(float((~agree).mean()), 4)
    out["name_variation_rate_case_and_space_folded"] = round(float((a.name != b.name).mean()), 4)
    assert (a.entity_id.to_numpy() == b.entity_id.to_numpy()).all(), "a positive pair joins two entities"
    neg = pairs[pairs.y == 0]
    na = r.loc[list(zip(neg.src_a, neg.id_a))].reset_index(drop=True)
    nb = r.loc[list(zip(neg.src_b, neg.id_b))].reset_index(drop=True)
    assert (na.entity_id.to_numpy() != nb.entity_id.to_numpy()).all(), "a negative pair joins one entity"

    # One name per entity: the most frequent (first, last) over its records.
    ent = (recs.groupby(["entity_id", "f", "l", "country"]).size().reset_index(name="n")
           .sort_values(["entity_id", "n"], ascending=[True, False]).drop_duplicates("entity_id"))
    out["entities"] = len(ent)
    last_counts = ent.l.value_counts()
    out["top10_surname_share"] = round(float(last_counts.head(10).sum() / len(ent)), 4)
    out["top_surnames"] = last_counts.head(10).to_dict()
    out["top3_us_surnames"] = list(ent[ent.country == "US"].l.value_counts().head(3).index)
    first20 = list(ent.f.value_counts().head(20).index)
    out["top20_first_names"] = first20
    out["common_us_in_top20_first"] = sum(1 for f in first20 if f in COMMON_US_FIRST)
    full = ent.f + " " + ent.l
    out["homonymy_rate"] = round(float(full.duplicated(keep=False).mean()), 4)
    ents_per_first = ent.groupby("f").entity_id.nunique()
    sim = pairs[pairs.pair_kind == "neg_similar_name"]
    if len(sim):
        ids = pd.concat([sim[["src_a", "id_a"]].set_axis(["source", "id"], axis=1),
                         sim[["src_b", "id_b"]].set_axis(["source", "id"], axis=1)]).drop_duplicates()
        sr = r.loc[list(zip(ids.source, ids.id))]
        unique = (sr.f.map(ents_per_first).fillna(0) <= 1).to_numpy()
        typo = sr.noise.fillna("").str.contains("typo:first_name").to_numpy()
        out["similar_name_records"] = len(sr)
        out["similar_name_unique_first_share"] = round(float(unique.mean()), 4)
        out["similar_name_unique_first_share_without_typo_noise"] = round(float((unique & ~typo).mean()), 4)
        ex = sim.sample(min(10, len(sim)), random_state=1)
        out["similar_name_examples"] = [
            f"{r.loc[(x.src_a, x.id_a)].first_name} {r.loc[(x.src_a, x.id_a)].last_name} | "
            f"{r.loc[(x.src_b, x.id_b)].first_name} {r.loc[(x.src_b, x.id_b)].last_name}" for x in ex.itertuples()]
    text = json.dumps(out, indent=2, default=str)
    print(text)
    if args.json:
        with open(args.json, "w") as fh:
            fh.write(text)


if __name__ == "__main__":
    sys.exit(main())
