"""The cluster's promises, proven under load (run through ./prove, which starts the cluster)."""
import base64, datetime, http.cookiejar, io, json, os, random, re, subprocess, sys, threading, time, urllib.error, \
    urllib.parse, urllib.request, uuid
from zoneinfo import ZoneInfo

E = os.environ
DIR = E["DIR"]
APP = f"http://127.0.0.1:{E['HAPROXY_HTTP_PORT']}"
PATRONI = [int(E["PATRONI1_PORT"]), int(E["PATRONI2_PORT"])]
DEMO_PASSWORD = "demo123"  # the demo accounts' password (docs/demo-data.md); the cluster runs in demo mode
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def sh(cmd, check=True):
    return subprocess.run(cmd, shell=True, check=check, capture_output=True, text=True).stdout.strip()


def sql(statement, port=None, user="dangvu", password=None):
    """Through HAProxy's read-write port (or the given one), as the application's role (or the given one)."""
    password = password or E["APP_DB_PASSWORD"]
    return sh(f"PGPASSWORD={password} psql -h 127.0.0.1 -p {port or E['HAPROXY_PRIMARY_PORT']} -U {user} -d dangvu "
              f"-v ON_ERROR_STOP=1 -Atc \"{statement}\"")


def request(method, path, body=None, auth=("admin", DEMO_PASSWORD), timeout=10, opener=None, headers=None):
    """auth: (user, password) for HTTP Basic, or a personal API token (dv_...) for Bearer."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(APP + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if isinstance(auth, str):
        req.add_header("Authorization", "Bearer " + auth)
    elif auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode())
    try:
        with (opener or urllib.request.build_opener()).open(req, timeout=timeout) as response:
            if headers is not None:  # by lower-case name: HAProxy sends them so
                headers.update((k.lower(), v) for k, v in response.headers.items())
            return response.status, response.read().decode(), response.geturl()
    except urllib.error.HTTPError as error:
        if headers is not None:
            headers.update((k.lower(), v) for k, v in error.headers.items())
        return error.code, error.read().decode(errors="replace"), path
    except Exception as error:  # connection refused/reset, timeout: the request failed cleanly
        return 0, str(error), path


def clean_unavailable(status, body, headers):
    """The answer the issue asks of a write that cannot be served: 503, problem+json in Vietnamese, Retry-After."""
    if status != 503 or not headers.get("content-type", "").startswith("application/problem+json"):
        return False
    try:
        problem = json.loads(body)
    except ValueError:
        return False
    return problem.get("status") == 503 and "cơ sở dữ liệu" in problem.get("detail", "") \
        and headers.get("retry-after", "").isdigit()


def api_token():
    """A personal API token of the demo administrator, made through the page as a person would."""
    opener = signed_in_opener("admin")
    page = opener.open(APP + "/tokens", timeout=10).read().decode()
    form = urllib.parse.urlencode({"name": f"prove {uuid.uuid4().hex[:8]}", "_csrf": csrf(page)}).encode()
    answer = opener.open(urllib.request.Request(APP + "/tokens", data=form, method="POST"), timeout=10)
    return re.search(r"dv_[A-Za-z0-9_-]{43}", answer.read().decode()).group(0)


def patroni(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/patroni", timeout=2) as response:
            return json.load(response)
    except Exception:
        return {}


def leader():
    for i, port in enumerate(PATRONI, start=1):
        if patroni(port).get("role") in ("master", "primary"):
            return i
    return None


class Writers:
    """Threads creating people through the API, half of them signed in by HTTP Basic and half by a personal API
    token; every 201 is an acknowledged write with its id. A failure may only be a clean 503 (problem+json in
    Vietnamese with Retry-After) or no answer at all (the connection refused or reset): anything else is a
    defect (issue 13) and fails the scenario."""

    def __init__(self, threads=4, tag=None):
        self.tag = tag or f"Thử Cụm {random.randint(1000, 9999)}"
        self.acked, self.failed, self.success_times, self.acked_at = [], 0, [], {}
        self.statuses = {}  # failure answers by status (0: no answer: connection refused, reset, timeout)
        self.unclean = {}  # answers that are neither a clean 503 nor no answer, with one body of each
        self.stop = threading.Event()
        self.lock = threading.Lock()
        # CCCDs never used before, in this run or an earlier one: a 409 "already registered" is then a defect.
        self.counter = int(sql("select coalesce(max(right(cccd, 6)::int), 0) from person where cccd like '001090%'"))
        self.unit = json.loads(request("GET", "/api/v1/units?size=1")[1])["items"][0]["id"]
        token = api_token()
        self.threads = [threading.Thread(target=self.run, args=(token if n % 2 else ("admin", DEMO_PASSWORD),),
                                         daemon=True) for n in range(threads)]

    def next_cccd(self):
        with self.lock:
            self.counter += 1
            return f"001090{self.counter:06d}"

    def run(self, auth):
        while not self.stop.is_set():
            cccd = self.next_cccd()
            headers = {}
            status, body, _ = request("POST", "/api/v1/people", {
                "fullName": f"{self.tag} {cccd[-6:]}", "birthDate": "1990-05-14", "sex": "MALE", "cccd": cccd,
                "workUnitId": self.unit}, auth=auth, headers=headers)
            with self.lock:
                if status == 201:
                    self.acked.append(json.loads(body)["id"])
                    self.acked_at[self.acked[-1]] = time.time()
                    self.success_times.append(time.monotonic())
                else:
                    self.failed += 1
                    key = status if status != 503 or clean_unavailable(status, body, headers) else "503 unclean"
                    self.statuses[key] = self.statuses.get(key, 0) + 1
                    if status != 0 and key != 503:
                        how = "token" if isinstance(auth, str) else "basic"
                        self.unclean.setdefault(f"{key} ({how})", f"[{headers.get('content-type')}, Retry-After "
                                                f"{headers.get('retry-after')}] {body[:300]}")

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(30)

    def longest_gap(self, since):
        times = sorted(t for t in self.success_times if t >= since - 60)
        return max((b - a for a, b in zip(times, times[1:])), default=float("inf"))

    def verify(self):
        """Acknowledged writes all present; no person of this run without its audit row (no half write)."""
        ids = ",".join(map(str, self.acked)) or "0"
        present = int(sql(f"select count(*) from person where id in ({ids})"))
        half = int(sql("select count(*) from person p where p.full_name like '" + self.tag + "%' and not exists "
                       "(select 1 from audit_event a where a.entity_type = 'Person' and a.entity_id = p.id::text)"))
        # Written whole but answered with an error or not at all (the connection lost after the commit): in doubt
        # for the client, which finds the person by its CCCD before trying again.
        self.in_doubt = int(sql(f"select count(*) from person where full_name like '{self.tag}%'")) - present
        return len(self.acked) - present, half

    def failures(self):
        return ", ".join(f"{'no answer' if k == 0 else k}: {v}"
                         for k, v in sorted(self.statuses.items(), key=lambda kv: str(kv[0]))) or "none"

    def clean(self):
        """Every failed write answered a clean 503 or nothing; prints one body of each other answer."""
        for key, body in self.unclean.items():
            print(f"  unclean answer {key}: {body}")
        return not self.unclean


def failover():
    """kill -9 the primary's Patroni and PostgreSQL mid-load: the standby takes over, nothing acknowledged is lost."""
    before = leader()
    assert before, "no primary before the test"
    with Writers() as w:
        time.sleep(8)
        killed_at = time.monotonic()
        pid = open(f"{DIR}/pg{before}/data/postmaster.pid").readline().strip()
        sh(f"kill -9 $(cat {DIR}/pg{before}/patroni.pid) {pid}")
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and (leader() in (None, before)):
            time.sleep(0.5)
        promoted_after = time.monotonic() - killed_at
        time.sleep(15)
    lost, half = w.verify()
    gap = w.longest_gap(killed_at)
    sh(f"rm -f {DIR}/pg{before}/patroni.pid")
    restart_cluster_parts()
    print(f"failover: {len(w.acked)} writes acknowledged, {w.failed} failed ({w.failures()}), lost {lost}, "
          f"half-written {half}, written but not acknowledged {w.in_doubt}, new primary pg{leader()} after "
          f"{promoted_after:.1f} s, longest time without a successful write {gap:.1f} s")
    return w.clean() and lost == 0 and half == 0 and gap < 30


