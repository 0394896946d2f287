package vn.dangvu.platform.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This application node's name, the same across its restarts: {@code dangvu.node.name}
 * when set, otherwise the host and the HTTP port ({@code db1:8080}). Work a node leaves
 * unfinished when it stops (an import, a job run) carries the name, so that the node can
 * tell its own dead work from another node's live work when it starts again.
 */
@Component
public class NodeName {

	private final String name;

	NodeName(@Value("${dangvu.node.name:}") String configured, @Value("${server.port:8080}") String port) {
		this.name = configured.isBlank() ? host() + ":" + port : configured.strip();
	}

	public String get() {
		return this.name;
	}

	@Override
	public String toString() {
		return this.name;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
