package org.ducha.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free TCP ports on 127.0.0.1 for the servers this module starts (nodes, Keycloak): each
 * port is handed out once per JVM, so two servers started one after the other never get
 * the same port.
 */
public final class LoopbackPorts {

	private static final Set<Integer> handedOut = new HashSet<>();

	private LoopbackPorts() {
	}

	/** A port that was free a moment ago and that this JVM has not handed out before. */
	public static synchronized int next() {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				int port = socket.getLocalPort();
				if (handedOut.add(port)) {
					return port;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new IllegalStateException("No free port on 127.0.0.1");
	}

}