def csrf(page):
    token = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    return token.group(1)


def signed_in_opener(user="vanphong"):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(APP + "/login", timeout=10).read().decode()
    form = urllib.parse.urlencode({"username": user, "password": DEMO_PASSWORD, "_csrf": csrf(page)}).encode()
    opener.open(urllib.request.Request(APP + "/login", data=form, method="POST"), timeout=10).read()
    return opener


def app_node():
    """kill -9 one app node under load: the signed-in user carries on through the other node."""
    opener = signed_in_opener()
    results, stop = [], threading.Event()

    def reader():
        while not stop.is_set():
            started = time.monotonic()
            status, body, url = request("GET", "/people", auth=None, opener=opener)
            results.append((started, status, "/login" in url))

    threads = [threading.Thread(target=reader, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(5)
    killed_at = time.monotonic()
    sh(f"kill -9 $(cat {DIR}/app/node1.pid)")
    time.sleep(15)
    stop.set()
    for t in threads:
        t.join(15)
    # Requests started once HAProxy has marked the node down (two failed 1 s checks); those in flight at the
    # kill may fail, cleanly.
    after = [r for r in results if r[0] > killed_at + 3]
    failed = [r for r in after if r[1] != 200]
    signed_out = [r for r in after if r[2]]
    sh(f"rm -f {DIR}/app/node1.pid")
    restart_cluster_parts()
    print(f"app node killed: {len(results)} page reads, {len(after)} after the node was marked down, "
          f"{len(failed)} of them failed, {len(signed_out)} signed out")
    return not failed and not signed_out and len(after) > 0


def db_restart():
    """The primary's PostgreSQL restarted under load: the application recovers without a restart."""
    node = leader()
    with Writers(threads=2) as w:
        time.sleep(5)
        restarted_at = time.monotonic()
        sh(f"{E['RUN_AS_PREFIX']} patronictl -c {DIR}/pg{node}/patroni.yml restart dangvu pg{node} --force")
        time.sleep(20)
    lost, half = w.verify()
    recovered = [t for t in w.success_times if t > restarted_at + 1]
    print(f"database restart: {len(w.acked)} writes acknowledged, {w.failed} failed ({w.failures()}), lost {lost}, "
          f"half-written {half}, written but not acknowledged {w.in_doubt}, writes after the restart {len(recovered)}, "
          f"longest time without a successful write {w.longest_gap(restarted_at):.1f} s")
    return w.clean() and lost == 0 and half == 0 and len(recovered) > 0


def restart_cluster_parts():
    subprocess.run([os.path.join(os.path.dirname(__file__), "up")], check=True, capture_output=True)


def seconds(iso_duration):
    """PT5S, PT1H, PT1M30S -> seconds."""
    match = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?", iso_duration)
    h, m, sec = (int(g or 0) for g in match.groups())
    return h * 3600 + m * 60 + sec


JOB = "forget-old-sign-in-failures"


def jobs():
    """The hourly job, fired every period on both nodes, runs once per period; one node killed half-way."""
    period = seconds(E.get("JOB_PERIOD", "PT1H"))
    if period > 60:
        print(f"jobs: the cluster runs the job every {period} s; prove it on a cluster started by prove "
              "(ops/cluster/down first)")
        return False
    start = float(sql("select extract(epoch from now())"))
    time.sleep(6 * period)
    sh(f"kill -9 $(cat {DIR}/app/node2.pid)")
    time.sleep(6 * period)
    end = float(sql("select extract(epoch from now())"))
    sh(f"rm -f {DIR}/app/node2.pid")
    restart_cluster_parts()
    rows = sql(f"select extract(epoch from period_start)::bigint, node from job_run where job = '{JOB}' "
               f"and period_start >= to_timestamp({start}) and period_start < to_timestamp({end - period})")
    runs = [line.split("|") for line in rows.splitlines() if line]
    ran = {int(p) for p, _ in runs}
    first = (int(start) // period + 1) * period
    expected = set(range(first, int(end - period), period))
    missing = sorted(expected - ran)
    nodes = sorted({n for _, n in runs})
    print(f"jobs: {len(expected)} periods of {period} s, {len(runs)} runs (each period's key is unique), "
          f"missing {len(missing)}, run by {', '.join(nodes)}; app node 2 killed half-way")
    return not missing and len(runs) == len(ran)


def restore():
    """A base backup under load, then a point-in-time restore into a new directory, checked for consistency."""
    with Writers(threads=2) as w:
        time.sleep(3)
        sh(f"{REPO}/ops/backup")
        time.sleep(4)
        moment = datetime.datetime.now(VIETNAM).replace(microsecond=0) + datetime.timedelta(seconds=1)
        time.sleep(16)
    # The WAL holding the moment must reach the archive before recovery can stop at it.
    sql("select pg_switch_wal()", user="postgres", password=E["SUPERUSER_PASSWORD"])
    time.sleep(3)
    into = f"{DIR}/restored-proof-{uuid.uuid4().hex[:8]}"
    started = time.monotonic()
    output = subprocess.run([f"{REPO}/ops/restore", "--to", moment.strftime("%d/%m/%Y %H:%M:%S"), "--into", into,
                             "--port", "55460"], capture_output=True, text=True)
    took = time.monotonic() - started
    ok = output.returncode == 0
    present = late = -1
    if ok:
        epoch = moment.timestamp()
        before = [i for i, t in w.acked_at.items() if t < epoch]
        well_after = [i for i, t in w.acked_at.items() if t > epoch + 10]
        ids = lambda chosen: ",".join(map(str, chosen)) or "0"
        query = lambda q: sh(f"{E['RUN_AS_PREFIX']} psql -h {into} -p 55460 -U postgres -d dangvu -Atc \"{q}\"")
        present = int(query(f"select count(*) from person where id in ({ids(before)})"))
        late = int(query(f"select count(*) from person where id in ({ids(well_after)})"))
        ok = present == len(before) and late == 0
        print(f"restore: {len(w.acked)} writes under load, backup in the middle, restored to "
              f"{moment.strftime('%d/%m/%Y %H:%M:%S')} in {took:.0f} s: {present} of the {len(before)} writes "
              f"acknowledged before it present, {late} of the {len(well_after)} acknowledged 10 s after it; "
              f"consistency check passed")
    else:
        print("restore: ops/restore failed:\n" + output.stdout[-2000:] + output.stderr[-2000:])
    sh(f"{E['RUN_AS_PREFIX']} {E['PG_BIN']}/pg_ctl -D {into} -m immediate stop", check=False)
    sh(f"rm -rf {into}", check=False)
    if w.failed:
        print(f"restore: {w.failed} writes failed ({w.failures()})")
    return ok and w.clean()


def people_sheet(opener, tag, rows, unit_code):
    """The application's own template, filled with new people."""
    import warnings
    import openpyxl
    warnings.simplefilter("ignore", UserWarning)  # the template has no default style; openpyxl adds its own
    template = opener.open(APP + "/people/import/template", timeout=30).read()
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book.worksheets[0]
    run = random.randint(0, 99)
    for n in range(rows):
        r = n + 2
        sheet.cell(r, 1, f"{tag} {n:05d}")
        sheet.cell(r, 2, "14/05/1990")
        sheet.cell(r, 3, "Nam")
        sheet.cell(r, 4, f"079090{run:02d}{n:04d}")  # Hồ Chí Minh City, a man born in 1990
        sheet.cell(r, 10, unit_code)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(opener, path, fields, file_field, file_name, content):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append((f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
                  "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode()
                 + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    request = urllib.request.Request(APP + path, data=b"".join(parts), method="POST")
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    with opener.open(request, timeout=120) as response:
        return response.geturl()


def import_kill():
    """kill -9 of the node running an all-or-nothing import of 5,000 people: nothing of it stays, and the job
    is marked failed, first by the surviving node (nobody keeps it alive), before the killed node is back."""
    opener = signed_in_opener("admin")
    unit = json.loads(request("GET", "/api/v1/units?size=1")[1])["items"][0]
    tag = f"Nhập Thử {random.randint(1000, 9999)}"
    content = people_sheet(opener, tag, 5000, unit["code"])
    token = csrf(opener.open(APP + "/people/import", timeout=30).read().decode())
    landed = upload(opener, "/people/import", {"_csrf": token, "validOnly": "false"}, "file", "5000.xlsx", content)
    job = int(re.search(r"/people/import/(\d+)", landed).group(1))
    deadline = time.monotonic() + 240
    state = ""
    while time.monotonic() < deadline:
        state = sql(f"select status || '|' || processed || '|' || coalesce(node, '') from person_import_job where id = {job}")
        status, processed, node = state.split("|")
        if status == "IMPORTING" and int(processed) >= 1000 or status in ("DONE", "REJECTED", "FAILED"):
            break
        time.sleep(0.2)
    status, processed, node = state.split("|")
    if status != "IMPORTING":
        print(f"import kill: the job never reached the writing of 1,000 rows (state {state})")
        return False
    number = node.removeprefix("app")
    killed_at = time.monotonic()
    sh(f"kill -9 $(cat {DIR}/app/node{number}.pid)")
    failed_after = None
    while time.monotonic() < killed_at + 90:
        if sql(f"select status from person_import_job where id = {job}") == "FAILED":
            failed_after = time.monotonic() - killed_at
            break
        time.sleep(1)
    sh(f"rm -f {DIR}/app/node{number}.pid")
    restart_cluster_parts()
    interrupted = sql(f"select interrupted from person_import_job where id = {job}") == "t"
    written = int(sql(f"select count(*) from person where full_name like '{tag}%'"))
    print(f"import kill: node {node} killed at {processed} of 5,000 rows written in one transaction; "
          f"{written} people of it present; job marked failed (interrupted: {interrupted}) by the other node "
          + (f"{failed_after:.0f} s after the kill" if failed_after is not None else "NOT within 90 s"))
    return written == 0 and failed_after is not None and interrupted


def replica_reads():
    """Read-only transactions run on the synchronous standby: its pool has served connections."""
    opener = signed_in_opener()
    for _ in range(20):
        opener.open(APP + "/people", timeout=10).read()
    standby = [i for i, port in enumerate(PATRONI, start=1) if patroni(port).get("role") in ("replica", "sync_standby")]
    port = E["PG1_PORT"] if standby and standby[0] == 1 else E["PG2_PORT"]
    on_standby = int(sql("select count(*) from pg_stat_activity where usename = 'dangvu' "
                         "and application_name = 'dangvu-replica'", port=port))
    print(f"replica reads: {on_standby} connections of the read-only pool on the standby pg{standby[0] if standby else '?'}")
    return on_standby > 0


SCENARIOS = {"replica-reads": replica_reads, "jobs": jobs, "import-kill": import_kill, "restore": restore,
             "failover": failover, "app-node": app_node, "db-restart": db_restart}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(SCENARIOS)
    broken = [name for name in chosen if not SCENARIOS[name]()]
    if broken:
        print("BROKEN: " + ", ".join(broken))
        sys.exit(1)
    print("all promises kept: " + ", ".join(chosen))
