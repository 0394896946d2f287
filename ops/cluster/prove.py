"""The cluster's promises, proven under load (run through ./prove, which starts the cluster)."""
import base64, http.cookiejar, json, os, random, re, subprocess, sys, threading, time, urllib.error, urllib.parse, urllib.request

E = os.environ
DIR = E["DIR"]
APP = f"http://127.0.0.1:{E['HAPROXY_HTTP_PORT']}"
PATRONI = [int(E["PATRONI1_PORT"]), int(E["PATRONI2_PORT"])]
DEMO_PASSWORD = "demo123"  # the demo accounts' password (docs/demo-data.md); the cluster runs in demo mode


def sh(cmd, check=True):
    return subprocess.run(cmd, shell=True, check=check, capture_output=True, text=True).stdout.strip()


def sql(statement):
    """Through HAProxy's read-write port, as the application's role."""
    return sh(f"PGPASSWORD={E['APP_DB_PASSWORD']} psql -h 127.0.0.1 -p {E['HAPROXY_PRIMARY_PORT']} -U dangvu -d dangvu "
              f"-v ON_ERROR_STOP=1 -Atc \"{statement}\"")


def request(method, path, body=None, auth=("admin", DEMO_PASSWORD), timeout=10, opener=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(APP + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode())
    try:
        with (opener or urllib.request.build_opener()).open(req, timeout=timeout) as response:
            return response.status, response.read().decode(), response.geturl()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace"), path
    except Exception as error:  # connection refused/reset, timeout: the request failed cleanly
        return 0, str(error), path


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
    """Threads creating people through the API; every 201 is an acknowledged write with its id."""

    def __init__(self, threads=4, tag=None):
        self.tag = tag or f"Thử Cụm {random.randint(1000, 9999)}"
        self.acked, self.failed, self.success_times = [], 0, []
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.counter = 0
        self.unit = json.loads(request("GET", "/api/v1/units?size=1")[1])["items"][0]["id"]
        self.threads = [threading.Thread(target=self.run, daemon=True) for _ in range(threads)]

    def next_cccd(self):
        with self.lock:
            self.counter += 1
            return f"001090{random.randint(0, 99):02d}{self.counter:04d}"

    def run(self):
        while not self.stop.is_set():
            cccd = self.next_cccd()
            status, body, _ = request("POST", "/api/v1/people", {
                "fullName": f"{self.tag} {cccd[-6:]}", "birthDate": "1990-05-14", "sex": "MALE", "cccd": cccd,
                "workUnitId": self.unit})
            with self.lock:
                if status == 201:
                    self.acked.append(json.loads(body)["id"])
                    self.success_times.append(time.monotonic())
                else:
                    self.failed += 1

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
        return len(self.acked) - present, half


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
    subprocess.run([os.path.join(os.path.dirname(__file__), "up")], check=True, capture_output=True)
    print(f"failover: {len(w.acked)} writes acknowledged, {w.failed} failed cleanly, lost {lost}, half-written {half}, "
          f"new primary pg{leader()} after {promoted_after:.1f} s, longest time without a successful write {gap:.1f} s")
    return lost == 0 and half == 0 and gap < 30


def signed_in_opener():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(APP + "/login", timeout=10).read().decode()
    token = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    form = urllib.parse.urlencode({"username": "vanphong", "password": DEMO_PASSWORD, "_csrf": token.group(1)}).encode()
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
    subprocess.run([os.path.join(os.path.dirname(__file__), "up")], check=True, capture_output=True)
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
    print(f"database restart: {len(w.acked)} writes acknowledged, {w.failed} failed cleanly, lost {lost}, "
          f"half-written {half}, writes after the restart {len(recovered)}, "
          f"longest time without a successful write {w.longest_gap(restarted_at):.1f} s")
    return lost == 0 and half == 0 and len(recovered) > 0


SCENARIOS = {"failover": failover, "app-node": app_node, "db-restart": db_restart}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(SCENARIOS)
    broken = [name for name in chosen if not SCENARIOS[name]()]
    if broken:
        print("BROKEN: " + ", ".join(broken))
        sys.exit(1)
    print("all promises kept: " + ", ".join(chosen))
