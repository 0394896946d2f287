package vn.dangvu.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load of the real roles against a running Đảng vụ (bench/rolemix.sh): every
 * virtual user signs in with the form once, then repeats its role's requests, picked by
 * weight, without think time, until the run ends. Each request kind gets its own latency
 * list; the report is one markdown table row per kind (requests, requests/s, p50, p95,
 * p99, errors) and a total.
 *
 * <p>
 * Arguments: base URL, the accounts file written by bench/rolemix.sql (role, username,
 * person id, unit id, secret token per line, tab-separated), warm-up seconds, measured
 * seconds, the label of the configuration, the output file (appended).
 */
public final class RoleMix {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final String[] FRAGMENTS = { "huong", "khanh chi", "nguyen van", "thu", "minh", "lan anh" };

	private static final String PASSWORD = "demo123";

	record Account(String role, String username, long personId, long unitId, String token) {

	}

	/** One kind of request: its name, its weight within the role, and how to build it. */
	record Kind(String name, int weight, Function<Random, HttpRequest.Builder> request) {

	}

	private final String base;

	private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, Integer> errors = new ConcurrentHashMap<>();

	/** Failed answers by kind and status (0: no answer). */
	private final Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();

	private final AtomicBoolean measuring = new AtomicBoolean();

	private final AtomicBoolean stop = new AtomicBoolean();

	private RoleMix(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		List<Account> accounts = Files.readAllLines(Path.of(args[1]))
			.stream()
			.filter((l) -> !l.isBlank())
			.map((l) -> l.split("\t"))
			.map((f) -> new Account(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]))
			.toList();
		int warmup = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		String label = args[4];
		Path out = Path.of(args[5]);
		RoleMix mix = new RoleMix(base);
		String table = mix.run(accounts, warmup, seconds, label);
		Files.writeString(out, table, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
		System.out.print(table);
	}

	private String run(List<Account> accounts, int warmup, int seconds, String label) throws Exception {
		List<Thread> users = new ArrayList<>();
		CountDownLatch signedIn = new CountDownLatch(accounts.size());
		for (Account a : accounts) {
			Thread t = new Thread(() -> user(a, signedIn), "user-" + a.username());
			t.setDaemon(true);
			users.add(t);
			t.start();
		}
		signedIn.await();
		Thread.sleep(warmup * 1000L);
		this.measuring.set(true);
		long start = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		this.measuring.set(false);
		double elapsed = (System.nanoTime() - start) / 1e9;
		this.stop.set(true);
		for (Thread t : users) {
			t.join(30_000);
		}
		return report(label, elapsed);
	}

	private void user(Account a, CountDownLatch signedIn) {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		Random random = new Random(a.username().hashCode());
		try {
			signIn(client, a);
		}
		catch (Exception ex) {
			System.err.println("sign-in failed for " + a.username() + ": " + ex);
			signedIn.countDown();
			return;
		}
		signedIn.countDown();
		List<Kind> kinds = kinds(a);
		int total = kinds.stream().mapToInt(Kind::weight).sum();
		while (!this.stop.get()) {
			int pick = random.nextInt(total);
			Kind kind = kinds.get(0);
			for (Kind k : kinds) {
				pick -= k.weight();
				if (pick < 0) {
					kind = k;
					break;
				}
			}
			HttpRequest request = kind.request().apply(random).timeout(Duration.ofSeconds(60)).build();
			long t0 = System.nanoTime();
			int status;
			try {
				status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
			}
			catch (Exception ex) {
				status = 0;
			}
			boolean ok = status / 100 == 2;
			long took = System.nanoTime() - t0;
			if (this.measuring.get()) {
				String name = a.role() + " " + kind.name();
				if (ok) {
					this.latencies.computeIfAbsent(name, (n) -> java.util.Collections.synchronizedList(new ArrayList<>()))
						.add(took);
				}
				else {
					this.errors.merge(name, 1, Integer::sum);
					this.statuses.computeIfAbsent(name, (n) -> new ConcurrentHashMap<>()).merge(status, 1, Integer::sum);
				}
			}
		}
	}

