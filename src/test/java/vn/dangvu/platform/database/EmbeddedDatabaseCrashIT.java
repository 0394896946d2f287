package vn.dangvu.platform.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real crashes of the default run (no test profile: the durable settings of decision
 * 0150): the application runs in a second JVM on its own data directory; while it answers
 * writes, {@code kill -9} hits either the JVM (its PostgreSQL is left running, orphaned)
 * or the PostgreSQL processes. The application must start again without help and hold
 * every write it acknowledged.
 */
class EmbeddedDatabaseCrashIT {

	private static final String PASSWORD = "Crash-Test-2026!x";

	private static final int WRITERS = 4;

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Path dir;

	private Path data;

	private final List<Process> started = new ArrayList<>();

	private int port;

	@BeforeEach
	void directory() throws IOException {
		Files.createDirectories(Path.of("target"));
		this.dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");
		this.data = this.dir.resolve("postgres");
	}

	@AfterEach
	void killEverythingLeft() throws IOException {
		for (Process p : this.started) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
		}
		postmaster().ifPresent((pg) -> {
			pg.descendants().forEach(ProcessHandle::destroyForcibly);
			pg.destroyForcibly();
		});
		try (Stream<Path> files = Files.walk(this.dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((f) -> f.toFile().delete());
		}
	}

	@Test
	void afterKill9OfTheApplicationItStartsAgainWithEveryAcknowledgedWrite() throws Exception {
		Process app = start("first");
		long unit = createUnit();
		List<Long> acknowledged = writeUntilKilled(unit, () -> app.destroyForcibly());
		assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
		// the crash this test is about: PostgreSQL outlives the JVM and holds the data
		// directory
		assertThat(postmaster()).as("PostgreSQL left running by the killed JVM").isPresent();

		start("second");
		assertEveryPersonThere(acknowledged, unit);
	}

	@Test
	void afterKill9OfPostgreSqlEveryAcknowledgedWriteSurvivesTheRestart() throws Exception {
		Process app = start("first");
		long unit = createUnit();
		ProcessHandle pg = postmaster().orElseThrow();
		List<ProcessHandle> backends = pg.descendants().toList();
		List<Long> acknowledged = writeUntilKilled(unit, () -> {
			pg.destroyForcibly();
			backends.forEach(ProcessHandle::destroyForcibly);
			pg.descendants().forEach(ProcessHandle::destroyForcibly);
		});
		// the operator restarts the application that lost its database
		app.destroy();
		if (!app.waitFor(60, TimeUnit.SECONDS)) {
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}

		start("second");
		assertEveryPersonThere(acknowledged, unit);
	}

	/**
	 * Four clients create people at once; the writer that gets the 40th acknowledgement
	 * crashes the server at once while the others are mid-request. Returns the ids
	 * answered 201.
	 */
	private List<Long> writeUntilKilled(long unit, Runnable crash) throws Exception {
		List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean crashed = new AtomicBoolean();
		List<Thread> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int first = w * 10_000;
			Thread writer = new Thread(() -> {
				for (int i = first; i < first + 2_000; i++) {
					try {
						HttpResponse<String> r = send(post("/api/v1/people", person(unit, i)));
						if (r.statusCode() != 201) {
							return;
						}
						acknowledged.add(id(r.body()));
						if (acknowledged.size() >= 40 && crashed.compareAndSet(false, true)) {
							crash.run();
						}
					}
					catch (IOException ex) {
						return;
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
			writers.add(writer);
			writer.start();
		}
		for (Thread writer : writers) {
			writer.join(TimeUnit.SECONDS.toMillis(180));
			assertThat(writer.isAlive()).isFalse();
		}
		assertThat(crashed).as("crashed after 40 people were created").isTrue();
		return List.copyOf(acknowledged);
	}

	private void assertEveryPersonThere(List<Long> acknowledged, long unit) throws Exception {
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
		List<Long> missing = new ArrayList<>();
		for (long id : acknowledged) {
			if (send(get("/api/v1/people/" + id)).statusCode() != 200) {
				missing.add(id);
			}
		}
		System.out.printf("Crash test: %d writes acknowledged, %d lost%n", acknowledged.size(), missing.size());
		assertThat(missing).as("acknowledged writes lost").isEmpty();
		HttpResponse<String> last = send(get("/api/v1/people/" + acknowledged.get(acknowledged.size() - 1)));
		assertThat(last.body()).contains("\"workUnitId\":" + unit);
	}

	private long createUnit() throws Exception {
		HttpResponse<String> r = send(post("/api/v1/units",
				"""
						{"code":"CRASH","kind":"GRASSROOTS_COMMITTEE","name":"Đảng bộ Thử sự cố","establishedOn":"2020-01-01"}"""));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return id(r.body());
	}

	private static String person(long unit, int i) {
		LocalDate birth = LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28);
		return """
				{"fullName":"Nguyễn Văn An","birthDate":"%s","sex":"MALE","cccd":"%s","workUnitId":%d}"""
			.formatted(birth, PeopleFixtures.cccd(birth, Sex.MALE), unit);
	}

	/**
	 * The application in a new JVM with the default settings; returns when it is ready.
	 */
	private Process start(String name) throws Exception {
		this.port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder pb = new ProcessBuilder(java, "-Xmx400m", "-XX:TieredStopAtLevel=1",
				"-Duser.timezone=Asia/Ho_Chi_Minh", "-cp", System.getProperty("java.class.path"),
				"vn.dangvu.DangvuApplication", "--server.port=" + this.port,
				"--dangvu.db.embedded.data-dir=" + this.data, "--dangvu.demo.enabled=false",
				"--dangvu.admin.password=" + PASSWORD, "--spring.profiles.active=");
		Map<String, String> env = pb.environment();
		env.keySet().removeIf((k) -> k.startsWith("DANGVU_") || k.equals("SPRING_PROFILES_ACTIVE"));
		Path log = this.dir.resolve(name + ".log");
		pb.redirectErrorStream(true).redirectOutput(log.toFile());
		Process app = pb.start();
		this.started.add(app);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new AssertionError("The application (" + name + ") did not start:\n" + tail(log));
			}
			try {
				if (send(get("/actuator/health")).statusCode() == 200) {
					return app;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The application (" + name + ") was not ready in time:\n" + tail(log));
	}

	private Optional<ProcessHandle> postmaster() {
		Path pid = this.data.resolve("postmaster.pid");
		try {
			if (!Files.exists(pid)) {
				return Optional.empty();
			}
			String first = Files.readAllLines(pid).get(0).trim();
			return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private HttpRequest.Builder request(String path) {
		String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + auth)
			.header("Accept", "application/json");
	}

	private HttpRequest get(String path) {
		return request(path).GET().build();
	}

	private HttpRequest post(String path, String json) {
		return request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static long id(String json) {
		Matcher m = ID.matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return Long.parseLong(m.group(1));
	}

}
