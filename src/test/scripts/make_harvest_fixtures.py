#!/usr/bin/env python3
"""Rebuilds the harvest fixtures under src/test/resources/{oai,atom}/.

The machine that builds PaperRadar has no internet, so real OAI-PMH and export-API responses
cannot be fetched. This script reconstructs them in the exact arXiv response formats from real
arXiv metadata (../shared/data/arxiv/arxiv-cs-2025-2026.jsonl.gz, CC0). What the data set does not
carry is derived: the OAI datestamp is the announcement day, the submission date is the day before,
and author names are split into keyname (last word) and forenames.

Run from the project root:  python3 src/test/scripts/make_harvest_fixtures.py
"""
import datetime
import gzip
import json
import os
import textwrap
from xml.sax.saxutils import escape, quoteattr

DATA = "../shared/data/arxiv/arxiv-cs-2025-2026.jsonl.gz"
OAI_DIR = "src/test/resources/oai"
ATOM_DIR = "src/test/resources/atom"
PAGES, PER_PAGE, STRIDE = 8, 25, 300
TOKEN_BASE = "6960524"

OAI_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
<responseDate>2026-07-02T08:15:27Z</responseDate>
"""


def load():
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def wrap(text, indent="  "):
    return "\n".join(textwrap.wrap(
        text, 78, initial_indent=indent, subsequent_indent=indent,
        break_on_hyphens=False, break_long_words=False))


def day_before(iso):
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


def arxiv_metadata(r):
    authors = []
    for name in r["authors"]:
        parts = name.split()
        keyname, forenames = parts[-1], " ".join(parts[:-1])
        a = "<author><keyname>%s</keyname>" % escape(keyname)
        if forenames:
            a += "<forenames>%s</forenames>" % escape(forenames)
        authors.append(a + "</author>")
    out = [
        ' <arXiv xmlns="http://arxiv.org/OAI/arXiv/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://arxiv.org/OAI/arXiv/ http://arxiv.org/OAI/arXiv.xsd">',
        "<id>%s</id><created>%s</created>" % (r["id"], day_before(r["date"])),
        "<authors>%s</authors>" % "".join(authors),
        "<title>%s</title>" % escape(wrap(r["title"], "")),
        "<categories>%s</categories>" % " ".join(r["categories"]),
    ]
    if r.get("comment"):
        out.append("<comments>%s</comments>" % escape(r["comment"]))
    out.append("<license>http://creativecommons.org/licenses/by/4.0/</license>")
    out.append("<abstract>%s\n</abstract></arXiv>" % escape(wrap(r["abstract"])))
    return "\n".join(out)


def header(identifier, datestamp, cats, deleted=False):
    status = ' status="deleted"' if deleted else ""
    sets = sorted({c.split(".")[0] for c in cats}) if cats else ["cs"]
    return (
        "<header%s>\n <identifier>oai:arXiv.org:%s</identifier>\n <datestamp>%s</datestamp>\n%s\n</header>"
        % (status, identifier, datestamp, "\n".join(" <setSpec>%s</setSpec>" % s for s in sets))
    )


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def oai_pages(rows):
    picked = sorted([rows[i * STRIDE] for i in range(PAGES * PER_PAGE)], key=lambda r: (r["date"], r["id"]))
    total = len(picked)
    for p in range(PAGES):
        req = (
            '<request verb="ListRecords" metadataPrefix="arXiv" set="cs">http://oaipmh.arxiv.org/oai</request>'
            if p == 0
            else '<request verb="ListRecords" resumptionToken="%s|%d">http://oaipmh.arxiv.org/oai</request>'
            % (TOKEN_BASE, p * PER_PAGE + 1)
        )
        recs = []
        for k, r in enumerate(picked[p * PER_PAGE : (p + 1) * PER_PAGE]):
            if p == 2 and k == 7:  # one withdrawn-and-removed record, as OAI reports it
                recs.append("<record>\n%s\n</record>" % header(r["id"], r["date"], [], deleted=True))
                continue
            recs.append(
                "<record>\n%s\n<metadata>\n%s\n</metadata>\n</record>"
                % (header(r["id"], r["date"], r["categories"]), arxiv_metadata(r))
            )
        if p + 1 < PAGES:
            tok = '<resumptionToken cursor="%d" completeListSize="%d">%s|%d</resumptionToken>' % (
                p * PER_PAGE, total, TOKEN_BASE, (p + 1) * PER_PAGE + 1)
        else:
            tok = '<resumptionToken cursor="%d" completeListSize="%d"/>' % (p * PER_PAGE, total)
        write(
            "%s/listrecords-arXiv-page%d.xml" % (OAI_DIR, p + 1),
            OAI_HEAD + req + "\n<ListRecords>\n" + "\n".join(recs) + "\n" + tok + "\n</ListRecords>\n</OAI-PMH>\n",
        )


def raw_record(rid, datestamp, cats, submitter, versions, title, authors, comments, jref, doi, abstract):
    vs = "".join(
        '<version version="v%d"><date>%s</date><size>%s</size><source_type>D</source_type></version>'
        % (i + 1, d, size) for i, (d, size) in enumerate(versions))
    meta = [
        ' <arXivRaw xmlns="http://arxiv.org/OAI/arXivRaw/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://arxiv.org/OAI/arXivRaw/ http://arxiv.org/OAI/arXivRaw.xsd">',
        "<id>%s</id><submitter>%s</submitter>%s" % (rid, escape(submitter), vs),
        "<title>%s</title><authors>%s</authors>" % (escape(wrap(title, "")), escape(authors)),
        "<categories>%s</categories>" % " ".join(cats),
    ]
    if comments:
        meta.append("<comments>%s</comments>" % escape(comments))
    if jref:
        meta.append("<journal-ref>%s</journal-ref>" % escape(jref))
    if doi:
        meta.append("<doi>%s</doi>" % escape(doi))
    meta.append("<license>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</license>")
    meta.append("<abstract>%s\n</abstract></arXivRaw>" % escape(wrap(abstract)))
    return "<record>\n%s\n<metadata>\n%s\n</metadata>\n</record>" % (header(rid, datestamp, cats), "\n".join(meta))


def rfc1123(iso, hh):
    d = datetime.date.fromisoformat(iso)
    return "%s, %d %s %d %s GMT" % (d.strftime("%a"), d.day, d.strftime("%b"), d.year, hh)


def oai_raw(rows):
    recs = [raw_record(
        "0704.0001", "2008-11-13", ["hep-ph"], "Pavel Nadolsky",
        [("Mon, 2 Apr 2007 19:18:42 GMT", "424kb"), ("Tue, 24 Jul 2007 20:10:27 GMT", "430kb")],
        "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
        "C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan",
        "37 pages, 15 figures; published version", "Phys.Rev.D76:013009,2007",
        "10.1103/PhysRevD.76.013009",
        "A fully differential calculation in perturbative quantum chromodynamics is presented for the "
        "production of massive photon pairs at hadron colliders. All next-to-leading order "
        "perturbative contributions from quark-antiquark, gluon-(anti)quark, and gluon-gluon "
        "subprocesses are included, as well as all-orders resummation of initial-state gluon "
        "radiation valid at next-to-next-to-leading logarithmic accuracy.")]
    for k, r in enumerate(rows[1000:1004]):
        versions = [(rfc1123(day_before(r["date"]), "17:%02d:11" % (10 + k)), "%dkb" % (800 + k))]
        if k % 2 == 1:  # a revised paper: two versions
            versions.append((rfc1123(r["date"], "09:41:0%d" % k), "%dkb" % (900 + k)))
        names = r["authors"]
        authors = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        recs.append(raw_record(
            r["id"], r["date"], r["categories"], names[0], versions, r["title"], authors,
            r.get("comment"), None, None, r["abstract"]))
    write(
        OAI_DIR + "/listrecords-arXivRaw.xml",
        OAI_HEAD
        + '<request verb="ListRecords" metadataPrefix="arXivRaw" set="cs">http://oaipmh.arxiv.org/oai</request>\n'
        + "<ListRecords>\n" + "\n".join(recs)
        + '\n<resumptionToken cursor="0" completeListSize="5"/>\n</ListRecords>\n</OAI-PMH>\n',
    )


def oai_errors():
    write(
        OAI_DIR + "/no-records-match.xml",
        OAI_HEAD
        + '<request verb="ListRecords" metadataPrefix="arXiv" set="cs" from="2026-07-02">http://oaipmh.arxiv.org/oai</request>\n'
        + '<error code="noRecordsMatch">No records match</error>\n</OAI-PMH>\n',
    )
    write(
        OAI_DIR + "/bad-resumption-token.xml",
        OAI_HEAD
        + '<request verb="ListRecords" resumptionToken="6960524|1001">http://oaipmh.arxiv.org/oai</request>\n'
        + '<error code="badResumptionToken">Invalid or expired resumption token: 6960524|1001</error>\n</OAI-PMH>\n',
    )


def atom_entry(r, k):
    version = 2 if k % 3 == 0 else 1
    sub = day_before(r["date"]) + "T17:%02d:%02dZ" % (10 + k, 5 + k)
    upd = (r["date"] + "T08:00:%02dZ" % k) if version == 2 else sub
    vid = "%sv%d" % (r["id"], version)
    out = ["  <entry>", "    <id>http://arxiv.org/abs/%s</id>" % vid,
           "    <updated>%s</updated>" % upd, "    <published>%s</published>" % sub,
           "    <title>%s</title>" % escape(wrap(r["title"], "").replace("\n", "\n  ")),
           "    <summary>%s\n</summary>" % escape(wrap(r["abstract"])).strip("\n")]
    for a in r["authors"]:
        out.append("    <author>\n      <name>%s</name>\n    </author>" % escape(a))
    if k == 4:
        out.append('    <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1109/TPAMI.2025.0000%d</arxiv:doi>' % k)
        out.append('    <link title="doi" href="http://dx.doi.org/10.1109/TPAMI.2025.0000%d" rel="related"/>' % k)
        out.append('    <arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">IEEE TPAMI 47 (2025) 1-14</arxiv:journal_ref>')
    if r.get("comment"):
        out.append('    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">%s</arxiv:comment>' % escape(r["comment"]))
    out.append('    <link href="http://arxiv.org/abs/%s" rel="alternate" type="text/html"/>' % vid)
    out.append('    <link title="pdf" href="http://arxiv.org/pdf/%s" rel="related" type="application/pdf"/>' % vid)
    prim = r["categories"][0]  # arXiv lists the primary category first
    out.append('    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="%s" scheme="http://arxiv.org/schemas/atom"/>' % prim)
    for c in r["categories"]:
        out.append('    <category term="%s" scheme="http://arxiv.org/schemas/atom"/>' % c)
    out.append("  </entry>")
    return "\n".join(out)


def atom(rows):
    picked = [r for r in rows[5000:] if set(r["categories"]) & {"cs.LG", "cs.CL"}][:15]
    picked.sort(key=lambda r: (r["date"], r["id"]), reverse=True)
    for page, start in enumerate((0, 10)):
        q = "search_query%3Dcat%3Acs.LG%20OR%20cat%3Acs.CL%26id_list%3D%26start%3D{0}%26max_results%3D10".format(start)
        entries = [atom_entry(r, start + k) for k, r in enumerate(picked[start : start + 10])]
        head = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?{q}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: search_query=cat:cs.LG OR cat:cs.CL&amp;id_list=&amp;start={s}&amp;max_results=10</title>
  <id>http://arxiv.org/api/Zq3bq8c2mX0YyU1i9c1Cz9Hx7aY</id>
  <updated>2026-07-02T00:00:00-04:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">15</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{s}</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">10</opensearch:itemsPerPage>
""".format(q=q, s=start)
        write("%s/query-page%d.xml" % (ATOM_DIR, page + 1), head + "\n".join(entries) + "\n</feed>\n")


if __name__ == "__main__":
    rows = load()
    oai_pages(rows)
    oai_raw(rows)
    oai_errors()
    atom(rows)