	private void signIn(HttpClient client, Account a) throws Exception {
		String page = client
			.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on /login");
		}
		String form = "username=" + enc(a.username()) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1));
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = r.headers().firstValue("Location").orElse("");
		if (r.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in answered " + r.statusCode() + " " + location);
		}
	}

	/** Each role's requests and their weights (docs/benchmarks.md, "Role mix"). */
	private List<Kind> kinds(Account a) {
		Function<String, Function<Random, HttpRequest.Builder>> get = (path) -> (r) -> page(path);
		return switch (a.role()) {
			// a province office lists and searches its 100,000 people, exports a search, reads the statistics
			case "province" -> List.of(new Kind("home", 2, get.apply("/")),
					new Kind("people list", 3, (r) -> page("/people?page=" + r.nextInt(5))),
					new Kind("people, name fragment", 4, (r) -> page("/people?q=" + enc(pick(r)))),
					new Kind("export of a search", 1, (r) -> page("/people/export?q=" + enc(pick(r)))),
					new Kind("membership statistics", 1, get.apply("/membership/statistics")));
			// a grassroots office lists and exports its people
			case "grassroots" -> List.of(new Kind("home", 2, get.apply("/")), new Kind("people list", 4,
					get.apply("/people")), new Kind("export", 1, get.apply("/people/export")),
					new Kind("people, name fragment", 2, (r) -> page("/people?q=" + enc(pick(r)))));
			// a cell secretary opens the cell's people and records changes
			case "secretary" -> List.of(new Kind("home", 2, get.apply("/")), new Kind("people list", 3,
					get.apply("/people")), new Kind("person page", 2, get.apply("/people/" + a.personId())),
					new Kind("record a change (API)", 2, (r) -> HttpRequest
						.newBuilder(URI.create(this.base + "/api/v1/people/" + a.personId()))
						.header("Authorization", "Bearer " + a.token())
						.header("Content-Type", "application/json")
						.method("PATCH", HttpRequest.BodyPublishers
							.ofString("{\"phone\":\"09" + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000))
									+ "\"}"))));
			// a member reads their own page
			case "member" -> List.of(new Kind("home", 1, get.apply("/")),
					new Kind("own page", 2, get.apply("/people/" + a.personId())));
			// a leader opens the dashboards
			case "leader" -> List.of(new Kind("home (dashboard)", 3, get.apply("/")),
					new Kind("membership statistics", 1, get.apply("/membership/statistics")),
					new Kind("reminders", 1, get.apply("/reminders")));
			default -> throw new IllegalArgumentException(a.role());
		};
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html");
	}

	private static String pick(Random r) {
		return FRAGMENTS[r.nextInt(FRAGMENTS.length)];
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private String report(String label, double elapsed) {
		StringBuilder out = new StringBuilder();
		out.append("\n### ").append(label).append("\n\n");
		out.append("| role, request | requests | req/s | p50 ms | p95 ms | p99 ms | failed |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		Map<String, List<Long>> sorted = new TreeMap<>(this.latencies);
		for (String name : this.errors.keySet()) {
			sorted.putIfAbsent(name, List.of());
		}
		long all = 0;
		long failed = 0;
		List<Long> every = new ArrayList<>();
		for (Map.Entry<String, List<Long>> e : sorted.entrySet()) {
			long[] ns;
			synchronized (e.getValue()) {
				ns = e.getValue().stream().mapToLong(Long::longValue).toArray();
				every.addAll(e.getValue());
			}
			int err = this.errors.getOrDefault(e.getKey(), 0);
			out.append(row(e.getKey(), ns, err, elapsed, new TreeMap<>(this.statuses.getOrDefault(e.getKey(), Map.of()))));
			all += ns.length;
			failed += err;
		}
		out.append(row("**all**", every.stream().mapToLong(Long::longValue).toArray(), (int) failed, elapsed, Map.of()));
		System.err.printf("%s: %d requests in %.0f s%n", label, all, elapsed);
		return out.toString();
	}

	private static String row(String name, long[] ns, int failed, double elapsed, Map<Integer, Integer> byStatus) {
		Arrays.sort(ns);
		String why = byStatus.isEmpty() ? "" : " " + byStatus.toString().replace("=", "×");
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %s | %d%s |%n", name, ns.length,
				ns.length / elapsed, ms(ns, 0.50), ms(ns, 0.95), ms(ns, 0.99), failed, why);
	}

	private static String ms(long[] sorted, double q) {
		if (sorted.length == 0) {
			return "–";
		}
		int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
		return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, i)] / 1e6);
	}

}
