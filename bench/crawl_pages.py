#!/usr/bin/env python3
"""Lists the pages a signed-in account reaches by links from home, one address per kind of page.

    bench/crawl_pages.py BASE_URL SESSION [EXAMPLES]

Follows every same-site link (GET only) breadth-first from "/", as the crawl test does, and
prints one address per line. Addresses that differ only in their numbers ("/people/12",
"/people/40") are one kind of page: EXAMPLES of each kind are kept (default 1), so that a
bench over the printed list times every screen once instead of every person's. Exports
(format=xlsx, .pdf, .xlsx, .docx), sign-out, static files and links that answer other than
200 with HTML are left out. Standard library only, so it runs wherever the bench runs.
"""
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from html.parser import HTMLParser

SKIP = re.compile(r"(^/(logout|login|css|js|webjars|img|fonts|favicon|actuator|h2|error)\b)"
                  r"|(\.(pdf|xlsx|docx|csv|png|svg|ico|js|css)$)"
                  r"|([?&]format=)|([?&]lang=)|(/download\b)|(/export\b)")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value:
                    self.hrefs.append(value)


def shape(path_and_query):
    """The kind of page: numbers and dates replaced, query values dropped."""
    parts = urllib.parse.urlsplit(path_and_query)
    path = re.sub(r"/\d+(?=/|$)", "/{n}", parts.path)
    keys = sorted({k for k, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)})
    return path + ("?" + "&".join(keys) if keys else "")


def main():
    base, session = sys.argv[1].rstrip("/"), sys.argv[2]
    examples = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", "SESSION=" + session)]
    seen_shapes = {}
    seen = set()
    queue = deque(["/"])
    out = []
    while queue:
        page = queue.popleft()
        if page in seen:
            continue
        seen.add(page)
        kind = shape(page)
        if seen_shapes.get(kind, 0) >= examples:
            continue
        try:
            with opener.open(base + page, timeout=30) as response:
                if response.status != 200 or "text/html" not in response.headers.get("Content-Type", ""):
                    continue
                body = response.read().decode("utf-8", "replace")
                if urllib.parse.urlsplit(response.geturl()).path != urllib.parse.urlsplit(page).path:
                    continue  # redirected (to sign-in, or elsewhere): not this page
        except (urllib.error.URLError, TimeoutError):
            continue
        seen_shapes[kind] = seen_shapes.get(kind, 0) + 1
        out.append(page)
        parser = Links()
        parser.feed(body)
        for href in parser.hrefs:
            target = urllib.parse.urljoin(base + page, href.replace("&amp;", "&"))
            parts = urllib.parse.urlsplit(target)
            if parts.netloc != urllib.parse.urlsplit(base).netloc:
                continue
            local = parts.path + ("?" + parts.query if parts.query else "")
            if SKIP.search(local) or local in seen:
                continue
            queue.append(local)
    for page in out:
        print(page)


if __name__ == "__main__":
    main()
