package vn.dangvu.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that Tomcat itself refuses, sent over a real socket to a real Tomcat set up by
 * the application's customizer: problem+json under {@code /api/}, a Vietnamese page
 * elsewhere, never Tomcat's English report.
 */
class EarlyRefusalsTest {

	static WebServer server;

	@BeforeAll
	static void start() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		new EarlyRefusals().vietnameseTomcatRefusals(messages).customize(factory);
		server = factory.getWebServer((context) -> context.addServlet("ok", new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
				resp.getWriter().write("ok");
			}
		}).addMapping("/"));
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	private static String send(String requestLine, String extraHeader) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\n" + extraHeader + "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return all.toString(StandardCharsets.UTF_8);
		}
	}

	private static void assertProblem(String response, String what) {
		assertThat(response).as(what).startsWith("HTTP/1.1 400");
		assertThat(response).as(what).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(response).as(what).contains("\"status\":400").contains("Dữ liệu không hợp lệ");
		assertThat(response).as(what).doesNotContain("HTTP Status").doesNotContain("Bad Request");
	}

	@Test
	void aNulOrAnEncodedClimbInAnApiPathIsAVietnameseProblem() throws Exception {
		assertProblem(send("GET /api/v1/units/%00 HTTP/1.1", ""), "%00");
		assertProblem(send("GET /api/v1/%2e%2e%2f%2e%2e%2fetc HTTP/1.1", ""), "%2e%2e%2f");
	}

	@Test
	void aHeaderOver8KbOnTheApiIsAVietnameseProblem() throws Exception {
		String response = send("GET /api/v1/units HTTP/1.1", "X-Big: " + "a".repeat(9000) + "\r\n");
		assertProblem(response, "big header");
		assertThat(response).contains("header");
	}

	@Test
	void aRefusedPageAddressIsAVietnamesePage() throws Exception {
		String response = send("GET /units/%00 HTTP/1.1", "");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).containsIgnoringCase("Content-Type: text/html");
		assertThat(response).contains("Dữ liệu không hợp lệ").doesNotContain("HTTP Status");
	}

}
