package vn.dangvu.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests Tomcat refuses before the application sees them (a header over 8 KB, a
 * {@code %00} or an encoded {@code ../} in the path) were answered with Tomcat's English
 * HTML report. Tomcat's error report valve is replaced by one that answers
 * {@code application/problem+json} under {@code /api/} and a plain Vietnamese page
 * elsewhere (decision 0173).
 */
@Configuration(proxyBeanMethods = false)
class EarlyRefusals {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> vietnameseTomcatRefusals(MessageSource messages) {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				install(host, messages);
			}
		});
	}

	/** Puts the valve on the host before it starts, so Tomcat does not add its own. */
	static void install(Host host, MessageSource messages) {
		if (host instanceof StandardHost standard) {
			standard.setErrorReportValveClass(Valve.class.getName());
		}
		host.getPipeline().addValve(new Valve(messages));
	}

	/** Tomcat's error report valve, in our words and formats. */
	static final class Valve extends ErrorReportValve {

		private final MessageSource messages;

		Valve(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			String raw = request.getRequestURI();
			boolean api = raw != null && raw.startsWith("/api/");
			String accept = request.getHeader("Accept-Language");
			Locale locale = (api && accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en"))
					? Locale.ENGLISH : Locale.forLanguageTag("vi");
			String title = text("error.title." + status, locale, text("error.page.title", locale, "Error"));
			String detail = text(detailKey(status, response.getMessage(), throwable), locale, title);
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setContentType(api ? "application/problem+json" : "text/html");
				Writer out = response.getReporter();
				if (out == null) {
					return;
				}
				if (api) {
					out.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
							+ ",\"detail\":\"" + json(detail) + "\"}");
				}
				else {
					out.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
							+ HtmlUtils.htmlEscape(title, "UTF-8") + "</title></head><body><h1>"
							+ HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8")
							+ "</p><p><a href=\"/\">"
							+ HtmlUtils.htmlEscape(text("error.page.home", locale, "/"), "UTF-8")
							+ "</a></p></body></html>");
				}
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone or the response cannot take a body: nothing to add
			}
		}

		static String detailKey(int status, String message, Throwable throwable) {
			String why = ((message != null) ? message : "")
					+ ((throwable != null && throwable.getMessage() != null) ? " " + throwable.getMessage() : "");
			String lower = why.toLowerCase(Locale.ROOT);
			if (status == 431 || lower.contains("header")) {
				return "error.header.tooLarge";
			}
			if (status == 400 && lower.contains("uri")) {
				return "error.uri.invalid";
			}
			return switch (status) {
				case 404 -> "error.notFound";
				case 405 -> "error.method";
				case 413 -> "error.upload.tooLarge";
				case 400 -> "error.uri.invalid";
				default -> (status < 500) ? "error.request.invalid" : "error.unexpected";
			};
		}

		private String text(String key, Locale locale, String fallback) {
			return this.messages.getMessage(key, null, fallback, locale);
		}

		private static String json(String text) {
			StringBuilder sb = new StringBuilder(text.length() + 8);
			for (char c : text.toCharArray()) {
				switch (c) {
					case '"' -> sb.append("\\\"");
					case '\\' -> sb.append("\\\\");
					default -> {
						if (c < 0x20) {
							sb.append(String.format("\\u%04x", (int) c));
						}
						else {
							sb.append(c);
						}
					}
				}
			}
			return sb.toString();
		}

	}

}
